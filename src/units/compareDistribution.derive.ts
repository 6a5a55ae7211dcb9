import type { LoadedDatasets } from '../datasets/loadCatalog';
import { ENGLAND_ID } from '../series/areas';
import { compareOf, laData } from './compareData.derive';

/** The compareDistribution chart's data, derived from the loaded datasets at build time (never shipped to the browser). */
export const derive = (d: LoadedDatasets) => {
  const c = compareOf(d);
  const la = laData(c);
  const england = Object.fromEntries(
    (['real-gdp-growth', 'real-gdp-per-head', 'ghg-per-resident', 'ghg-per-resident-change'] as const).map((m) => [
      m,
      c.rankings[m].rows.find((r) => r.id === ENGLAND_ID)?.value ?? null,
    ]),
  );
  return { ...la, england };
};

export type CompareDistributionData = ReturnType<typeof derive>;
