import type { LoadedDatasets } from '../datasets/loadCatalog';
import { WECA_ID } from '../series/areas';
import type { YearRun } from '../series/yearRun';
import { toYearRun } from '../series/yearRun';
import { compareOf } from './compareData.derive';

export type Metric = 'real-gdp-per-head' | 'real-gdp-index' | 'ghg-per-resident';

export interface AreaLines {
  readonly id: string;
  readonly label: string;
  /** One run a measure: a year and a value each, from its first year (half the bytes of pairs). */
  readonly lines: Readonly<Record<Metric, YearRun>>;
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
          'real-gdp-per-head': toYearRun(
            f.realGdpPerHead.points.map(([y, v]) => [y, r(v, 0)] as const),
            `${f.id} real GDP per head`,
          ),
          'real-gdp-index': toYearRun(
            base ? f.realGdp.points.filter(([y]) => y >= 2005).map(([y, v]) => [y, r((100 * v) / base, 2)] as const) : [],
            `${f.id} real GDP index`,
          ),
          'ghg-per-resident': toYearRun(
            f.ghgPerResident.points.map(([y, v]) => [y, r(v, 3)] as const),
            `${f.id} greenhouse gases per resident`,
          ),
        },
      };
    });
};

export type CompareOverTimeData = ReturnType<typeof derive>;
