import type { Point } from './types';

/**
 * Sum values by year over rows picked by `keep`. Years where any expected
 * member is missing are dropped, so a partial sum never passes for a total.
 */
export function sumByYear<R>(
  rows: readonly R[],
  keep: (r: R) => boolean,
  year: (r: R) => number,
  value: (r: R) => number,
  members: (r: R) => string,
  expectedMembers: number,
): Point[] {
  const totals = new Map<number, { sum: number; members: Set<string> }>();
  for (const r of rows) {
    if (!keep(r)) continue;
    const y = year(r);
    const t = totals.get(y) ?? { sum: 0, members: new Set<string>() };
    t.sum += value(r);
    t.members.add(members(r));
    totals.set(y, t);
  }
  return [...totals.entries()]
    .filter(([, t]) => t.members.size === expectedMembers)
    .sort((a, b) => a[0] - b[0])
    .map(([y, t]) => [y, t.sum] as const);
}
