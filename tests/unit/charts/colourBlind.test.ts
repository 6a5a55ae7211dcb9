import { describe, expect, it } from 'vitest';
import type { ThemeName } from '../../../src/charts/theme';
import { AREA_SLOT, DASHES, THEMES } from '../../../src/charts/theme';

/*
 * Colour-vision-deficiency check of the area palette.
 *
 * Simulation: Machado, Oliveira & Fernandes (2009), "A Physiologically-based
 * Model for Simulation of Color Vision Deficiency", IEEE TVCG 15(6), severity
 * 1.0 matrices, applied to linear RGB. Difference: CIE76 ΔE in CIELAB (D65).
 * Contrast: WCAG 2 relative luminance, 3:1 for graphical objects (SC 1.4.11).
 */

type Vec3 = readonly [number, number, number];
type Mat3 = readonly [Vec3, Vec3, Vec3];

const MACHADO_1_0: Readonly<Record<'protanopia' | 'deuteranopia' | 'tritanopia', Mat3>> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};
type Deficiency = keyof typeof MACHADO_1_0;
const DEFICIENCIES = Object.keys(MACHADO_1_0) as Deficiency[];

const srgb = (hex: string): Vec3 => {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [parseInt(m[1] as string, 16) / 255, parseInt(m[2] as string, 16) / 255, parseInt(m[3] as string, 16) / 255];
};
const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const linear = (hex: string): Vec3 => srgb(hex).map(toLinear) as unknown as Vec3;
const clamp = (v: number) => Math.min(1, Math.max(0, v));
const apply = (m: Mat3, v: Vec3): Vec3 => m.map((row) => clamp(row[0] * v[0] + row[1] * v[1] + row[2] * v[2])) as unknown as Vec3;

/** Linear RGB → CIELAB (D65 white). */
function lab([r, g, b]: Vec3): Vec3 {
  const X = 0.4124564 * r + 0.3575761 * g + 0.1804375 * b;
  const Y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const Z = 0.0193339 * r + 0.119192 * g + 0.9503041 * b;
  const e = (6 / 29) ** 3;
  const f = (t: number) => (t > e ? Math.cbrt(t) : t / (3 * (6 / 29) ** 2) + 4 / 29);
  const fx = f(X / 0.95047);
  const fy = f(Y / 1);
  const fz = f(Z / 1.08883);
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

const seen = (hex: string, d?: Deficiency | undefined): Vec3 => lab(d ? apply(MACHADO_1_0[d], linear(hex)) : linear(hex));
const deltaE = (a: Vec3, b: Vec3) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

const luminance = (hex: string) => {
  const [r, g, b] = linear(hex);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

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
