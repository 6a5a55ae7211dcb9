import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { LoadedDatasets } from '../../../src/datasets/loadCatalog';
import { loadCatalog } from '../../../src/datasets/loadCatalog';
import { ageBands } from '../../../src/series/ageBands';
import { WOE_AUTHORITIES } from '../../../src/series/areas';
import { buildEvidence } from '../../../src/series/buildEvidence';
import { percentChange } from '../../../src/series/percentChange';
import { populationBands } from '../../../src/series/populationBands';
import { derive as decoupling } from '../../../src/units/decoupling.derive';
import { derive as dependencyRatio } from '../../../src/units/dependencyRatio.derive';
import { derive as gdpPerHead } from '../../../src/units/gdpPerHead.derive';
import type { Point } from '../../../src/series/types';

/**
 * The derivations against values computed independently from the same sources
 * (tests/fixtures/reference, see its README) and against the published tables.
 */
const loaded = loadCatalog(process.cwd());
if (!loaded.datasets) throw new Error(`the real data does not load: ${JSON.stringify(loaded.problems)}`);
const datasets: LoadedDatasets = loaded.datasets;
/** The shared evidence and each chart's own data, as the build derives them. */
const evidence = {
  ...buildEvidence(datasets),
  decoupling: decoupling(datasets),
  populationBands: populationBands(datasets.snpp2022.rows),
  gdpPerHead: gdpPerHead(datasets),
  dependencyEvidenceBase: dependencyRatio(datasets).evidenceBase,
};

const reference = (name: string) =>
  Papa.parse<Record<string, string>>(readFileSync(join(process.cwd(), 'tests/fixtures/reference', name), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
const ageReference = reference('derived_snpp_2022based_WoE_age_bands.csv');
const summaryReference = reference('derived_WoE_summary_emissions_and_output.csv');

const valueIn = (points: readonly Point[], year: number): number => {
  const p = points.find(([y]) => y === year);
  if (!p) throw new Error(`no value for ${year}`);
  return p[1];
};
const expectWithin = (actual: number, expected: number, tolerance: number, what: string) => {
  expect(Math.abs(actual - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
};

describe('decoupling: territorial CO2 against real GDP, four authorities', () => {
  it('CO2 (BEIS Grand Total) falls 38.8% from 2005 to 2019', () => {
    expect(percentChange(evidence.decoupling.co2.points, 2005, 2019)).toBeCloseTo(-38.8, 1);
  });

  it('real GDP (ONS Table 10, summed) grows 29.1% from 2005 to 2019', () => {
    expect(percentChange(evidence.decoupling.gdp.points, 2005, 2019)).toBeCloseTo(29.1, 1);
  });

  it('the CO2 sums equal the reference woe4_co2_territorial_kt_beis2020 in every year (to 0.001 kt)', () => {
    const expected = summaryReference.filter((r) => r.woe4_co2_territorial_kt_beis2020 !== '');
    expect(evidence.decoupling.co2.points.map(([y]) => y)).toEqual(expected.map((r) => Number(r.year)));
    for (const r of expected) {
      expectWithin(valueIn(evidence.decoupling.co2.points, Number(r.year)), Number(r.woe4_co2_territorial_kt_beis2020), 0.001, r.year!);
    }
  });

  it('the real GDP sums equal the reference woe4_gdp_cvm in every year', () => {
    const expected = summaryReference.filter((r) => r.woe4_gdp_cvm_gbp_million_2018_prices_ons2021 !== '');
    expect(evidence.decoupling.gdp.points.map(([y]) => y)).toEqual(expected.map((r) => Number(r.year)));
    for (const r of expected) {
      expectWithin(
        valueIn(evidence.decoupling.gdp.points, Number(r.year)),
        Number(r.woe4_gdp_cvm_gbp_million_2018_prices_ons2021),
        0.001,
        r.year!,
      );
    }
  });

  it('the greenhouse-gas sums equal the reference woe4_ghg_territorial_ktco2e_desnz2023 in every year', () => {
    const expected = summaryReference.filter((r) => r.woe4_ghg_territorial_ktco2e_desnz2023 !== '');
    expect(evidence.decoupling.ghg.points.map(([y]) => y)).toEqual(expected.map((r) => Number(r.year)));
    for (const r of expected) {
      expectWithin(
        valueIn(evidence.decoupling.ghg.points, Number(r.year)),
        Number(r.woe4_ghg_territorial_ktco2e_desnz2023),
        0.001,
        r.year!,
      );
    }
  });
});

describe('population 2022-based: age bands and dependency ratios', () => {
  const areas = [{ id: 'woe', code: 'WoE4' }, ...WOE_AUTHORITIES.map((c) => ({ id: c as string, code: c as string }))];

  it('has the four authorities and their sum, each 2022 to 2047', () => {
    expect(evidence.populationBands.map((b) => b.id)).toEqual(areas.map((a) => a.id));
    for (const b of evidence.populationBands) expect(b.totalRatio.map(([y]) => y)).toEqual(Array.from({ length: 26 }, (_, i) => 2022 + i));
  });

  it.each(areas)(
    'for $id, the total and old-age dependency ratios equal the reference per 100, divided by 100 (to 0.0001)',
    ({ id, code }) => {
      const bands = evidence.populationBands.find((b) => b.id === id)!;
      const rows = ageReference.filter((r) => r.area_code === code);
      expect(rows).toHaveLength(26);
      for (const r of rows) {
        const year = Number(r.year);
        expectWithin(
          valueIn(bands.totalRatio, year),
          Number(r.total_dependency_ratio_per_100_15_64) / 100,
          0.0001,
          `${code} ${year} total`,
        );
        expectWithin(
          valueIn(bands.oldAgeRatio, year),
          Number(r.old_age_dependency_ratio_65plus_per_100_15_64) / 100,
          0.0001,
          `${code} ${year} old age`,
        );
      }
    },
  );

  it.each(areas)(
    'for $id, the 0-14, 15-64 and 65+ populations equal the reference (to 0.01), all ages within 0.5 persons',
    ({ id, code }) => {
      const bands = evidence.populationBands.find((b) => b.id === id)!;
      for (const r of ageReference.filter((x) => x.area_code === code)) {
        const year = Number(r.year);
        expectWithin(valueIn(bands.young, year), Number(r.pop_0_14), 0.01, `${code} ${year} 0-14`);
        expectWithin(valueIn(bands.working, year), Number(r.pop_15_64), 0.01, `${code} ${year} 15-64`);
        expectWithin(valueIn(bands.old, year), Number(r.pop_65_plus), 0.01, `${code} ${year} 65+`);
        // `all` is the sum of the bands; the reference gives the file's "All ages" row, which ONS rounds on its own.
        expectWithin(valueIn(bands.all, year), Number(r.pop_all_ages), 0.5, `${code} ${year} all`);
      }
    },
  );

  it.each(WOE_AUTHORITIES)('for %s, the summed bands equal the file\'s "All ages" row in every year (within 0.5 persons)', (code) => {
    const rows = datasets.snpp2022.rows.filter((r) => r.areaCode === code);
    const allAges = rows.find((r) => r.ageGroup === 'All ages')!;
    const bands = ageBands(rows, 2022);
    expect(bands.all).toHaveLength(26);
    bands.all.forEach((sum, i) => expectWithin(sum, allAges.population[i]!, 0.5, `${code} ${2022 + i}`));
  });

  it('for the West of England, the total dependency ratio falls from 2022 to 2038', () => {
    const woe = evidence.populationBands.find((b) => b.id === 'woe')!;
    expect(valueIn(woe.totalRatio, 2038)).toBeLessThan(valueIn(woe.totalRatio, 2022));
  });
});

describe('real GDP per head', () => {
  const gdp = datasets.onsRegionalGdp2021.rows;

  /**
   * ONS Table 11 is computed from unrounded GDP; Table 10 is published rounded
   * to £1m, so dividing it by the population (Table 6) can differ from Table 11
   * by up to £0.5m / population, plus half a pound for Table 11's own rounding.
   */
  it.each(WOE_AUTHORITIES)('for %s, equals ONS Table 11 within the rounding of the published tables', (code) => {
    const series = evidence.gdpPerHead.r2021.find((s) => s.id === code)!;
    const table11 = gdp.filter((r) => r.laCode === code && r.measure === 'gdp_cvm_per_head_2018_money_gbp');
    expect(series.points.map(([y]) => y)).toEqual(table11.map((r) => r.year).sort((a, b) => a - b));
    for (const r of table11) {
      const population = gdp.find((p) => p.laCode === code && p.year === r.year && p.measure === 'total_resident_population')!.value;
      expectWithin(valueIn(series.points, r.year), r.value, 0.5e6 / population + 0.5, `${code} ${r.year}`);
    }
  });
});

describe('headline figures', () => {
  const value = (id: string) => datasets.headlineFigures.rows.find((h) => h.id === id);

  it('are exactly the figures the evidence base and the strategy state', () => {
    expect(value('population-growth')?.value).toBe(190000);
    expect(value('net-internal-migration')?.value).toBe(3550);
    expect(value('young-inward-migrants')?.value).toBe(40);
    expect(value('dependency-ratio')?.baselineValue).toBe(0.54);
    expect(value('dependency-ratio')?.value).toBe(0.6);
    expect(value('carbon-emissions-change')?.value).toBe(-30);
    expect(value('economy-growth')?.value).toBe(30);
  });

  it('travel into the evidence unchanged', () => {
    expect(evidence.headlines.map((h) => [h.id, h.value])).toEqual([
      ['population-growth', 190000],
      ['net-internal-migration', 3550],
      ['young-inward-migrants', 40],
      ['dependency-ratio', 0.6],
      ['carbon-emissions-change', -30],
      ['economy-growth', 30],
    ]);
    expect(evidence.dependencyEvidenceBase).toEqual({ from: [2018, 0.54], to: [2038, 0.6] });
    expect(evidence.decoupling.claim).toEqual({ co2: -30, economy: 30 });
  });
});
