import type { Point } from './types';

/**
 * A yearly series with no gaps, as a page receives it: its first year and one
 * value a year. Half the bytes of [year, value] pairs, for the many lines of
 * the national comparison.
 */
export interface YearRun {
  readonly from: number;
  readonly values: readonly number[];
}

/** Points of consecutive years as a run; a gap is a mistake in the data or its derivation, and says where. */
export function toYearRun(points: readonly Point[], what: string): YearRun {
  const first = points[0];
  points.forEach(([y], i) => {
    if (first && y !== first[0] + i)
      throw new Error(`${what}: expected one value a year from ${first[0]}; found ${y} at position ${i + 1}`);
  });
  return { from: first?.[0] ?? 0, values: points.map(([, v]) => v) };
}

/** The run as [year, value] points again. */
export const runPoints = (run: YearRun): Point[] => run.values.map((v, i) => [run.from + i, v] as const);
