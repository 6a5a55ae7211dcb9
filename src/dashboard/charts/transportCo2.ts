import evidence from 'virtual:evidence';
import { formatValue } from '../../charts/format';
import { DASHES, seriesVar } from '../../charts/theme';
import type { ChartSpec } from '../spec';
import { seriesTable } from '../tables';

export const transportCo2: ChartSpec = {
  id: 'transport-co2',
  title: 'Road transport dominates transport emissions in every authority',
  subtitle: 'Territorial CO2 emissions from road and (diesel) rail transport, kilotonnes a year, 2005 to 2020, by local authority',
  sources: ['beis-co2-territorial-2005-2020'],
  defaults: {},
  notes: [
    'Road is the sum of A roads, motorways and minor roads; rail is BEIS "Diesel Railways" (electric rail counts under electricity use).',
  ],
  view: (c) => {
    const hidden = c.hidden ?? [];
    const style = { road: { color: seriesVar(0), dash: '' }, rail: { color: seriesVar(1), dash: DASHES[1] ?? '' } } as const;
    const panels = evidence.transport.map((p) => ({
      id: p.id,
      label: p.label,
      series: p.series.filter((s) => !hidden.includes(s.id)).map((s) => ({ ...s, ...style[s.id as 'road' | 'rail'] })),
    }));
    const year = evidence.transport[0]?.series[0]?.points.at(-1)?.[0] ?? 0;
    const val = (p: (typeof evidence.transport)[number], id: string) =>
      p.series.find((s) => s.id === id)?.points.find((pt) => pt[0] === year)?.[1] ?? 0;
    const road = evidence.transport.reduce((s, p) => s + val(p, 'road'), 0);
    const rail = evidence.transport.reduce((s, p) => s + val(p, 'rail'), 0);
    const top = [...evidence.transport].sort((a, b) => val(b, 'road') - val(a, 'road'))[0];
    return {
      body: { kind: 'smallMultiples', panels, unit: 'kt' },
      table: seriesTable(
        panels.flatMap((p) => p.series.map((s) => ({ id: `${p.id}-${s.id}`, label: `${p.label}: ${s.label}`, points: s.points }))),
        'kt CO2',
      ),
      finding: top
        ? `In ${year} road transport emitted ${formatValue(road, 'kt')} of CO2 across the four authorities and diesel rail ${formatValue(rail, 'kt')}; ${top.label} had the most road emissions, ${formatValue(val(top, 'road'), 'kt')}.`
        : 'No data.',
      legend: (['road', 'rail'] as const).map((id) => ({
        id,
        label: id === 'road' ? 'Road' : 'Rail (diesel)',
        ...style[id],
        hidden: hidden.includes(id),
      })),
      legendToggles: true,
    };
  },
};
