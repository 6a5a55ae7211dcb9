import type { Point } from '../types';

/** Values by year (from `from`, one a year) for each local authority code; null = missing. */
export interface YearTable {
  readonly from: number;
  readonly byCode: ReadonlyMap<string, readonly (number | null)[]>;
}

/**
 * Sum over the member authorities, year by year. A year where any member has
 * no value is null: a partial sum never passes for a total.
 */
export function sumOver(table: YearTable, members: readonly string[]): (number | null)[] {
  const rows = members.map((m) => table.byCode.get(m));
  const n = Math.max(0, ...rows.map((r) => r?.length ?? 0));
  return Array.from({ length: n }, (_, i) => {
    let sum = 0;
    for (const r of rows) {
      const v = r?.[i];
      if (v === null || v === undefined) return null;
      sum += v;
    }
    return sum;
  });
}

/**
 * A per-head (or any ratio) figure for an area: the sum of the numerators over
 * the sum of the denominators, times `scale` (never an average of ratios).
 * Both tables must start in the same year.
 */
export function ratioOfSums(numerator: YearTable, denominator: YearTable, members: readonly string[], scale = 1): (number | null)[] {
  if (numerator.from !== denominator.from) throw new Error('ratioOfSums: the tables start in different years');
  const top = sumOver(numerator, members);
  const bottom = sumOver(denominator, members);
  return top.map((t, i) => {
    const b = bottom[i];
    return t === null || b === null || b === undefined || b === 0 ? null : (t / b) * scale;
  });
}

/** Rounded for shipping: 6 significant figures is more than any chart or table shows. */
export const sig = (v: number): number => Number(v.toPrecision(6));

/** Year-indexed values as points, missing years left out. */
export const toPoints = (from: number, values: readonly (number | null)[]): Point[] =>
  values.flatMap((v, i) => (v === null ? [] : [[from + i, sig(v)] as const]));

/** Per cent change between two years of a year-indexed series; null if either is missing or the base is 0. */
export function changeBetween(from: number, values: readonly (number | null)[], a: number, b: number): number | null {
  const va = values[a - from];
  const vb = values[b - from];
  if (va === null || va === undefined || vb === null || vb === undefined || va === 0) return null;
  return (vb / va - 1) * 100;
}
