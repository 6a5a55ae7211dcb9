import type { LoadedDatasets } from '../datasets/loadCatalog';
import { percentChange } from '../series/percentChange';
import { populationBands } from '../series/populationBands';
import type { Datum } from '../series/types';

/** The populationGrowth chart's data, derived from the loaded datasets at build time (never shipped to the browser). */
export const derive = (d: LoadedDatasets) => {
  const woe = populationBands(d.snpp2022.rows).find((b) => b.id === 'woe');
  return {
    growth2016: d.populationGrowth2016.rows.map((r): Datum => ({ category: r.ageBand, group: r.area, value: r.growthPct })),
    /** The 2022-based change to 2038, for the "then and now". */
    change2022: woe
      ? {
          old: percentChange(woe.old, 2022, 2038),
          working: percentChange(woe.working, 2022, 2038),
          young: percentChange(woe.young, 2022, 2038),
        }
      : undefined,
  };
};

export type PopulationGrowthData = ReturnType<typeof derive>;
