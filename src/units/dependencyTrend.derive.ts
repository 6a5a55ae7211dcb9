import type { LoadedDatasets } from '../datasets/loadCatalog';
import { populationBands } from '../series/populationBands';
import { series } from '../series/ship';

/** The dependencyTrend chart's data, derived from the loaded datasets at build time (never shipped to the browser). */
export const derive = (d: LoadedDatasets) => {
  const bands = populationBands(d.snpp2022.rows);
  return {
    total: bands.map((b) => series(b.id, b.totalRatio)),
    oldAge: bands.map((b) => series(b.id, b.oldAgeRatio)),
  };
};

export type DependencyTrendData = ReturnType<typeof derive>;
