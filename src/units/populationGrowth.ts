import { formatChange } from '../charts/format';
import { areaColour } from './colours';
import { defineUnit } from './unit';
import type { PopulationGrowthData } from './populationGrowth.derive';

const GROUPS = [
  { id: 'West of England', area: 'woe' },
  { id: 'South West', area: 'E12000009' },
  { id: 'England', area: 'E92000001' },
] as const;
const BANDS = ['0-14', '15-64', '65+'];
/** The band as written in text: an en dash in the range. */
const bandText = (b: string) => b.replace('-', '–');

/** Where the vintages disagree on direction for the 0–14 band, say so. */
const youngTurn = (then: number, now: number | null | undefined) =>
  now != null && Math.sign(then) !== Math.sign(now)
    ? ` (the 2016-based projections had this band ${then > 0 ? 'growing' : 'falling'})`
    : '';

export const populationGrowth = defineUnit<PopulationGrowthData>({
  id: 'population-growth',
  title: 'A growing population, both at working age and among older people',
  subtitle: 'Increase in population of broad age groups, 2018 to 2038, per cent (ONS 2016-based projections)',
  sources: ['population-growth-2016based', 'ons-snpp-2022-persons'],
  choices: [],
  view: ({ growth2016: data }) => {
    const value = (band: string, group: string) => data.find((d) => d.category === band && d.group === group)?.value ?? null;
    const woe = (band: string) => value(band, 'West of England') ?? 0;
    const fastest = [...BANDS].sort((a, b) => woe(b) - woe(a))[0] ?? '65+';
    return {
      body: {
        kind: 'groupedBar',
        data,
        categories: BANDS,
        groups: GROUPS.map((g) => ({ id: g.id, label: g.id, color: areaColour(g.area) })),
        unit: 'percent',
        categoryPrefix: 'aged',
      },
      table: {
        columns: [{ key: 'band', label: 'Age band' }, ...GROUPS.map((g) => ({ key: g.id, label: g.id, unit: '% growth 2018–2038' }))],
        rows: BANDS.map((b) => [bandText(b), ...GROUPS.map((g) => value(b, g.id))]),
      },
      finding: `People aged ${bandText(fastest)} grow fastest: ${formatChange(woe(fastest), 0)} in the West of England between 2018 and 2038, against ${formatChange(value(fastest, 'England') ?? 0, 0)} in England.`,
      legend: GROUPS.map((g) => ({ id: g.id, label: g.id, color: areaColour(g.area), hidden: false })),
    };
  },
  thenAndNow: ({ growth2016, change2022 }) => {
    const then = (band: string) => growth2016.find((d) => d.category === band && d.group === 'West of England')?.value ?? 0;
    return {
      then: {
        vintage: 'Evidence base (2019), ONS 2016-based projections',
        text: `West of England, 2018 to 2038: aged 65+ ${formatChange(then('65+'), 0)}, aged 15–64 ${formatChange(then('15-64'), 0)}, aged 0–14 ${formatChange(then('0-14'), 0)}.`,
      },
      now: {
        vintage: 'ONS 2022-based projections (June 2025)',
        text: change2022
          ? `West of England, 2022 to 2038: aged 65+ ${formatChange(change2022.old ?? 0)}, aged 15–64 ${formatChange(change2022.working ?? 0)}, aged 0–14 ${formatChange(change2022.young ?? 0)}${youngTurn(then('0-14'), change2022.young)}. Different start years: the two are not directly comparable.`
          : 'Not available.',
      },
    };
  },
});
