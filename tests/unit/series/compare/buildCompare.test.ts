import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../../src/datasets/loadCatalog';
import { WECA_ID } from '../../../../src/series/areas';
import { authoritySeries, buildCompare, compareAreas } from '../../../../src/series/compare/buildCompare';
import { MEASURE_IDS } from '../../../../src/series/compare/measures';

/**
 * buildCompare on the real data against values computed independently: with
 * Python's csv module straight from the original files in
 * /work/shared/data-sources (national/ons_regional_gdp_la_2025_table{5,6,10}*.csv,
 * desnz_la_ghg_2005-2023_la_year_totals.csv, geography/ons_lad_to_cauth_may2025.csv
 * with Barnsley and Sheffield recoded, ons_regional_gdp_la_2021_table10*.csv,
 * national/ons_subnational_indicators_2024-03.csv), not with this code.
 * Per head = sum of Table 10 over sum of Table 6 × 1e6; GHG per resident =
 * sum of territorial kt CO2e over sum of population in thousands.
 */
const REFERENCE = {
  [WECA_ID]: {
    members: 3,
    realPerHead2023: 44591.2721,
    growth: 42.5178,
    ghg2023: 3.76572,
    ghgChange: -62.7421,
    perHeadCurrent: 47960.0511,
  },
  E47000001: {
    members: 10,
    realPerHead2023: 34699.8084,
    growth: 40.8588,
    ghg2023: 3.836467,
    ghgChange: -52.8362,
    perHeadCurrent: 37356.9719,
  },
  E92000001: {
    members: 296,
    realPerHead2023: 37568.6224,
    growth: 27.9155,
    ghg2023: 4.777045,
    ghgChange: -52.6051,
    perHeadCurrent: 40381.6765,
  },
  woe: { members: 4, realPerHead2023: 41534.7835, growth: 40.96, ghg2023: 4.032509, ghgChange: -59.0607, perHeadCurrent: 44614.3887 },
} as const;

const loaded = loadCatalog(process.cwd());
if (!loaded.datasets) throw new Error('the real data does not load');
const data = loaded.datasets;
const compare = buildCompare(data);
const figures = new Map(compare.figures.map((f) => [f.id, f]));

describe('buildCompare on the real national data', () => {
  it('knows the 15 combined authorities of May 2025, WECA as three authorities, and 296 English authorities', () => {
    const cas = compare.areas.filter((a) => a.kind === 'combined-authority');
    expect(cas).toHaveLength(15);
    expect(cas.find((a) => a.id === WECA_ID)?.members).toEqual(['E06000022', 'E06000023', 'E06000025']);
    expect(cas.filter((a) => a.newSince2024).map((a) => a.short)).toEqual([
      'Devon and Torbay',
      'Hull and East Yorkshire',
      'Greater Lincolnshire',
      'Lancashire',
    ]);
    expect(compare.perAuthority.authorities).toHaveLength(296);
    expect(compare.perAuthority.authorities.filter((a) => a.woe).map((a) => a.code)).toEqual([
      'E06000022',
      'E06000023',
      'E06000024',
      'E06000025',
    ]);
    expect(compare.areas.find((a) => a.id === 'E47000002')?.members).toEqual(['E08000016', 'E08000017', 'E08000018', 'E08000019']);
  });

  it.each(Object.entries(REFERENCE))(
    '%s: real GDP per head, growth, GHG per resident and its change match the independent values',
    (id, ref) => {
      const f = figures.get(id)?.latest;
      expect(compare.areas.find((a) => a.id === id)?.members).toHaveLength(ref.members);
      expect(f?.['real-gdp-per-head']).toEqual({
        value: expect.closeTo(ref.realPerHead2023, 0) as number,
        year: 2023,
        unit: '£ per resident, 2022 money',
      });
      expect(f?.['real-gdp-growth']?.value).toBeCloseTo(ref.growth, 3);
      expect(f?.['real-gdp-growth']).toMatchObject({ from: 2005, year: 2023, unit: '%' });
      expect(f?.['ghg-per-resident']?.value).toBeCloseTo(ref.ghg2023, 4);
      expect(f?.['ghg-per-resident-change']?.value).toBeCloseTo(ref.ghgChange, 3);
      expect(f?.['gdp-per-head']?.value).toBeCloseTo(ref.perHeadCurrent, 0);
    },
  );

  it('sums the four authorities’ real GDP as PROVENANCE checks it: 35,459, 45,385 and 49,983 £m in 2005, 2019 and 2023', () => {
    const points = new Map(figures.get('woe')?.realGdp.points);
    expect([points.get(2005), points.get(2019), points.get(2023)]).toEqual([35459, 45385, 49983]);
  });

  it('gives an authority ONS’s published per-head value (Table 11), not a recomputed one', () => {
    expect(new Map(figures.get('E06000023')?.realGdpPerHead.points).get(2023)).toBe(43652);
  });

  it('ranks the 15 combined authorities, with England and the four-authority area shown unranked', () => {
    const r = compare.rankings['real-gdp-per-head'];
    expect(r.of).toBe(15);
    expect(r.rows).toHaveLength(17);
    expect(r.rows[0]).toMatchObject({ id: WECA_ID, rank: 1, isCombinedAuthority: true });
    expect(r.rows.find((x) => x.id === 'woe')).toMatchObject({ rank: null, isCombinedAuthority: false });
    expect(r.rows.find((x) => x.id === 'E92000001')?.rank).toBeNull();
    expect(r.rows.at(-1)?.short).toBe('Tees Valley');
    for (const m of MEASURE_IDS)
      expect(compare.rankings[m].rows.map((x) => x.rank).filter((x) => x !== null)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
  });

  it('picks the three combined authorities closest to WECA on each measure', () => {
    // Real GDP per head 2023, £: Cambridgeshire and Peterborough 37,939, York and North Yorkshire 35,256, Greater Manchester 34,700.
    expect(compare.closest['real-gdp-per-head']).toEqual(['E47000008', 'E47000012', 'E47000001']);
    for (const m of MEASURE_IDS) expect(compare.closest[m]).not.toContain(WECA_ID);
  });

  it('labels then and now for four-authority GDP growth: +29.1% (2021 release), +28.0% and +41.0% (2025 release)', () => {
    const g = compare.thenNow.gdpGrowth;
    // 2021 release Table 10 (2018 money): 30,890 → 39,883 £m, +29.113%.
    expect(g.then).toMatchObject({ from: 2005, to: 2019, vintage: data.onsRegionalGdp2021.meta.vintage });
    expect(g.then.value).toBeCloseTo(29.113, 3);
    expect(g.sameYearsNow).toMatchObject({ from: 2005, to: 2019, vintage: data.onsRegionalGdp2025.meta.vintage });
    expect(g.sameYearsNow.value).toBeCloseTo((45385 / 35459 - 1) * 100, 3);
    expect(g.now.value).toBeCloseTo((49983 / 35459 - 1) * 100, 3);
    expect(g.note).toMatch(/approximation/);
  });

  it('gives a newer official figure for the overview headlines, each with its vintage', () => {
    const now = Object.fromEntries(compare.thenNow.headlines.map((h) => [h.headlineId, h.now]));
    expect(now['economy-growth']?.to).toBe(2023);
    expect(now['carbon-emissions-change']).toMatchObject({ from: 2005, to: 2023, vintage: 'DESNZ 2005-2023 edition' });
    expect(now['carbon-emissions-change']?.value).toBeLessThan(0);
    // 2022-based projections, the four authorities' "All ages" rows: 2038 minus 2022 = 166,653.849 persons.
    expect(now['population-growth']?.value).toBeCloseTo(166653.849, 0);
    expect(now['dependency-ratio']?.fromValue).toBeGreaterThan(0);
  });

  it('keeps each published indicator per authority, with its period and unit, and says why a value is missing', () => {
    const gva = compare.perAuthority.indicators.find((i) => i.indicator === 'Gross value added per hour worked');
    const index = (code: string) => compare.perAuthority.authorities.findIndex((a) => a.code === code);
    expect(gva).toMatchObject({ period: '2021', unit: '£' });
    // ONS file, column real: 28.45, 33.63, 30.96, 49.57.
    expect(['E06000022', 'E06000023', 'E06000024', 'E06000025'].map((c) => gva?.values[index(c)])).toEqual([28.45, 33.63, 30.96, 49.57]);
    expect(gva?.missing.E06000066).toMatch(/boundaries/);
    const jobs = compare.perAuthority.indicators.find((i) => i.id === 'aged-16-to-64-years-employment-rate');
    expect(jobs?.values[index('E09000001')]).toBeNull();
    expect(jobs?.missing.E09000001).toBe('not available in the published file');
  });

  it('lists each measure for every English authority, aligned with the authorities', () => {
    for (const m of MEASURE_IDS) expect(compare.perAuthority.measures[m]).toHaveLength(296);
    const i = compare.perAuthority.authorities.findIndex((a) => a.code === 'E06000023');
    expect(compare.perAuthority.measures['real-gdp-per-head'][i]).toBe(43652);
  });

  it('ships the hex map of the 296 English authorities with its credit', () => {
    expect(compare.hexmap.layout).toBe('odd-r');
    expect(compare.hexmap.hexes).toHaveLength(296);
    expect(compare.hexmap.credit).toBe('Hex map: Open Innovations (MIT licence)');
    expect(compare.hexmap.hexes.find((h) => h.code === 'E06000023')).toMatchObject({ name: 'Bristol, City of', region: 'E12000009' });
  });

  it('is plain JSON: it survives a round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(compare))).toEqual(compare);
  });

  it('gives every English authority its series by year on request (not shipped to the browser)', () => {
    const all = authoritySeries(data);
    expect(all).toHaveLength(296);
    const bristol = all.find((f) => f.id === 'E06000023');
    expect(bristol?.realGdp.points[0]).toEqual([1998, expect.any(Number)]);
    expect(new Map(bristol?.realGdpPerHead.points).get(2023)).toBe(43652);
    expect(bristol?.ghgPerResident.points).toHaveLength(19);
  });

  it('finds no problem with the real files', () => {
    expect(compareAreas(data).problems).toEqual([]);
  });
});
