import type { LoadedDatasets } from '../../datasets/loadCatalog';
import { ageBands, dependencyRatios } from '../ageBands';
import { WOE_AUTHORITIES } from '../areas';
import { percentChange } from '../percentChange';
import { sumByYear } from '../sumByYear';
import { changeBetween, sig, sumOver } from './aggregate';
import { CHAINED_VOLUME_NOTE } from './measures';
import type { NationalTables } from './tables';

/** One figure from one release, labelled with it. */
export interface VintageFigure {
  readonly value: number;
  readonly from: number;
  readonly to: number;
  readonly unit: string;
  /** For a level rather than a change: its value in the `from` year. */
  readonly fromValue?: number;
  /** The release, as its metadata names it. */
  readonly vintage: string;
  readonly measure: string;
}

/** An evidence-base headline beside the newest official equivalent. */
export interface HeadlineNow {
  readonly headlineId: string;
  readonly now: VintageFigure;
  readonly note: string;
}

export interface ThenNow {
  /** Four-authority real GDP growth: 2005-2019 in the 2021 and 2025 releases, and 2005-2023 in the 2025 release. */
  readonly gdpGrowth: {
    readonly then: VintageFigure;
    readonly sameYearsNow: VintageFigure;
    readonly now: VintageFigure;
    readonly note: string;
  };
  readonly headlines: readonly HeadlineNow[];
}

const WOE = WOE_AUTHORITIES as readonly string[];
const req = (v: number | null | undefined, what: string): number => {
  if (v === null || v === undefined) throw new Error(`thenNow: no value for ${what}`);
  return sig(v);
};

/** The four West of England authorities, then (evidence-base era releases) and now (the newest), each labelled. */
export function thenNow(
  d: Pick<LoadedDatasets, 'onsRegionalGdp2021' | 'onsRegionalGdp2025' | 'desnzGhg2023' | 'snpp2022'>,
  t: NationalTables,
): ThenNow {
  const v2021 = d.onsRegionalGdp2021.meta.vintage;
  const v2025 = d.onsRegionalGdp2025.meta.vintage;
  const old = sumByYear(
    d.onsRegionalGdp2021.rows,
    (r) => r.measure === 'gdp_cvm_2018_money_gbp_million',
    (r) => r.year,
    (r) => r.value,
    (r) => r.laCode,
    4,
  );
  const real = sumOver(t.gdp.gdp_cvm_2022_money_gbp_million, WOE);
  const gdp = (from: number, to: number, vintage: string, value: number | null | undefined, money: string): VintageFigure => ({
    value: req(value, `real GDP ${from}-${to}`),
    from,
    to,
    unit: '%',
    vintage,
    measure: `Real GDP growth, four authorities (chained volume, ${money} money)`,
  });
  const gdpNow = gdp(2005, 2023, v2025, changeBetween(1998, real, 2005, 2023), '2022');

  const ghg = sumOver(t.ghgKt, WOE);
  const snpp = d.snpp2022.rows.filter((r) => WOE.includes(r.areaCode));
  const bands = ageBands(snpp, 2022);
  const ratio = dependencyRatios(bands).total;
  const at = (year: number) => ratio.find(([y]) => y === year)?.[1];
  const allAges = (year: number) => bands.all[year - 2022];
  const projection = d.snpp2022.meta.vintage;

  return {
    gdpGrowth: {
      then: gdp(2005, 2019, v2021, percentChange(old, 2005, 2019), '2018'),
      sameYearsNow: gdp(2005, 2019, v2025, changeBetween(1998, real, 2005, 2019), '2022'),
      now: gdpNow,
      note: `The two releases disagree on the same years: ONS revises the whole series in each release. ${CHAINED_VOLUME_NOTE}`,
    },
    headlines: [
      {
        headlineId: 'economy-growth',
        now: gdpNow,
        note: 'The evidence base stated growth "since 2005" in April 2019; the newest release runs to 2023 (provisional).',
      },
      {
        headlineId: 'carbon-emissions-change',
        now: {
          value: req(changeBetween(2005, ghg, 2005, 2023), 'emissions 2005-2023'),
          from: 2005,
          to: 2023,
          unit: '%',
          vintage: d.desnzGhg2023.meta.vintage,
          measure: 'Change in territorial greenhouse-gas emissions, all gases, four authorities',
        },
        note: 'The evidence base spoke of carbon (CO2); this is all greenhouse gases (CO2e), LULUCF included, from the newest DESNZ edition.',
      },
      {
        headlineId: 'population-growth',
        now: {
          value: req((allAges(2038) ?? NaN) - (allAges(2022) ?? NaN), 'population 2022-2038'),
          from: 2022,
          to: 2038,
          unit: 'persons',
          vintage: projection,
          measure: 'Projected population growth, four authorities',
        },
        note: 'A projection, not a forecast; it starts from 2022, not 2018 as the evidence base did.',
      },
      {
        headlineId: 'dependency-ratio',
        now: {
          value: req(at(2038), 'dependency ratio 2038'),
          from: 2022,
          to: 2038,
          fromValue: req(at(2022), 'dependency ratio 2022'),
          unit: 'dependants per person of working age',
          vintage: projection,
          measure: 'Total dependency ratio in 2038, (0-14 + 65+) / 15-64, four authorities',
        },
        note: 'A projection, not a forecast; the evidence base used the 2016-based projections from 2018.',
      },
    ],
  };
}
