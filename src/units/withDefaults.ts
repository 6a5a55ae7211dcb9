import type { ChartChoices } from './choices';
import type { ChartUnit } from './unit';

const cache = new WeakMap<ChartUnit, ChartChoices>();

/** A chart's default choices, read off its declaration (one object per unit, so it is stable across renders). */
export function defaultsOf(unit: ChartUnit): ChartChoices {
  let d = cache.get(unit);
  if (!d) {
    const out: Record<string, unknown> = {};
    for (const c of unit.choices) {
      if ((c.kind === 'segmented' || c.kind === 'select') && c.default !== undefined) out[c.key] = c.default;
      else if (c.kind === 'areas') out.areas = c.default;
    }
    d = out as ChartChoices;
    cache.set(unit, d);
  }
  return d;
}

/** The choices a chart shows: its defaults, overridden by what the reader chose. */
export const withDefaults = (unit: ChartUnit, stored: ChartChoices | undefined): ChartChoices =>
  stored ? { ...defaultsOf(unit), ...stored } : defaultsOf(unit);
