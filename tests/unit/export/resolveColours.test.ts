import { describe, expect, it } from 'vitest';
import { LIVE_PALETTE, THEME_NAMES, THEMES, themeCss } from '../../../src/charts/theme';
import { resolveColours } from '../../../src/export/resolveColours';

const NAMES = [
  'bg',
  'surface',
  'text',
  'muted',
  'grid',
  'axis',
  'focus',
  'link',
  'shade',
  'dim',
  ...Array.from({ length: 8 }, (_, i) => `s${i}`),
];

describe.each(THEME_NAMES)('resolveColours with the %s theme', (name) => {
  const theme = THEMES[name];
  const css = themeCss(theme);

  it('turns every variable the page defines into the colour the page would show', () => {
    for (const v of NAMES) {
      const expected = new RegExp(`--ee-${v}:([^;]+);`).exec(css)![1];
      expect(resolveColours(`<rect fill="var(--ee-${v})"/>`, theme)).toBe(`<rect fill="${expected}"/>`);
    }
  });

  it('leaves no var( behind in a chart drawn with the live palette, fallbacks and unknowns included', () => {
    const marks = [
      ...Object.values(LIVE_PALETTE).flat(),
      'var(--ee-s3, #123456)',
      'var( --ee-text )',
      'VAR(--ee-grid)',
      'var(--ee-s0,var(--ee-s1, rgb(1, 2, 3)))',
      'var(--unknown)',
    ];
    const svg = `<svg>${marks.map((m, i) => `<path d="M${i}" stroke="${m}" style="fill: ${m}; opacity: .5"/>`).join('')}</svg>`;
    const out = resolveColours(svg, theme);
    expect(out).not.toMatch(/var\(/i);
    expect(out).toContain(`stroke="${theme.series[3]}"`);
    expect(out).toContain(`style="fill: ${theme.grid}; opacity: .5"`);
  });

  it("gives an unknown variable, or one with only a fallback, the theme's text colour", () => {
    expect(resolveColours('fill="var(--ee-nope, #abcdef)" stroke="var(--other)"', theme)).toBe(
      `fill="${theme.text}" stroke="${theme.text}"`,
    );
  });

  it('replaces a var( left unclosed rather than leave it', () => {
    expect(resolveColours('<rect fill="var(--ee-s0', theme)).not.toContain('var(');
  });
});

describe('resolveColours: what it leaves alone', () => {
  it('keeps markup without variables as it is, and words merely ending in "var("', () => {
    const svg = '<svg viewBox="0 0 10 10"><text fill="#000">envar(x) £</text></svg>';
    expect(resolveColours(svg, THEMES.light)).toBe(svg);
  });
});
