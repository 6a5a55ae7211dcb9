import { formatChange, formatValue } from '../charts/format';
import { WOE_AUTHORITIES } from '../series/areas';
import { gdpArea, gdpSum } from '../series/gdp';
import type { GdpMeasure } from '../series/gdp';
import { indexTo } from '../series/indexTo';
import { percentChange } from '../series/percentChange';
import { series } from '../series/ship';
import { areaSeries } from './areaSeries';
import { areaOptions, WOE_AND_AUTHORITIES } from './colours';
import { defineUnit, segmented } from './unit';

const MEASURES = {
  gdpReal: { label: 'Real GDP (2018 prices)', unit: '£m, 2018 prices', column: 'gdp_cvm_2018_money_gbp_million' },
  gva: { label: 'GVA (current prices)', unit: '£m, current prices', column: 'gva_balanced_current_prices_gbp_million' },
} as const satisfies Record<string, { label: string; unit: string; column: GdpMeasure }>;

export const economy = defineUnit({
  id: 'economy',
  title: 'Bristol and South Gloucestershire drive the region’s output',
  subtitle: 'Gross domestic product in 2018 prices, or gross value added at current prices, £ million, 1998 to 2019, by local authority',
  sources: ['ons-regional-gdp-2021'],
  choices: [
    segmented('measure', 'Measure', Object.fromEntries(Object.entries(MEASURES).map(([value, m]) => [value, m.label]))),
    segmented('mode', 'Show', { absolute: '£ million', indexed: 'Index, first year = 100' }),
    { kind: 'areas', label: 'Areas', options: areaOptions(WOE_AND_AUTHORITIES), default: WOE_AUTHORITIES },
    { kind: 'years', label: 'Years', min: 1998, max: 2019 },
    { kind: 'hide', series: WOE_AND_AUTHORITIES },
  ],
  derive: (d) => {
    const gdp = d.onsRegionalGdp2021.rows;
    const measure = (m: GdpMeasure) => [series('woe', gdpSum(gdp, m)), ...WOE_AUTHORITIES.map((c) => series(c, gdpArea(gdp, c, m)))];
    return { gdpReal: measure(MEASURES.gdpReal.column), gva: measure(MEASURES.gva.column) };
  },
  view: (data, c) => {
    const key = c.measure === 'gva' ? 'gva' : 'gdpReal';
    const indexed = c.mode === 'indexed';
    const first = c.from ?? 1998;
    const last = c.to ?? 2019;
    const { all, view } = areaSeries(
      data[key],
      { ...c, from: first, to: last },
      indexed ? `index, ${first} = 100` : MEASURES[key].unit,
      c.areas ?? [],
    );
    const authorities = all.filter((s) => s.id !== 'woe');
    const growth = (s: (typeof all)[number]) => percentChange(s.points, first, last) ?? 0;
    const latest = (s: (typeof all)[number]) => s.points.at(-1)?.[1] ?? 0;
    const biggest = [...authorities].sort((a, b) => latest(b) - latest(a))[0];
    const fastest = [...authorities].sort((a, b) => growth(b) - growth(a))[0];
    return {
      ...view('gbpm', { indexBase: indexed ? first : undefined }, indexed ? (p) => indexTo(p, first) : undefined),
      finding:
        biggest && fastest
          ? `${MEASURES[key].label} in ${last}: ${biggest.label} largest at ${formatValue(latest(biggest), 'gbpm')}; ${fastest.label} grew fastest from ${first} to ${last}, ${formatChange(growth(fastest))}.`
          : 'No data.',
    };
  },
});
