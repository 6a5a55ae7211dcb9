import type { LoadedDatasets } from '../datasets/loadCatalog';
import { populationBands } from '../series/populationBands';
import type { Point } from '../series/types';
import { at, END } from './dependencyRatio';

/** The dependencyRatio chart's data, derived from the loaded datasets at build time (never shipped to the browser). */
export const derive = (d: LoadedDatasets) => {
  const dep = d.headlineFigures.rows.find((h) => h.id === 'dependency-ratio');
  const woe = populationBands(d.snpp2022.rows).find((b) => b.id === 'woe');
  const from = woe && at(woe.totalRatio, 2022);
  const to = woe && at(woe.totalRatio, END);
  return {
    evidenceBase:
      dep && dep.baselineValue !== null ? { from: [2018, dep.baselineValue] as Point, to: [END, dep.value] as Point } : undefined,
    snpp2022: from && to ? { from, to } : undefined,
  };
};

export type DependencyRatioData = ReturnType<typeof derive>;
