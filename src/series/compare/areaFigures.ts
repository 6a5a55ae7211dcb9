import type { AreaDef } from '../areas';
import { changeBetween, ratioOfSums, sig, sumOver, toPoints } from './aggregate';
import { MEASURES } from './measures';
import type { NationalTables } from './tables';
import type { AreaFigures, Figure, MeasureId } from './types';

const at = (from: number, values: readonly (number | null)[], year: number): number | null => values[year - from] ?? null;

/**
 * Every figure for one area from the authorities' rows: sums for totals, sum
 * over sum for per-head figures. A single authority takes ONS's published
 * per-head values (Tables 7 and 11) rather than a recomputed ratio.
 */
export function areaFigures(area: AreaDef, t: NationalTables): AreaFigures {
  const single = area.kind === 'authority';
  const m = area.members;
  const realGdp = sumOver(t.gdp.gdp_cvm_2022_money_gbp_million, m);
  const realPerHead = single
    ? sumOver(t.gdp.gdp_cvm_2022_money_per_head_gbp, m)
    : ratioOfSums(t.gdp.gdp_cvm_2022_money_gbp_million, t.gdp.total_resident_population, m, 1e6);
  const perHead = single
    ? sumOver(t.gdp.gdp_per_head_current_market_prices_gbp, m)
    : ratioOfSums(t.gdp.gdp_current_market_prices_gbp_million, t.gdp.total_resident_population, m, 1e6);
  // kt per thousand residents is tonnes per resident.
  const ghg = ratioOfSums(t.ghgKt, t.ghgPopThousands, m);

  const figure = (id: MeasureId, value: number | null): Figure | null => {
    const def = MEASURES[id];
    return value === null
      ? null
      : { value: sig(value), year: def.year, unit: def.unit, ...(def.from !== undefined ? { from: def.from } : {}) };
  };
  return {
    id: area.id,
    realGdp: { id: 'real-gdp', label: 'Real GDP (£ million, 2022 money)', points: toPoints(1998, realGdp) },
    realGdpPerHead: { id: 'real-gdp-per-head', label: 'Real GDP per head (£, 2022 money)', points: toPoints(1998, realPerHead) },
    ghgPerResident: { id: 'ghg-per-resident', label: 'Greenhouse-gas emissions per resident (t CO2e)', points: toPoints(2005, ghg) },
    latest: {
      'real-gdp-growth': figure('real-gdp-growth', changeBetween(1998, realGdp, 2005, 2023)),
      'real-gdp-per-head': figure('real-gdp-per-head', at(1998, realPerHead, 2023)),
      'gdp-per-head': figure('gdp-per-head', at(1998, perHead, 2023)),
      'ghg-per-resident': figure('ghg-per-resident', at(2005, ghg, 2023)),
      'ghg-per-resident-change': figure('ghg-per-resident-change', changeBetween(2005, ghg, 2005, 2023)),
    },
  };
}
