import evidence from 'virtual:evidence';
import { formatChange } from '../../charts/format';
import { percentChange } from '../../series/percentChange';
import { areaColour } from '../colours';
import type { ChartSpec } from '../spec';

const GROUPS = [
  { id: 'West of England', area: 'woe' },
  { id: 'South West', area: 'E12000009' },
  { id: 'England', area: 'E92000001' },
] as const;

export const populationGrowth: ChartSpec = {
  id: 'population-growth',
  title: 'A growing population, both at working age and among older people',
  subtitle: 'Increase in population of broad age groups, 2018 to 2038, per cent (ONS 2016-based projections)',
  sources: ['population-growth-2016based', 'ons-snpp-2022-persons'],
  defaults: {},
  view: () => {
    const data = evidence.growth2016;
    const woe = (band: string) => data.find((d) => d.category === band && d.group === 'West of England')?.value ?? 0;
    const eng = (band: string) => data.find((d) => d.category === band && d.group === 'England')?.value ?? 0;
    const bands = ['0-14', '15-64', '65+'];
    const fastest = [...bands].sort((a, b) => woe(b) - woe(a))[0] ?? '65+';
    return {
      body: {
        kind: 'groupedBar',
        data,
        categories: bands,
        groups: GROUPS.map((g) => ({ id: g.id, label: g.id, color: areaColour(g.area) })),
        unit: 'percent',
        categoryPrefix: 'aged',
      },
      table: {
        columns: [{ key: 'band', label: 'Age band' }, ...GROUPS.map((g) => ({ key: g.id, label: g.id, unit: '% growth 2018-2038' }))],
        rows: bands.map((b) => [b, ...GROUPS.map((g) => data.find((d) => d.category === b && d.group === g.id)?.value ?? null)]),
      },
      finding: `People aged ${fastest} grow fastest: ${formatChange(woe(fastest), 0)} in the West of England between 2018 and 2038, against ${formatChange(eng(fastest), 0)} in England.`,
      legend: GROUPS.map((g) => ({ id: g.id, label: g.id, color: areaColour(g.area), hidden: false })),
    };
  },
  thenAndNow: () => {
    const woe = evidence.populationBands.find((b) => b.id === 'woe');
    const old = woe ? percentChange(woe.old, 2022, 2038) : undefined;
    const working = woe ? percentChange(woe.working, 2022, 2038) : undefined;
    const old2016 = evidence.growth2016.find((d) => d.category === '65+' && d.group === 'West of England')?.value;
    const working2016 = evidence.growth2016.find((d) => d.category === '15-64' && d.group === 'West of England')?.value;
    return {
      then: {
        vintage: 'Evidence base (2019), ONS 2016-based projections',
        text: `West of England, 2018 to 2038: aged 65+ ${formatChange(old2016 ?? 0, 0)}, aged 15-64 ${formatChange(working2016 ?? 0, 0)}.`,
      },
      now: {
        vintage: 'ONS 2022-based projections (June 2025)',
        text: `West of England, 2022 to 2038: aged 65+ ${formatChange(old ?? 0)}, aged 15-64 ${formatChange(working ?? 0)}. Different start years: the two are not directly comparable.`,
      },
    };
  },
};
