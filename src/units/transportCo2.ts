import { formatValue } from '../charts/format';
import type { Datum } from '../series/types';
import { areaLabel, seriesStyle } from './colours';
import { defineUnit } from './unit';
import type { TransportCo2Data } from './transportCo2.derive';

const MODES = [
  { id: 'road', label: 'Road', color: seriesStyle(0).color },
  { id: 'rail', label: 'Rail (diesel)', color: 'dim' as const },
] as const;

/**
 * "Road dominates" is a comparison, so road and rail stand side by side, per
 * authority, in the latest year (four small multiples of lines left rail flat
 * at zero and the comparison to the reader).
 */
export const transportCo2 = defineUnit<TransportCo2Data>({
  id: 'transport-co2',
  title: 'Road transport dominates transport emissions in every authority',
  subtitle: 'Territorial CO₂ emissions from road and (diesel) rail transport, kilotonnes, latest year (2020), by local authority',
  sources: ['beis-co2-territorial-2005-2020'],
  choices: [],
  notes: [
    'Road is the sum of A roads, motorways and minor roads; rail is BEIS "Diesel Railways" (electric rail counts under electricity use).',
    '2020 is the latest year in this release; road traffic was lower than usual in 2020 (COVID-19 restrictions).',
  ],
  view: (data) => {
    const year = data[0]?.series[0]?.points.at(-1)?.[0] ?? 0;
    const val = (p: (typeof data)[number], id: string) => p.series.find((s) => s.id === id)?.points.find((pt) => pt[0] === year)?.[1] ?? 0;
    const ranked = [...data].sort((a, b) => val(b, 'road') - val(a, 'road'));
    const categories = ranked.map((p) => areaLabel(p.id));
    const bars: Datum[] = ranked.flatMap((p) => MODES.map((m) => ({ category: areaLabel(p.id), group: m.id, value: val(p, m.id) })));
    const road = data.reduce((s, p) => s + val(p, 'road'), 0);
    const rail = data.reduce((s, p) => s + val(p, 'rail'), 0);
    const share = (r: number, l: number) => Math.round((r / (r + l)) * 100);
    const lowest = [...data].sort((a, b) => share(val(a, 'road'), val(a, 'rail')) - share(val(b, 'road'), val(b, 'rail')))[0];
    const top = ranked[0];
    return {
      body: { kind: 'groupedBar', data: bars, categories, groups: MODES.map((m) => ({ ...m })), unit: 'kt' },
      table: {
        columns: [
          { key: 'area', label: 'Local authority' },
          { key: 'road', label: `Road, ${year}`, unit: 'kt CO₂' },
          { key: 'rail', label: `Rail (diesel), ${year}`, unit: 'kt CO₂' },
        ],
        rows: ranked.map((p) => [areaLabel(p.id), val(p, 'road'), val(p, 'rail')]),
      },
      finding:
        top && lowest
          ? `In ${year} road transport emitted ${formatValue(road, 'kt')} of CO₂ across the four authorities and diesel rail ${formatValue(rail, 'kt')}: road was ${share(road, rail)}% of the two, and at least ${share(val(lowest, 'road'), val(lowest, 'rail'))}% in every authority (${areaLabel(lowest.id)} the lowest). ${areaLabel(top.id)} had the most road emissions, ${formatValue(val(top, 'road'), 'kt')}.`
          : 'No data.',
      legend: MODES.map((m) => ({ id: m.id, label: m.label, color: m.color, hidden: false })),
    };
  },
});
