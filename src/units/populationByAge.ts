import { formatChange, formatValue } from '../charts/format';
import { indexTo } from '../series/indexTo';
import { percentChange } from '../series/percentChange';
import { round1 } from '../charts/round1';
import { seriesTable } from '../series/seriesTable';
import { areaOptions, categoryColour, seriesStyle, WOE_AND_AUTHORITIES } from './colours';
import { defineUnit } from './unit';
import type { PopulationByAgeData } from './populationByAge.derive';

const BASE = 2022;

/**
 * Growth is the point, so each age band is a line indexed to 2022 = 100 (a
 * stacked area would show sizes, and hide which band grows fastest).
 */
export const populationByAge = defineUnit<PopulationByAgeData>({
  id: 'population-by-age',
  title: 'People aged 65 and over are the fastest-growing group to 2047',
  subtitle: 'Projected population by broad age band, index 2022 = 100, 2022 to 2047, persons, ONS 2022-based projections',
  sources: ['ons-snpp-2022-persons'],
  choices: [{ kind: 'select', key: 'area', label: 'Area', options: areaOptions(WOE_AND_AUTHORITIES), default: 'woe' }],
  view: (data, c) => {
    const b = data.find((x) => x.id === c.area) ?? data[0];
    if (!b) return { body: { kind: 'line', series: [], unit: 'index' }, table: { columns: [], rows: [] }, finding: 'No data.' };
    const bands = [
      { id: 'old', label: 'Aged 65+', points: b.old, color: categoryColour(0), dash: seriesStyle(0).dash },
      { id: 'working', label: 'Aged 15–64', points: b.working, color: categoryColour(4), dash: seriesStyle(1).dash },
      { id: 'young', label: 'Aged 0–14', points: b.young, color: categoryColour(1), dash: seriesStyle(2).dash },
    ];
    const first = b.all[0]?.[0] ?? BASE;
    const last = b.all.at(-1)?.[0] ?? 2047;
    const pct = (l: (typeof bands)[number]) => percentChange(l.points, first, last) ?? 0;
    const ranked = [...bands].sort((x, y) => pct(y) - pct(x));
    const size = (l: (typeof bands)[number]) => formatValue(l.points.find((p) => p[0] === last)?.[1] ?? 0, 'persons');
    const fastest = ranked[0];
    return {
      ...(fastest && fastest.id !== 'old'
        ? { title: `In ${b.label}, people ${fastest.label.toLowerCase()} are the fastest-growing group to ${last}` }
        : {}),
      body: { kind: 'line', series: bands, unit: 'persons', indexBase: first },
      table: seriesTable(
        bands.map((l) => ({ ...l, points: indexTo(l.points, first).map(([y, v]) => [y, round1(v)] as const) })),
        `index, ${first} = 100`,
      ),
      finding: `${b.label}, ${first} to ${last}: ${ranked.map((l) => `${l.label.toLowerCase()} ${formatChange(pct(l))} (to ${size(l)})`).join(', ')}; ${formatValue(b.all.at(-1)?.[1] ?? 0, 'persons')} people in all by ${last}.`,
    };
  },
});
