import type { LoadedDatasets } from '../datasets/loadCatalog';
import { co2BySector } from './co2BySector';
import { derive as co2BySectorData } from './co2BySector.derive';
import { co2PerHead } from './co2PerHead';
import { derive as co2PerHeadData } from './co2PerHead.derive';
import { compareDistribution } from './compareDistribution';
import { derive as compareDistributionData } from './compareDistribution.derive';
import { compareHexmap } from './compareHexmap';
import { derive as compareHexmapData } from './compareHexmap.derive';
import { compareOverTime } from './compareOverTime';
import { derive as compareOverTimeData } from './compareOverTime.derive';
import { compareRanking } from './compareRanking';
import { derive as compareRankingData } from './compareRanking.derive';
import { decoupling } from './decoupling';
import { derive as decouplingData } from './decoupling.derive';
import { dependencyRatio } from './dependencyRatio';
import { derive as dependencyRatioData } from './dependencyRatio.derive';
import { dependencyTrend } from './dependencyTrend';
import { derive as dependencyTrendData } from './dependencyTrend.derive';
import { economy } from './economy';
import { derive as economyData } from './economy.derive';
import { gdpPerHead } from './gdpPerHead';
import { derive as gdpPerHeadData } from './gdpPerHead.derive';
import { populationByAge } from './populationByAge';
import { derive as populationByAgeData } from './populationByAge.derive';
import { populationGrowth } from './populationGrowth';
import { derive as populationGrowthData } from './populationGrowth.derive';
import { transportCo2 } from './transportCo2';
import { derive as transportCo2Data } from './transportCo2.derive';
import { universityIncome } from './universityIncome';
import { derive as universityIncomeData } from './universityIncome.derive';
import * as cards from './authorityIndicators';
import { deriveFor } from './perAuthorityIndicator.derive';
import type { TypedUnit } from './unit';

/** Build time only: what a chart's data is derived by, keyed by chart id. */
export type Derivers = Readonly<Record<string, (datasets: LoadedDatasets) => unknown>>;

/** One chart's deriver under its unit's id; the types check that the deriver returns what the unit draws. */
export const deriver = <D>(unit: TypedUnit<D>, derive: (datasets: LoadedDatasets) => D): Derivers => ({ [unit.id]: derive });

/**
 * Every chart's `derive` (src/units/<name>.derive.ts), by chart id: the build
 * runs these (src/units/deriveCharts.ts); nothing the browser loads imports
 * this file, so the derivations, the parser and the schemas never ship.
 */
export const DERIVERS: Derivers = {
  ...deriver(co2BySector, co2BySectorData),
  ...deriver(co2PerHead, co2PerHeadData),
  ...deriver(compareDistribution, compareDistributionData),
  ...deriver(compareHexmap, compareHexmapData),
  ...deriver(compareOverTime, compareOverTimeData),
  ...deriver(compareRanking, compareRankingData),
  ...deriver(decoupling, decouplingData),
  ...deriver(dependencyRatio, dependencyRatioData),
  ...deriver(dependencyTrend, dependencyTrendData),
  ...deriver(economy, economyData),
  ...deriver(gdpPerHead, gdpPerHeadData),
  ...deriver(populationByAge, populationByAgeData),
  ...deriver(populationGrowth, populationGrowthData),
  ...deriver(transportCo2, transportCo2Data),
  ...deriver(universityIncome, universityIncomeData),
  // The per-authority indicator cards: one derive each, from the card's spec.
  ...deriver(cards.productivityByAuthority, deriveFor(cards.productivityByAuthoritySpec)),
  ...deriver(cards.payByAuthority, deriveFor(cards.payByAuthoritySpec)),
  ...deriver(cards.employmentByAuthority, deriveFor(cards.employmentByAuthoritySpec)),
  ...deriver(cards.skillsByAuthority, deriveFor(cards.skillsByAuthoritySpec)),
  ...deriver(cards.gigabitByAuthority, deriveFor(cards.gigabitByAuthoritySpec)),
};
