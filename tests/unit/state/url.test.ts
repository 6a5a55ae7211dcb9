import { describe, expect, it } from 'vitest';
import { THEME_NAMES } from '../../../src/themes/themes';
import { ALL_RULES } from '../../../src/dashboard/tabs';
import { TAB_IDS } from '../../../src/datasets/tabIds';
import { decodeUrl, encodeUrl } from '../../../src/state/url';
import type { Choices, ThemeChoice } from '../../../src/state/store';
import { INITIAL } from '../../../src/state/store';

/** Choices besides tab, theme and charts, at their defaults: not presenting, no custom deck. */
const NO_DECK = { present: false, slide: 1, deck: [] as string[] };

/** Encode, then read the address back the way the browser would. */
const roundTrip = (base: string, c: Choices): Choices => {
  const url = new URL(encodeUrl(base, c, ALL_RULES), 'https://example.org');
  return decodeUrl(url.pathname, url.search, ALL_RULES);
};

describe('URL encoding of the tab and the theme', () => {
  it('writes the tab as a folder and the theme as a parameter', () => {
    expect(encodeUrl('/evidence/', { ...NO_DECK, tab: 'clean-growth', theme: 'dark', charts: {} }, ALL_RULES)).toBe(
      '/evidence/clean-growth/?theme=dark',
    );
    expect(encodeUrl('/', { ...NO_DECK, tab: 'overview', theme: 'contrast', charts: {} }, ALL_RULES)).toBe('/?theme=contrast');
  });

  it('writes nothing for the defaults: the overview with the automatic theme is the bare base', () => {
    expect(encodeUrl('/evidence/', INITIAL, ALL_RULES)).toBe('/evidence/');
    expect(encodeUrl('/', { ...INITIAL, tab: 'business' }, ALL_RULES)).toBe('/business/');
  });

  it('reads back every tab and every theme, at the root and under a sub-path', () => {
    const themes: ThemeChoice[] = ['auto', ...THEME_NAMES];
    for (const base of ['/', '/evidence/']) {
      for (const tab of TAB_IDS) {
        for (const theme of themes)
          expect(roundTrip(base, { ...NO_DECK, tab, theme, charts: {} })).toEqual({ ...NO_DECK, tab, theme, charts: {} });
      }
    }
  });

  it.each(['purple', '', 'Dark', 'auto', 'dark ', 'light,dark'])('falls back to the automatic theme for theme=%j', (t) => {
    expect(decodeUrl('/evidence/', `?theme=${encodeURIComponent(t)}`, ALL_RULES).theme).toBe('auto');
  });

  it('reads the first theme when a link repeats it', () => {
    expect(decodeUrl('/', '?theme=light&theme=dark', ALL_RULES).theme).toBe('light');
  });

  it('ignores unknown parameters and never throws on nonsense', () => {
    expect(decodeUrl('/innovation/', '?utm_source=x&theme=dark&foo', ALL_RULES)).toEqual({
      ...NO_DECK,
      tab: 'innovation',
      theme: 'dark',
      charts: {},
    });
    expect(() => decodeUrl('/%%%/', '?%E0%A4%A=1&theme=%', ALL_RULES)).not.toThrow();
  });

  it('reads an unknown path as the overview', () => {
    expect(decodeUrl('/evidence/nowhere/', '?theme=light', ALL_RULES)).toEqual({ ...NO_DECK, tab: 'overview', theme: 'light', charts: {} });
  });
});

describe('URL encoding of chart choices', () => {
  it('round-trips choices that differ from the defaults', () => {
    const c: Choices = {
      ...NO_DECK,
      tab: 'business',
      theme: 'auto',
      charts: {
        'university-income': { sort: 'name', table: true },
        economy: { mode: 'indexed', areas: ['E06000023', 'E06000025'] },
        'co2-per-head': { hidden: ['woe'] },
      },
    };
    expect(roundTrip('/evidence/', c)).toEqual(c);
  });

  it('drops a value the chart does not offer', () => {
    const c = decodeUrl('/innovation/', '?university-income.sort=price&university-income.show=woe', ALL_RULES);
    expect(c.charts).toEqual({ 'university-income': { show: 'woe' } });
  });

  it('ignores choices for a chart that does not exist', () => {
    expect(decodeUrl('/', '?no-such-chart.sort=name', ALL_RULES).charts).toEqual({});
  });
});
