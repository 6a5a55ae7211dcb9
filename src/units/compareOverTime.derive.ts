import type { LoadedDatasets } from '../datasets/loadCatalog';
import { WECA_ID } from '../series/areas';
import type { Point } from '../series/types';
import { compareOf } from './compareData.derive';

export type Metric = 'real-gdp-per-head' | 'real-gdp-index' | 'ghg-per-resident';

export interface AreaLines {
  readonly id: string;
  readonly label: string;
  readonly lines: Readonly<Record<Metric, readonly Point[]>>;
}

const r = (v: number, dp: number) => Math.round(v * 10 ** dp) / 10 ** dp;

/** The compareOverTime chart's data, derived from the loaded datasets at build time (never shipped to the browser). */
export const derive = (d: LoadedDatasets): AreaLines[] => {
  const c = compareOf(d);
  const label = new Map(c.areas.map((a) => [a.id, a.id === WECA_ID ? 'WECA (3 authorities)' : a.short]));
  return c.figures
    .filter((f) => label.has(f.id))
    .map((f) => {
      const base = f.realGdp.points.find(([y]) => y === 2005)?.[1];
      return {
        id: f.id,
        label: label.get(f.id) ?? f.id,
        lines: {
          'real-gdp-per-head': f.realGdpPerHead.points.map(([y, v]) => [y, r(v, 0)] as const),
          'real-gdp-index': base ? f.realGdp.points.filter(([y]) => y >= 2005).map(([y, v]) => [y, r((100 * v) / base, 2)] as const) : [],
          'ghg-per-resident': f.ghgPerResident.points.map(([y, v]) => [y, r(v, 3)] as const),
        },
      };
    });
};

export type CompareOverTimeData = ReturnType<typeof derive>;
