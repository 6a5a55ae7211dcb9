import type { LoadedDatasets } from '../datasets/loadCatalog';
import { populationBands } from '../series/populationBands';

/** The populationByAge chart's data, derived from the loaded datasets at build time (never shipped to the browser). */
export const derive = (d: LoadedDatasets) =>
  populationBands(d.snpp2022.rows).map(({ id, label, young, working, old, all }) => ({ id, label, young, working, old, all }));

export type PopulationByAgeData = ReturnType<typeof derive>;
