import type { LoadedDatasets } from '../datasets/loadCatalog';
import { WOE_AUTHORITIES } from '../series/areas';
import { sumOver, toPoints } from '../series/compare/aggregate';
import { comparatorPerHead } from '../series/compare/comparators';
import { nationalTables } from '../series/compare/tables';
import { divideSeries } from '../series/divideSeries';
import { gdpArea, gdpSum } from '../series/gdp';
import { r6, series } from '../series/ship';
import { checkComparators } from './comparators';

/** The gdpPerHead chart's data, derived from the loaded datasets at build time (never shipped to the browser). */
export const derive = (d: LoadedDatasets) => {
  const gdp = d.onsRegionalGdp2021.rows;
  // Sum over sum: the four authorities' GDP over their residents, never an average of per-head figures.
  const perHead = (num: Parameters<typeof divideSeries>[0], den: Parameters<typeof divideSeries>[1]) => r6(divideSeries(num, den, 1e6));
  const t = nationalTables(d);
  const national = comparatorPerHead(d, t);
  checkComparators('gdp-per-head', national.comparators);
  return {
    r2021: [
      series('woe', perHead(gdpSum(gdp, 'gdp_cvm_2018_money_gbp_million'), gdpSum(gdp, 'total_resident_population'))),
      ...WOE_AUTHORITIES.map((c) =>
        series(c, perHead(gdpArea(gdp, c, 'gdp_cvm_2018_money_gbp_million'), gdpArea(gdp, c, 'total_resident_population'))),
      ),
    ],
    // A single authority: ONS's published real GDP per head (Table 11).
    r2025: [
      ...national.gdp.filter((s) => s.id === 'woe'),
      ...WOE_AUTHORITIES.map((c) => ({ id: c, label: c, points: toPoints(1998, sumOver(t.gdp.gdp_cvm_2022_money_per_head_gbp, [c])) })),
    ],
    comparators: national.gdp.filter((s) => s.id !== 'woe'),
  };
};

export type GdpPerHeadData = ReturnType<typeof derive>;
