import type { LoadedDatasets } from '../datasets/loadCatalog';
import { WOE_AUTHORITIES } from '../series/areas';
import { woeGdp2025 } from '../series/compare/comparators';
import { nationalTables } from '../series/compare/tables';
import { thenNow } from '../series/compare/thenNow';
import { gdpArea, gdpSum } from '../series/gdp';
import type { GdpMeasure } from '../series/gdp';
import { series } from '../series/ship';
import { MEASURES } from './economy';

/** The economy chart's data, derived from the loaded datasets at build time (never shipped to the browser). */
export const derive = (d: LoadedDatasets) => {
  const gdp = d.onsRegionalGdp2021.rows;
  const measure = (m: GdpMeasure) => [series('woe', gdpSum(gdp, m)), ...WOE_AUTHORITIES.map((c) => series(c, gdpArea(gdp, c, m)))];
  const t = nationalTables(d);
  return {
    r2021: { gdpReal: measure(MEASURES.gdpReal.column), gva: measure(MEASURES.gva.column) },
    r2025: {
      gdpReal: woeGdp2025(t, 'gdp_cvm_2022_money_gbp_million'),
      gva: woeGdp2025(t, 'gva_balanced_current_prices_gbp_million'),
    },
    growth: thenNow(d, t).gdpGrowth,
  };
};

export type EconomyData = ReturnType<typeof derive>;
