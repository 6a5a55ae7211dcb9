import { formatValue } from '../charts/format';
import { WOE_AUTHORITIES } from '../series/areas';
import { divideSeries } from '../series/divideSeries';
import { gdpArea, gdpSum } from '../series/gdp';
import { r6, series } from '../series/ship';
import { areaSeries } from './areaSeries';
import { WOE_AND_AUTHORITIES } from './colours';
import { defineUnit } from './unit';

export const gdpPerHead = defineUnit({
  id: 'gdp-per-head',
  title: 'Output per resident is highest in South Gloucestershire and Bristol',
  subtitle: 'Real GDP per resident, £ in 2018 prices, 1998 to 2019, by local authority and the West of England',
  sources: ['ons-regional-gdp-2021'],
  choices: [
    { kind: 'years', label: 'Years', min: 1998, max: 2019 },
    { kind: 'hide', series: WOE_AND_AUTHORITIES },
  ],
  notes: ['GDP is counted where people work, population where they live: areas many people commute into look richer per head.'],
  derive: (d) => {
    const gdp = d.onsRegionalGdp2021.rows;
    // Sum over sum: the four authorities' GDP over their residents, never an average of per-head figures.
    const perHead = (num: Parameters<typeof divideSeries>[0], den: Parameters<typeof divideSeries>[1]) => r6(divideSeries(num, den, 1e6));
    return [
      series('woe', perHead(gdpSum(gdp, 'gdp_cvm_2018_money_gbp_million'), gdpSum(gdp, 'total_resident_population'))),
      ...WOE_AUTHORITIES.map((c) =>
        series(c, perHead(gdpArea(gdp, c, 'gdp_cvm_2018_money_gbp_million'), gdpArea(gdp, c, 'total_resident_population'))),
      ),
    ];
  },
  view: (data, c) => {
    const { all, view } = areaSeries(data, c, '£ per resident, 2018 prices');
    const latest = (s: (typeof all)[number]) => s.points.at(-1)?.[1] ?? 0;
    const ranked = all.filter((s) => s.id !== 'woe').sort((a, b) => latest(b) - latest(a));
    const hi = ranked[0];
    const lo = ranked[ranked.length - 1];
    const woe = all.find((s) => s.id === 'woe')?.points.at(-1);
    return {
      ...view('gbp'),
      finding:
        hi && lo && woe
          ? `In ${woe[0]} real GDP per resident was ${formatValue(woe[1], 'gbp')} across the West of England, from ${formatValue(latest(lo), 'gbp')} in ${lo.label} to ${formatValue(latest(hi), 'gbp')} in ${hi.label}.`
          : 'No data.',
    };
  },
});
