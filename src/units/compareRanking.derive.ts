import type { LoadedDatasets } from '../datasets/loadCatalog';
import type { MeasureId } from '../series/compare/types';
import { RANKED_MEASURES } from './compareData';
import { compareOf } from './compareData.derive';

export interface RankingData {
  readonly id: MeasureId;
  readonly label: string;
  readonly unitText: string;
  readonly year: number;
  readonly from?: number;
  readonly of: number;
  readonly rows: readonly { id: string; label: string; value: number; rank: number | null; ca: boolean }[];
}

const r3 = (v: number) => Math.round(v * 1000) / 1000;

/** The compareRanking chart's data, derived from the loaded datasets at build time (never shipped to the browser). */
export const derive = (d: LoadedDatasets): RankingData[] => {
  const c = compareOf(d);
  return RANKED_MEASURES.map((m) => {
    const r = c.rankings[m];
    const def = c.measures[m];
    return {
      id: m,
      label: def.label,
      unitText: def.unit,
      year: r.year,
      ...(r.from !== undefined ? { from: r.from } : {}),
      of: r.of,
      rows: r.rows.map((x) => ({ id: x.id, label: x.short, value: r3(x.value), rank: x.rank, ca: x.isCombinedAuthority })),
    };
  });
};

export type CompareRankingData = ReturnType<typeof derive>;
