import evidence from 'virtual:evidence';
import { formatValue } from '../../charts/format';
import { categoryColour } from '../colours';
import type { ChartSpec } from '../spec';
import { seriesTable } from '../tables';

export const co2BySector: ChartSpec = {
  id: 'co2-by-sector',
  title: 'Transport and homes are now the largest sources of CO2',
  subtitle: 'Territorial CO2 emissions by sector, kilotonnes a year, 2005 to 2020',
  sources: ['beis-co2-territorial-2005-2020'],
  defaults: { area: 'woe' },
  controls: [{ type: 'select', key: 'area', label: 'Area', options: evidence.co2BySector.map((a) => ({ value: a.id, label: a.label })) }],
  view: (c) => {
    const a = evidence.co2BySector.find((x) => x.id === c.area) ?? evidence.co2BySector[0];
    if (!a) return { body: { kind: 'stackedArea', layers: [], unit: 'kt' }, table: { columns: [], rows: [] }, finding: 'No data.' };
    const layers = a.series.map((s, i) => ({ ...s, color: categoryColour(i) }));
    const stacked = layers.filter((l) => l.points.every((p) => p[1] >= 0));
    const excluded = layers.filter((l) => !stacked.includes(l));
    const lastYear = layers[0]?.points.at(-1)?.[0] ?? 0;
    const at = (l: (typeof layers)[number]) => l.points.find((p) => p[0] === lastYear)?.[1] ?? 0;
    const ranked = [...stacked].sort((x, y) => at(y) - at(x));
    const total = stacked.reduce((s, l) => s + at(l), 0);
    const [first, second] = ranked;
    return {
      body: { kind: 'stackedArea', layers: stacked, unit: 'kt' },
      table: seriesTable(layers, 'kt CO2'),
      finding:
        first && second
          ? `${a.label}, ${lastYear}: ${first.label.toLowerCase()} emitted ${formatValue(at(first), 'kt')} of CO2 (${Math.round((at(first) / total) * 100)}% of the sectors shown), ${second.label.toLowerCase()} ${formatValue(at(second), 'kt')} (${Math.round((at(second) / total) * 100)}%).`
          : 'No data.',
      legend: stacked.map((l) => ({ id: l.id, label: l.label, color: l.color, hidden: false })),
      viewNotes: excluded.map(
        (l) =>
          `${l.label} is not stacked: it is negative (a net sink) in some years, ${formatValue(at(l), 'kt')} in ${lastYear}. It is in the table and in the grand total.`,
      ),
    };
  },
};
