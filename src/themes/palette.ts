import { DIVERGING_RAMPS, SEQUENTIAL_RAMPS } from './ramps';
import type { Theme } from './themes';

/**
 * What a chart unit colours with: a slot, never a colour. The page maps
 * slots to CSS variables (so a theme change is one attribute on <html>); an
 * export maps them to the current theme's concrete colours.
 */
export type ColourSlot = `series-${0 | 1 | 2 | 3 | 4 | 5 | 6 | 7}` | 'dim' | 'text' | 'muted';

export const seriesSlot = (i: number): ColourSlot => `series-${(((i % 8) + 8) % 8) as 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7}`;

export interface Palette {
  readonly text: string;
  readonly muted: string;
  readonly grid: string;
  readonly axis: string;
  readonly focus: string;
  readonly shade: string;
  readonly dim: string;
  readonly surface: string;
  readonly series: readonly string[];
  /** Map ramps (hex maps): low to high, and most negative to most positive. */
  readonly sequential: readonly string[];
  readonly diverging: readonly string[];
}

/** The colour a slot has in a palette. */
export function paint(p: Palette, slot: ColourSlot): string {
  if (slot === 'dim' || slot === 'text' || slot === 'muted') return p[slot];
  return p.series[Number(slot.slice(7))] ?? p.text;
}

/** The palette charts draw with on the page: CSS variables that follow the theme. */
export const LIVE_PALETTE: Palette = {
  text: 'var(--ee-text)',
  muted: 'var(--ee-muted)',
  grid: 'var(--ee-grid)',
  axis: 'var(--ee-axis)',
  focus: 'var(--ee-focus)',
  shade: 'var(--ee-shade)',
  dim: 'var(--ee-dim)',
  surface: 'var(--ee-surface)',
  series: Array.from({ length: 8 }, (_, i) => `var(--ee-s${i})`),
  sequential: Array.from({ length: 6 }, (_, i) => `var(--ee-q${i})`),
  diverging: Array.from({ length: 6 }, (_, i) => `var(--ee-v${i})`),
};

/** The concrete palette of a theme: what exports draw with. */
export const paletteOf = (t: Theme): Palette => ({
  text: t.text,
  muted: t.muted,
  grid: t.grid,
  axis: t.axis,
  focus: t.focus,
  shade: t.shade,
  dim: t.dim,
  surface: t.surface,
  series: t.series,
  sequential: SEQUENTIAL_RAMPS[t.name],
  diverging: DIVERGING_RAMPS[t.name],
});
