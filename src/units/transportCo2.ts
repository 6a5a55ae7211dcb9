import { formatValue } from '../charts/format';
import { WOE_AUTHORITIES } from '../series/areas';
import { beisArea } from '../series/beis';
import { r6, series } from '../series/ship';
import { seriesTable } from '../series/seriesTable';
import { areaLabel, seriesStyle } from './colours';
import { defineUnit } from './unit';

const MODES = [
  { id: 'road', label: 'Road', legend: 'Road', style: seriesStyle(0) },
  { id: 'rail', label: 'Rail (diesel)', legend: 'Rail (diesel)', style: seriesStyle(1) },
] as const;

export const transportCo2 = defineUnit({
  id: 'transport-co2',
  title: 'Road transport dominates transport emissions in every authority',
  subtitle: 'Territorial CO2 emissions from road and (diesel) rail transport, kilotonnes a year, 2005 to 2020, by local authority',
  sources: ['beis-co2-territorial-2005-2020'],
  choices: [{ kind: 'hide', series: MODES.map((m) => m.id) }],
  notes: [
    'Road is the sum of A roads, motorways and minor roads; rail is BEIS "Diesel Railways" (electric rail counts under electricity use).',
  ],
  derive: (d) => {
    const beis = d.beisCo2Territorial.rows;
    return WOE_AUTHORITIES.map((code) => ({
      id: code,
      series: [
        series('road', r6(beisArea(beis, code, (r) => r.roadARoads + r.roadMotorways + r.roadMinorRoads)), 'Road'),
        series('rail', r6(beisArea(beis, code, (r) => r.dieselRailways)), 'Rail (diesel)'),
      ],
    }));
  },
  view: (data, c) => {
    const hidden = c.hidden ?? [];
    const style = (id: string) => (MODES.find((m) => m.id === id) ?? MODES[0]).style;
    const panels = data.map((p) => ({
      id: p.id,
      label: areaLabel(p.id),
      series: p.series.filter((s) => !hidden.includes(s.id)).map((s) => ({ ...s, ...style(s.id) })),
    }));
    const year = data[0]?.series[0]?.points.at(-1)?.[0] ?? 0;
    const val = (p: (typeof data)[number], id: string) => p.series.find((s) => s.id === id)?.points.find((pt) => pt[0] === year)?.[1] ?? 0;
    const road = data.reduce((s, p) => s + val(p, 'road'), 0);
    const rail = data.reduce((s, p) => s + val(p, 'rail'), 0);
    const top = [...data].sort((a, b) => val(b, 'road') - val(a, 'road'))[0];
    return {
      body: { kind: 'smallMultiples', panels, unit: 'kt' },
      table: seriesTable(
        panels.flatMap((p) => p.series.map((s) => ({ id: `${p.id}-${s.id}`, label: `${p.label}: ${s.label}`, points: s.points }))),
        'kt CO2',
      ),
      finding: top
        ? `In ${year} road transport emitted ${formatValue(road, 'kt')} of CO2 across the four authorities and diesel rail ${formatValue(rail, 'kt')}; ${areaLabel(top.id)} had the most road emissions, ${formatValue(val(top, 'road'), 'kt')}.`
        : 'No data.',
      legend: MODES.map((m) => ({ id: m.id, label: m.legend, ...m.style, hidden: hidden.includes(m.id) })),
      legendToggles: true,
    };
  },
});
