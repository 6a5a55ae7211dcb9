import { converter, differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, filterDeficiencyTrit, wcagContrast } from 'culori';
import type { Color } from 'culori';
import { describe, expect, it } from 'vitest';
import { DIVERGING_RAMPS, SEQUENTIAL_RAMPS } from '../../../src/charts/compareColors';
import { THEMES } from '../../../src/themes/themes';

/*
 * The map ramps, checked for every theme's card colour: order by lightness
 * (readable without hue), neighbours apart under protanopia, deuteranopia and
 * tritanopia (culori's Machado 2009 filters, CIEDE2000), and the far end of
 * each ramp at 3:1 against the card (WCAG 1.4.11) so the extremes stand out.
 */
const lightness = (c: string) => converter('lab')(c)?.l ?? NaN;
const de = differenceCiede2000();
const rgb = (c: string): Color => converter('rgb')(c) ?? { mode: 'rgb', r: 0, g: 0, b: 0 };
const SIMS: Record<'none' | 'protanopia' | 'deuteranopia' | 'tritanopia', (c: string) => Color> = {
  none: rgb,
  protanopia: (c) => filterDeficiencyProt(1)(rgb(c)),
  deuteranopia: (c) => filterDeficiencyDeuter(1)(rgb(c)),
  tritanopia: (c) => filterDeficiencyTrit(1)(rgb(c)),
};
const THEME_NAMES = ['light', 'dark', 'contrast'] as const;

describe.each(THEME_NAMES)('map ramps in the %s theme', (name) => {
  const surface = THEMES[name].surface;
  const seq = SEQUENTIAL_RAMPS[name];
  const div = DIVERGING_RAMPS[name];

  it('sequential: lightness moves steadily away from the card, and the far end has 3:1 against it', () => {
    const ls = seq.map(lightness);
    const towardsDark = lightness(surface) > 50;
    for (let i = 1; i < ls.length; i++) expect(towardsDark ? ls[i]! < ls[i - 1]! : ls[i]! > ls[i - 1]!).toBe(true);
    expect(wcagContrast(seq.at(-1)!, surface)).toBeGreaterThanOrEqual(3);
    expect(wcagContrast(seq[0]!, surface)).toBeGreaterThanOrEqual(1.3);
  });

  it('diverging: both ends have 3:1 against the card, the middle is nearest it', () => {
    expect(div.length % 2).toBe(0);
    expect(wcagContrast(div[0]!, surface)).toBeGreaterThanOrEqual(3);
    expect(wcagContrast(div.at(-1)!, surface)).toBeGreaterThanOrEqual(3);
    const c = div.map((x) => wcagContrast(x, surface));
    const mid = div.length / 2;
    expect(Math.min(...c)).toBe(Math.min(c[mid - 1]!, c[mid]!));
  });

  it.each(Object.keys(SIMS) as (keyof typeof SIMS)[])('neighbouring steps stay apart with %s', (sim) => {
    const f = SIMS[sim];
    for (const ramp of [seq, div]) for (let i = 1; i < ramp.length; i++) expect(de(f(ramp[i]!), f(ramp[i - 1]!))).toBeGreaterThanOrEqual(5);
  });
});
