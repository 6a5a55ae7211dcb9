import type { Point } from './types';

/** Divide one series by another, year by year, times `scale`; years missing from either are dropped. */
export function divideSeries(numerator: readonly Point[], denominator: readonly Point[], scale = 1): Point[] {
  const d = new Map(denominator);
  const out: Point[] = [];
  for (const [y, v] of numerator) {
    const dv = d.get(y);
    if (dv !== undefined && dv !== 0) out.push([y, (v / dv) * scale]);
  }
  return out;
}
