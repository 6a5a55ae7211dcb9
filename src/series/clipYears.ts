import type { Point } from './types';

/** Keep the points from `from` to `to` inclusive; either bound may be absent. */
export const clipYears = (points: readonly Point[], from?: number, to?: number): Point[] =>
  points.filter(([y]) => (from === undefined || y >= from) && (to === undefined || y <= to));
