import type { Point } from './types';

/** Per cent change of a series between two years; undefined when either year is missing. */
export function percentChange(points: readonly Point[], from: number, to: number): number | undefined {
  const a = points.find(([y]) => y === from)?.[1];
  const b = points.find(([y]) => y === to)?.[1];
  if (a === undefined || b === undefined || a === 0) return undefined;
  return (b / a - 1) * 100;
}
