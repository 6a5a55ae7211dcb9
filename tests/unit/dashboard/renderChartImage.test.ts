import { describe, expect, test } from 'vitest';
import { TABS } from '../../../src/dashboard/tabs';
import { chartImageSvg, PROJECTOR_THEME } from '../../../src/dashboard/present/renderChartImage';

const ids = [...new Set(TABS.flatMap((t) => t.charts.map((c) => c.id)))];

describe('chartImageSvg: a chart drawn from its data, not from the page', () => {
  test.each(ids)('%s: one standalone SVG of the asked size, in concrete projector colours, with no page-only markup', (id) => {
    const svg = chartImageSvg(id, {}, { width: 960, height: 540, theme: 'projector' });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="960" height="540"')).toBe(true);
    expect(svg).not.toMatch(/var\(|<div|<script|data-mark|tabindex|role=/);
    // Concrete colours: the theme's series, or (the hex map) its colour scale.
    expect(PROJECTOR_THEME.series.some((c) => svg.includes(c)) || /fill="#[0-9a-f]{6}"/i.test(svg)).toBe(true);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    if (id === 'compare-hexmap') {
      // A map: one hexagon per English authority, and its legend's words.
      // (one path a colour class, a hexagon a subpath)
      const hexes = [...doc.querySelectorAll('path.ee-hex')].reduce((n, p) => n + (p.getAttribute('d')?.match(/M/g)?.length ?? 0), 0);
      expect(hexes).toBeGreaterThanOrEqual(296);
      expect(doc.querySelectorAll('text').length).toBeGreaterThanOrEqual(3);
    } else expect(doc.querySelectorAll('text').length).toBeGreaterThan(3);
  });

  test('follows the choices: a chart drawn with fewer areas draws fewer series', () => {
    const all = chartImageSvg('economy', {}, { width: 960, height: 540, theme: 'light' });
    const one = chartImageSvg('economy', { areas: ['woe'] }, { width: 960, height: 540, theme: 'light' });
    expect(one.length).toBeLessThan(all.length);
  });

  test('an unknown chart is refused with its id', () => {
    expect(() => chartImageSvg('nope', {}, { width: 960, height: 540, theme: 'light' })).toThrow(/"nope"/);
  });
});
