import { formatValue } from '../charts/format';
import { seriesTable } from '../series/seriesTable';
import { areaLabel, areaOptions, categoryColour, WOE_AND_AUTHORITIES } from './colours';
import { defineUnit } from './unit';
import type { Co2BySectorData } from './co2BySector.derive';

export const co2BySector = defineUnit<Co2BySectorData>({
  id: 'co2-by-sector',
  title: 'Transport and homes are now the largest sources of CO₂',
  subtitle: 'Territorial CO₂ emissions by sector, kilotonnes a year, 2005 to 2020',
  sources: ['beis-co2-territorial-2005-2020'],
  choices: [{ kind: 'select', key: 'area', label: 'Area', options: areaOptions(WOE_AND_AUTHORITIES), default: 'woe' }],
  view: (data, c) => {
    const a = data.find((x) => x.id === c.area) ?? data[0];
    if (!a) return { body: { kind: 'stackedArea', layers: [], unit: 'kt' }, table: { columns: [], rows: [] }, finding: 'No data.' };
    const label = areaLabel(a.id);
    const layers = a.series.map((s, i) => ({ ...s, color: categoryColour(i) }));
    const stacked = layers.filter((l) => l.points.every((p) => p[1] >= 0));
    const excluded = layers.filter((l) => !stacked.includes(l));
    const lastYear = layers[0]?.points.at(-1)?.[0] ?? 0;
    const at = (l: (typeof layers)[number]) => l.points.find((p) => p[0] === lastYear)?.[1] ?? 0;
    const ranked = [...stacked].sort((x, y) => at(y) - at(x));
    const total = stacked.reduce((s, l) => s + at(l), 0);
    const share = (l: (typeof layers)[number]) => `${formatValue(at(l), 'kt')}`;
    const pct = (l: (typeof layers)[number]) => Math.round((at(l) / total) * 100);
    const [first, second] = ranked;
    return {
      body: { kind: 'stackedArea', layers: stacked, unit: 'kt' },
      table: seriesTable(layers, 'kt CO₂'),
      finding:
        first && second
          ? `${label}, ${lastYear}: ${first.label.toLowerCase()} emitted ${share(first)} of CO₂ (${pct(first)}% of the sectors shown), ${second.label.toLowerCase()} ${share(second)} (${pct(second)}%).`
          : 'No data.',
      legend: stacked.map((l) => ({ id: l.id, label: l.label, color: l.color, hidden: false })),
      viewNotes: excluded.map(
        (l) =>
          `${l.label} is not stacked: it is negative (a net sink) in some years, ${formatValue(at(l), 'kt')} in ${lastYear}. It is in the table and in the grand total.`,
      ),
    };
  },
});
