import { DIVERGING_RAMPS, SEQUENTIAL_RAMPS } from './ramps';
import type { AreaId } from '../series/areas';

/**
 * Themes are plain data. The same values produce the page's CSS variables
 * (virtual:theme.css, generated at build time) and the concrete colours an
 * exported SVG or PNG carries.
 */
export interface Theme {
  readonly name: ThemeName;
  readonly label: string;
  readonly background: string;
  readonly surface: string;
  readonly text: string;
  readonly muted: string;
  readonly grid: string;
  readonly axis: string;
  readonly focus: string;
  readonly link: string;
  readonly shade: string;
  readonly dim: string;
  /**
   * Categorical colours. Hues follow the Okabe–Ito set; checked with the
   * Machado (2009) simulator (tests/unit/charts/colourBlind.test.ts): areas
   * that share a chart stay ΔE76 ≥ 10 apart under protanopia, deuteranopia
   * and tritanopia, and every colour has 4.5:1 against the surface so direct
   * labels can be written in it. England is near-black (near-white on dark) so
   * it never meets the West of England blue.
   */
  readonly series: readonly string[];
}

export const THEME_NAMES = ['light', 'dark', 'contrast'] as const;
export type ThemeName = (typeof THEME_NAMES)[number];

export const THEMES: Readonly<Record<ThemeName, Theme>> = {
  light: {
    name: 'light',
    label: 'Light',
    background: '#f6f7f9',
    surface: '#ffffff',
    text: '#1b1f24',
    muted: '#525a66',
    grid: '#e3e6ea',
    axis: '#6b7280',
    focus: '#b45309',
    link: '#0a5fa3',
    shade: '#0a5fa3',
    dim: '#8c94a0',
    series: ['#0a5fa3', '#c2410c', '#007a5a', '#a8457f', '#552200', '#5b5b5b', '#909090', '#6a3d9a'],
  },
  dark: {
    name: 'dark',
    label: 'Dark',
    background: '#0f1216',
    surface: '#181c22',
    text: '#eef1f5',
    muted: '#a7b0bd',
    grid: '#2c333d',
    axis: '#8d96a3',
    focus: '#fbbf24',
    link: '#8cc8f5',
    shade: '#6cb8f0',
    dim: '#6b7380',
    series: ['#6cb8f0', '#f39b5a', '#3ccf9f', '#e79ac4', '#e8c34a', '#b5b5b5', '#7a7a7a', '#b79be0'],
  },
  contrast: {
    name: 'contrast',
    label: 'High contrast',
    background: '#000000',
    surface: '#000000',
    text: '#ffffff',
    muted: '#ffffff',
    grid: '#5c5c5c',
    axis: '#ffffff',
    focus: '#ffff00',
    link: '#ffff66',
    shade: '#66ccff',
    dim: '#9a9a9a',
    series: ['#66ccff', '#ffb000', '#33ff99', '#ff80c0', '#ffff66', '#a8a8a8', '#707070', '#c8a8ff'],
  },
};

/** Every area keeps one colour across the dashboard: the West of England is always the first. */
export const AREA_SLOT: Readonly<Record<AreaId, number>> = {
  woe: 0,
  E06000022: 2,
  E06000023: 1,
  E06000024: 3,
  E06000025: 4,
  E12000009: 5,
  E92000001: 6,
};

/** Dash patterns, the non-colour cue for lines: one per slot. */
export const DASHES: readonly string[] = ['', '6 3', '2 3', '8 3 2 3', '1 2', '10 4', '4 2 1 2', ''];

/** CSS custom properties for one theme (used to generate virtual:theme.css). */
export function themeCss(t: Theme): string {
  const vars: Record<string, string> = {
    bg: t.background,
    surface: t.surface,
    text: t.text,
    muted: t.muted,
    grid: t.grid,
    axis: t.axis,
    focus: t.focus,
    link: t.link,
    shade: t.shade,
    dim: t.dim,
  };
  t.series.forEach((c, i) => (vars[`s${i}`] = c));
  SEQUENTIAL_RAMPS[t.name].forEach((c, i) => (vars[`q${i}`] = c));
  DIVERGING_RAMPS[t.name].forEach((c, i) => (vars[`v${i}`] = c));
  return Object.entries(vars)
    .map(([k, v]) => `--ee-${k}:${v};`)
    .join('');
}
