import { formatChange, formatValue } from '../charts/format';
import { percentChange } from '../series/percentChange';
import { populationBands } from '../series/populationBands';
import { seriesTable } from '../series/seriesTable';
import { areaOptions, categoryColour, WOE_AND_AUTHORITIES } from './colours';
import { defineUnit } from './unit';

export const populationByAge = defineUnit({
  id: 'population-by-age',
  title: 'People aged 65 and over are the fastest-growing group to 2047',
  subtitle: 'Projected population by broad age band, 2022 to 2047, persons, ONS 2022-based projections',
  sources: ['ons-snpp-2022-persons'],
  choices: [{ kind: 'select', key: 'area', label: 'Area', options: areaOptions(WOE_AND_AUTHORITIES), default: 'woe' }],
  derive: (d) =>
    populationBands(d.snpp2022.rows).map(({ id, label, young, working, old, all }) => ({ id, label, young, working, old, all })),
  view: (data, c) => {
    const b = data.find((x) => x.id === c.area) ?? data[0];
    if (!b) return { body: { kind: 'stackedArea', layers: [], unit: 'persons' }, table: { columns: [], rows: [] }, finding: 'No data.' };
    const layers = [
      { id: 'young', label: 'Aged 0-14', points: b.young, color: categoryColour(1) },
      { id: 'working', label: 'Aged 15-64', points: b.working, color: categoryColour(4) },
      { id: 'old', label: 'Aged 65+', points: b.old, color: categoryColour(0) },
    ];
    const first = b.all[0]?.[0] ?? 2022;
    const last = b.all.at(-1)?.[0] ?? 2047;
    const change = (l: (typeof layers)[number]) => formatChange(percentChange(l.points, first, last) ?? 0);
    const ranked = [...layers].sort((x, y) => (percentChange(y.points, first, last) ?? 0) - (percentChange(x.points, first, last) ?? 0));
    return {
      body: { kind: 'stackedArea', layers, unit: 'persons' },
      table: seriesTable(layers, 'persons'),
      finding: `${b.label}, ${first} to ${last}: ${ranked.map((l) => `${l.label.toLowerCase()} ${change(l)}`).join(', ')}; ${formatValue(b.all.at(-1)?.[1] ?? 0, 'persons')} people in all by ${last}.`,
      legend: layers.map((l) => ({ id: l.id, label: l.label, color: l.color, hidden: false })),
    };
  },
});
