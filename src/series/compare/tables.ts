import type { LoadedDatasets } from '../../datasets/loadCatalog';
import type { Gdp2025Measure } from '../../datasets/schemas/onsRegionalGdp2025';
import type { YearTable } from './aggregate';

/** The national tables the comparisons are made from, each by authority code and year. */
export interface NationalTables {
  readonly gdp: { readonly [M in Gdp2025Measure]: YearTable };
  /** DESNZ territorial greenhouse-gas emissions, kt CO2e (2005 onwards). */
  readonly ghgKt: YearTable;
  /** DESNZ mid-year population, thousands (2005 onwards). */
  readonly ghgPopThousands: YearTable;
  /** Every authority in the GDP file: name and ITL1 region. */
  readonly authorities: ReadonlyMap<string, { readonly name: string; readonly region: string }>;
}

export function nationalTables(d: Pick<LoadedDatasets, 'onsRegionalGdp2025' | 'desnzGhg2023'>): NationalTables {
  const gdp = {} as Record<Gdp2025Measure, { from: number; byCode: Map<string, readonly (number | null)[]> }>;
  const authorities = new Map<string, { name: string; region: string }>();
  for (const r of d.onsRegionalGdp2025.rows) {
    (gdp[r.measure] ??= { from: 1998, byCode: new Map() }).byCode.set(r.laCode, r.values);
    if (!authorities.has(r.laCode)) authorities.set(r.laCode, { name: r.laName, region: r.itl1Region });
  }
  const ghg = new Map<string, (number | null)[]>();
  const pop = new Map<string, (number | null)[]>();
  for (const r of d.desnzGhg2023.rows) {
    const i = r.year - 2005;
    const g = ghg.get(r.ladCode) ?? new Array<number | null>(19).fill(null);
    const p = pop.get(r.ladCode) ?? new Array<number | null>(19).fill(null);
    g[i] = r.territorialKtCo2e;
    p[i] = r.populationThousands;
    ghg.set(r.ladCode, g);
    pop.set(r.ladCode, p);
  }
  return { gdp, ghgKt: { from: 2005, byCode: ghg }, ghgPopThousands: { from: 2005, byCode: pop }, authorities };
}
