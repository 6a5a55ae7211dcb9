import type { LoadedDatasets } from '../datasets/loadCatalog';
import type { DatasetMeta } from '../datasets/meta';
import type { Column } from '../datasets/schema';
import { catalog } from '../datasets/catalog';
import { ageBands, dependencyRatios } from './ageBands';
import type { AreaId, AuthorityId } from './areas';
import { AREAS, WOE_AUTHORITIES } from './areas';
import { divideSeries } from './divideSeries';
import { sumByYear } from './sumByYear';
import type { Datum, Point, Series } from './types';
import { buildWorkshop } from './workshop';

export interface SourceCard extends DatasetMeta {
  readonly file: string;
  readonly rows: number;
  readonly columns: readonly { readonly name: string; readonly unit?: string; readonly description: string }[];
}

const series = (id: string, points: readonly Point[], label: string = AREAS[id as AreaId] ?? id): Series => ({ id, label, points });

/** Round for shipping: enough digits for every chart and export, fewer bytes. */
const r6 = (p: readonly Point[]): Point[] => p.map(([y, v]) => [y, Number(v.toPrecision(8))] as const);

function sourceCards(d: LoadedDatasets): Record<string, SourceCard> {
  const out: Record<string, SourceCard> = {};
  for (const [key, schema] of Object.entries(catalog)) {
    const loaded = d[key as keyof LoadedDatasets];
    const columns = (schema.columns as readonly Column[]).map((c) => ({
      name: c.csv,
      unit: c.kind === 'number' ? c.unit : undefined,
      description: c.description,
    }));
    out[schema.id] = { ...loaded.meta, file: schema.file, rows: loaded.rows.length, columns };
  }
  return out;
}

const BEIS_SECTORS = [
  ['industryTotal', 'Industry'],
  ['commercialTotal', 'Commercial'],
  ['publicSectorTotal', 'Public sector'],
  ['domesticTotal', 'Domestic'],
  ['transportTotal', 'Transport'],
  ['agricultureTotal', 'Agriculture'],
  ['wasteManagementTotal', 'Waste management'],
  ['lulucfNetEmissions', 'Land use (LULUCF, net)'],
] as const;

/**
 * Everything the browser shows, derived at build time from the validated
 * datasets: compact, pre-aggregated, JSON-serialisable.
 */
export function buildEvidence(d: LoadedDatasets) {
  const beis = d.beisCo2Territorial.rows;
  const isWoe = (code: string | null | undefined) => (WOE_AUTHORITIES as readonly string[]).includes(code ?? '');
  const beisSum = (value: (r: (typeof beis)[number]) => number) =>
    sumByYear(
      beis,
      (r) => isWoe(r.laCode),
      (r) => r.year,
      value,
      (r) => r.laCode ?? '',
      4,
    );
  const beisArea = (code: AuthorityId, value: (r: (typeof beis)[number]) => number): Point[] =>
    beis
      .filter((r) => r.laCode === code)
      .sort((a, b) => a.year - b.year)
      .map((r) => [r.year, value(r)] as const);
  const beisTotal = (name: string, value: (r: (typeof beis)[number]) => number): Point[] =>
    beis
      .filter((r) => r.localAuthority === name)
      .sort((a, b) => a.year - b.year)
      .map((r) => [r.year, value(r)] as const);

  const gdp = d.onsRegionalGdp2021.rows;
  const gdpArea = (code: AuthorityId, measure: (typeof gdp)[number]['measure']): Point[] =>
    gdp
      .filter((r) => r.laCode === code && r.measure === measure)
      .sort((a, b) => a.year - b.year)
      .map((r) => [r.year, r.value] as const);
  const gdpSum = (measure: (typeof gdp)[number]['measure']) =>
    sumByYear(
      gdp,
      (r) => r.measure === measure,
      (r) => r.year,
      (r) => r.value,
      (r) => r.laCode,
      4,
    );
  const perArea = <T>(f: (code: AuthorityId) => T) => WOE_AUTHORITIES.map((code) => ({ code, value: f(code) }));

  // Population 2022-based: bands for each authority and the four together.
  const snpp = d.snpp2022.rows;
  const bandsFor = (codes: readonly string[]) =>
    ageBands(
      snpp.filter((r) => codes.includes(r.areaCode)),
      2022,
    );
  const bandAreas: { id: AreaId; codes: readonly string[] }[] = [
    { id: 'woe', codes: WOE_AUTHORITIES },
    ...WOE_AUTHORITIES.map((c) => ({ id: c as AreaId, codes: [c] })),
  ];
  const bands = bandAreas.map(({ id, codes }) => {
    const b = bandsFor(codes);
    const ratios = dependencyRatios(b);
    const pts = (xs: readonly number[]): Point[] => b.years.map((y, i) => [y, xs[i] as number] as const);
    return {
      id,
      label: AREAS[id],
      young: r6(pts(b.young)),
      working: r6(pts(b.working)),
      old: r6(pts(b.old)),
      all: r6(pts(b.all)),
      totalRatio: r6(ratios.total),
      oldAgeRatio: r6(ratios.oldAge),
    };
  });

  const headlines = d.headlineFigures.rows;
  const headline = (id: string) => headlines.find((h) => h.id === id);
  const dep = headline('dependency-ratio');

  const woePopulation = beisSum((r) => r.populationThousands);
  const woeCo2 = beisSum((r) => r.grandTotal);
  const desnzSum = (pick: (r: (typeof d.desnzGhg2023.rows)[number]) => boolean) =>
    sumByYear(
      d.desnzGhg2023.rows,
      pick,
      (r) => r.year,
      (r) => r.territorialKtCo2e,
      (r) => r.ladCode,
      new Set(d.desnzGhg2023.rows.filter(pick).map((r) => r.ladCode)).size,
    );
  const desnzPop = (pick: (r: (typeof d.desnzGhg2023.rows)[number]) => boolean) =>
    sumByYear(
      d.desnzGhg2023.rows,
      pick,
      (r) => r.year,
      (r) => r.populationThousands,
      (r) => r.ladCode,
      new Set(d.desnzGhg2023.rows.filter(pick).map((r) => r.ladCode)).size,
    );
  const inWoe = (r: { ladCode: string }) => isWoe(r.ladCode);
  const inSw = (r: { region: string }) => r.region === 'South West';
  const inEngland = (r: { country: string }) => r.country === 'England';

  return {
    sources: sourceCards(d),
    headlines: headlines.map((h) => ({ ...h })),
    universities: d.universityIncome.rows.map((u) => ({ label: u.university, value: u.incomeGbpM, highlight: u.westOfEngland })),
    growth2016: d.populationGrowth2016.rows.map((r): Datum => ({ category: r.ageBand, group: r.area, value: r.growthPct })),
    populationBands: bands,
    dependencyEvidenceBase:
      dep && dep.baselineValue !== null ? { from: [2018, dep.baselineValue] as Point, to: [2038, dep.value] as Point } : undefined,
    decoupling: {
      co2: series('co2', r6(woeCo2), 'Territorial CO2 (BEIS 2005-2020)'),
      gdp: series('gdp', r6(gdpSum('gdp_cvm_2018_money_gbp_million')), 'Real GDP (ONS, 2018 prices)'),
      ghg: series('ghg', r6(desnzSum(inWoe)), 'Greenhouse gases (DESNZ 2005-2023)'),
      claim: { co2: headline('carbon-emissions-change')?.value, economy: headline('economy-growth')?.value },
    },
    co2PerHead: [
      series('woe', r6(divideSeries(woeCo2, woePopulation))),
      series('E12000009', r6(beisTotal('South West Total', (r) => r.perCapitaEmissions))),
      series('E92000001', r6(beisTotal('England Total', (r) => r.perCapitaEmissions))),
    ],
    ghgPerHead: [
      series('woe', r6(divideSeries(desnzSum(inWoe), desnzPop(inWoe)))),
      series('E12000009', r6(divideSeries(desnzSum(inSw), desnzPop(inSw)))),
      series('E92000001', r6(divideSeries(desnzSum(inEngland), desnzPop(inEngland)))),
    ],
    co2BySector: [
      { id: 'woe' as AreaId, label: AREAS.woe, series: BEIS_SECTORS.map(([f, label]) => series(f, r6(beisSum((r) => r[f])), label)) },
      ...perArea((code) => BEIS_SECTORS.map(([f, label]) => series(f, r6(beisArea(code, (r) => r[f])), label))).map(({ code, value }) => ({
        id: code as AreaId,
        label: AREAS[code],
        series: value,
      })),
    ],
    transport: perArea((code) => [
      series('road', r6(beisArea(code, (r) => r.roadARoads + r.roadMotorways + r.roadMinorRoads)), 'Road'),
      series('rail', r6(beisArea(code, (r) => r.dieselRailways)), 'Rail (diesel)'),
    ]).map(({ code, value }) => ({ id: code as AreaId, label: AREAS[code], series: value })),
    gva: [
      series('woe', gdpSum('gva_balanced_current_prices_gbp_million')),
      ...WOE_AUTHORITIES.map((c) => series(c, gdpArea(c, 'gva_balanced_current_prices_gbp_million'))),
    ],
    gdpReal: [
      series('woe', gdpSum('gdp_cvm_2018_money_gbp_million')),
      ...WOE_AUTHORITIES.map((c) => series(c, gdpArea(c, 'gdp_cvm_2018_money_gbp_million'))),
    ],
    gdpPerHead: [
      series('woe', r6(divideSeries(gdpSum('gdp_cvm_2018_money_gbp_million'), gdpSum('total_resident_population'), 1e6))),
      ...WOE_AUTHORITIES.map((c) =>
        series(c, r6(divideSeries(gdpArea(c, 'gdp_cvm_2018_money_gbp_million'), gdpArea(c, 'total_resident_population'), 1e6))),
      ),
    ],
    workshop: buildWorkshop(d),
  };
}

export type Evidence = ReturnType<typeof buildEvidence>;
