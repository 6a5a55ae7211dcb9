import { catalog } from '../../datasets/catalog';
import type { LoadedDatasets } from '../../datasets/loadCatalog';
import { buildAreas, ENGLAND_ID, WOE_AUTHORITIES } from '../areas';
import type { Series } from '../types';
import { ratioOfSums, sumOver, toPoints } from './aggregate';
import type { NationalTables } from './tables';
import { nationalTables } from './tables';
import { SOUTH_WEST_ID } from './notes';

export { COMPARATOR_METHOD, SOUTH_WEST_ID } from './notes';

/** An area a theme card can compare the West of England with: England, the South West, or a combined authority. */
export interface Comparator {
  readonly id: string;
  readonly label: string;
}

/**
 * Per-head series for the four West of England authorities together and each
 * comparator, from the 2025 GDP release (real GDP per head, 2022 money) and
 * DESNZ (greenhouse gases per resident): sum over sum from authority rows.
 */
export function comparatorPerHead(d: LoadedDatasets, t: NationalTables = nationalTables(d)) {
  const authorities = [...t.authorities.entries()].filter(([code]) => code.startsWith('E')).map(([code, a]) => ({ code, ...a }));
  const lookup = (key: 'ladToCauth2025' | 'ladToCauth2024') => ({
    file: catalog[key].file,
    column: catalog[key].columns[0].csv,
    rows: d[key].rows,
  });
  // Codes that match nothing stop the build in buildCompare; here the areas are only read.
  const { areas } = buildAreas({ authorities, lookup2025: lookup('ladToCauth2025'), lookup2024: lookup('ladToCauth2024') });
  const southWest = [...t.authorities.entries()].filter(([code, a]) => code.startsWith('E') && a.region === 'South West').map(([c]) => c);
  const england = areas.find((a) => a.id === ENGLAND_ID);
  const cas = areas.filter((a) => a.kind === 'combined-authority').sort((a, b) => a.short.localeCompare(b.short, 'en-GB'));
  const groups: { id: string; label: string; members: readonly string[] }[] = [
    { id: 'woe', label: 'West of England', members: WOE_AUTHORITIES },
    { id: ENGLAND_ID, label: 'England', members: england?.members ?? [] },
    { id: SOUTH_WEST_ID, label: 'South West', members: southWest },
    ...cas.map((a) => ({ id: a.id, label: a.short, members: a.members })),
  ];
  const ghgSouthWest = new Set(d.desnzGhg2023.rows.filter((r) => r.region === 'South West').map((r) => r.ladCode));
  const gdp: Series[] = groups.map((g) => ({
    id: g.id,
    label: g.label,
    points: toPoints(1998, ratioOfSums(t.gdp.gdp_cvm_2022_money_gbp_million, t.gdp.total_resident_population, g.members, 1e6)),
  }));
  const ghg: Series[] = groups.map((g) => ({
    id: g.id,
    label: g.label,
    points: toPoints(2005, ratioOfSums(t.ghgKt, t.ghgPopThousands, g.id === SOUTH_WEST_ID ? [...ghgSouthWest] : g.members)),
  }));
  const comparators: Comparator[] = groups.slice(1).map(({ id, label }) => ({ id, label }));
  return { comparators, gdp, ghg };
}

/** Real GDP of each West of England authority in the 2025 release (chained volume, 2022 money), for the economy card. */
export function woeGdp2025(
  t: NationalTables,
  measure: 'gdp_cvm_2022_money_gbp_million' | 'gva_balanced_current_prices_gbp_million',
): Series[] {
  return [
    { id: 'woe', label: 'West of England', points: toPoints(1998, sumOver(t.gdp[measure], WOE_AUTHORITIES)) },
    ...WOE_AUTHORITIES.map((c) => ({ id: c, label: c, points: toPoints(1998, sumOver(t.gdp[measure], [c])) })),
  ];
}
