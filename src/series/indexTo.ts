import type { Point } from './types';

/** Rebase a series so that its value in `baseYear` is 100. Empty when the base year is missing or zero. */
export function indexTo(points: readonly Point[], baseYear: number): Point[] {
  const base = points.find(([y]) => y === baseYear)?.[1];
  if (base === undefined || base === 0) return [];
  return points.map(([y, v]) => [y, (v / base) * 100] as const);
}
