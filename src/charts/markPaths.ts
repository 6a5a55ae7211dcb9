import { round1 } from './round1';

/**
 * Many same-coloured marks as one path each colour: the hundreds of dots or
 * hexes of a national chart cost the first layout a handful of nodes, not
 * hundreds (each stays reachable through the chart's focus layer).
 */
export function groupByColour<T>(items: readonly T[], colourOf: (item: T) => string): { colour: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const c = colourOf(item);
    const g = groups.get(c);
    if (g) g.push(item);
    else groups.set(c, [item]);
  }
  return [...groups].map(([colour, members]) => ({ colour, items: members }));
}

/** Circles as one path: two half arcs each. */
export function circlesPath(centres: readonly { readonly cx: number; readonly cy: number }[], r: number): string {
  const d = round1(2 * r);
  return centres.map((c) => `M${round1(c.cx - r)},${round1(c.cy)}a${r},${r} 0 1,0 ${d},0a${r},${r} 0 1,0 ${-d},0Z`).join('');
}

/** The same polygon (corners about its centre) at many centres, as one path. */
export function polygonsPath(
  corners: readonly (readonly [number, number])[],
  centres: readonly { readonly cx: number; readonly cy: number }[],
): string {
  return centres.map((c) => `M${corners.map(([x, y]) => `${round1(c.cx + x)},${round1(c.cy + y)}`).join('L')}Z`).join('');
}
