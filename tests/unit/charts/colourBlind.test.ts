import {
  converter,
  differenceEuclidean,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterDeficiencyTrit,
  parse,
  wcagContrast,
} from 'culori';
import { describe, expect, it } from 'vitest';
import type { ThemeName } from '../../../src/themes/themes';
import { AREA_SLOT, DASHES, THEMES } from '../../../src/themes/themes';

/*
 * Colour-vision-deficiency check of the area palette, with culori's colour
 * maths. Simulation: Machado, Oliveira & Fernandes (2009), "A
 * Physiologically-based Model for Simulation of Color Vision Deficiency",
 * IEEE TVCG 15(6), severity 1.0 (culori's filterDeficiency* matrices). The
 * model is defined on linear RGB, while culori applies its matrix to whatever
 * r, g, b it is given: we hand it the linear values and read the result back
 * as linear RGB, clamped to the displayable range. Difference: CIE76 ΔE in
 * CIELAB (D65). Contrast: WCAG 2 relative luminance, 3:1 for graphical
 * objects (SC 1.4.11).
 */

type Lab = readonly [number, number, number];

const SIMULATE = {
  protanopia: filterDeficiencyProt(1),
  deuteranopia: filterDeficiencyDeuter(1),
  tritanopia: filterDeficiencyTrit(1),
} as const;
type Deficiency = keyof typeof SIMULATE;
const DEFICIENCIES = Object.keys(SIMULATE) as Deficiency[];

const toLinear = converter('lrgb');
const toLab = converter('lab65');
const clamp = (v: number) => Math.min(1, Math.max(0, v));

function linear(hex: string): { r: number; g: number; b: number } {
  if (!/^#[0-9a-f]{6}$/i.test(hex)) throw new Error(`not a #rrggbb colour: ${hex}`);
  const c = toLinear(parse(hex));
  if (!c) throw new Error(`culori cannot read ${hex}`);
  return c;
}

/** The colour as CIELAB (D65), as seen with normal vision or with a deficiency. */
function seen(hex: string, d?: Deficiency): Lab {
  let { r, g, b } = linear(hex);
  if (d) {
    const s = SIMULATE[d]({ mode: 'rgb', r, g, b });
    [r, g, b] = [clamp(s.r), clamp(s.g), clamp(s.b)];
  }
  const { l, a, b: bb } = toLab({ mode: 'lrgb', r, g, b });
  return [l, a, bb];
}

const cie76 = differenceEuclidean('lab65');
const deltaE = (x: Lab, y: Lab) => cie76({ mode: 'lab65', l: x[0], a: x[1], b: x[2] }, { mode: 'lab65', l: y[0], a: y[1], b: y[2] });
const contrast = (a: string, b: string) => wcagContrast(a, b);

/** The 7 area colours of a theme, by slot, with the areas that use them. */
const areaColours = (t: ThemeName) =>
  Object.entries(AREA_SLOT).map(([area, slot]) => ({ area, slot, hex: THEMES[t].series[slot] as string }));

const pairs = <T>(xs: readonly T[]): [T, T][] => xs.flatMap((a, i) => xs.slice(i + 1).map((b): [T, T] => [a, b]));

describe('the simulator itself', () => {
  it('converts sRGB to CIELAB correctly (red, white, mid grey)', () => {
    const red = seen('#ff0000');
    expect(red[0]).toBeCloseTo(53.24, 1);
    expect(red[1]).toBeCloseTo(80.09, 0);
    expect(red[2]).toBeCloseTo(67.2, 0);
    const white = seen('#ffffff');
    expect(white[0]).toBeCloseTo(100, 2);
    expect(Math.abs(white[1]) + Math.abs(white[2])).toBeLessThan(0.05);
    expect(seen('#777777')[0]).toBeCloseTo(50.03, 1);
  });

  it('leaves greys grey under every simulation (each matrix row sums to 1)', () => {
    for (const d of DEFICIENCIES) {
      for (const grey of ['#000000', '#5b5b5b', '#b5b5b5', '#ffffff'])
        expect(deltaE(seen(grey), seen(grey, d)), `${d} ${grey}`).toBeLessThan(0.5);
    }
  });

  it('collapses red and green for protanopia and deuteranopia but not for tritanopia', () => {
    const normal = deltaE(seen('#d55e00'), seen('#009e73'));
    expect(deltaE(seen('#ff0000', 'protanopia'), seen('#00a000', 'protanopia'))).toBeLessThan(deltaE(seen('#ff0000'), seen('#00a000')) / 3);
    expect(deltaE(seen('#ff0000', 'deuteranopia'), seen('#00a000', 'deuteranopia'))).toBeLessThan(
      deltaE(seen('#ff0000'), seen('#00a000')) / 3,
    );
    expect(deltaE(seen('#d55e00', 'tritanopia'), seen('#009e73', 'tritanopia'))).toBeGreaterThan(normal / 2);
  });
});

describe('area colours that share a chart stay distinguishable under colour-vision deficiency (ΔE76 ≥ 10)', () => {
  it('the seven areas use seven different slots', () => {
    expect(new Set(Object.values(AREA_SLOT)).size).toBe(7);
  });

  /*
   * Which areas appear together: the West of England with the four
   * authorities (dependency ratios, economy, GDP per head), and the West of
   * England with the South West and England (emissions per head). An
   * authority never shares a chart with the South West or England.
   */
  const GROUPS = {
    'West of England and the four authorities': ['woe', 'E06000022', 'E06000023', 'E06000024', 'E06000025'],
    'West of England, South West and England': ['woe', 'E12000009', 'E92000001'],
  } as const;

  const closeInGroup = (t: ThemeName, d: Deficiency | undefined, members: readonly string[], min: number) =>
    pairs(areaColours(t).filter((c) => members.includes(c.area)))
      .map(([a, b]) => ({ a, b, dE: deltaE(seen(a.hex, d), seen(b.hex, d)) }))
      .filter((p) => p.dE < min)
      .map((p) => `${p.a.hex} (${p.a.area}) / ${p.b.hex} (${p.b.area}): ΔE ${p.dE.toFixed(1)}`);

  for (const t of ['light', 'dark', 'contrast'] as const) {
    for (const [group, members] of Object.entries(GROUPS)) {
      for (const d of DEFICIENCIES) {
        it(`${t} theme, ${d}: ${group}`, () => {
          expect(closeInGroup(t, d, members, 10)).toEqual([]);
        });
      }
      it(`${t} theme, normal vision (ΔE ≥ 20): ${group}`, () => {
        expect(closeInGroup(t, undefined, members, 20)).toEqual([]);
      });
    }
  }

  it('every area has its own dash pattern, so lines never rely on colour alone', () => {
    expect(new Set(Object.values(AREA_SLOT).map((slot) => DASHES[slot])).size).toBe(7);
  });
});

describe('the West of England is the hero, comparators are muted greys', () => {
  for (const t of ['light', 'dark', 'contrast'] as const) {
    it(`${t} theme: England and the South West are greys, never black or white; the West of England is a colour`, () => {
      for (const area of ['E12000009', 'E92000001'] as const) {
        const [l, a, b] = seen(THEMES[t].series[AREA_SLOT[area]] as string);
        expect(Math.hypot(a, b), `${area} chroma`).toBeLessThan(3);
        expect(l, `${area} lightness`).toBeGreaterThan(30);
        expect(l, `${area} lightness`).toBeLessThan(78);
      }
      const [, a, b] = seen(THEMES[t].series[AREA_SLOT.woe] as string);
      expect(Math.hypot(a, b)).toBeGreaterThan(30);
    });
  }
});

describe('series colours stand out from the chart surface (WCAG 1.4.11, 3:1)', () => {
  for (const t of ['light', 'dark', 'contrast'] as const) {
    it(`${t} theme: every series colour`, () => {
      const low = THEMES[t].series.filter((c) => contrast(c, THEMES[t].surface) < 3);
      expect(low).toEqual([]);
    });
    it(`${t} theme: the dim colour of bars that are not highlighted`, () => {
      expect(contrast(THEMES[t].dim, THEMES[t].surface)).toBeGreaterThanOrEqual(3);
    });
  }

  it('the contrast function gives the WCAG reference values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
