import { describe, expect, it } from 'vitest';
import { slideSvg } from '../../../src/export/slideSvg';
import { THEMES } from '../../../src/themes/themes';

const base = {
  title: 'Emissions per person are lower in the West of England',
  finding: 'In 2020 the West of England emitted 4.1 t CO2 per person & England 4.6.',
  sourceLine: 'Source: BEIS (2022 release). Contains public sector information licensed under the Open Government Licence v3.0.',
  url: 'https://example.org/environment/?co2-per-head.measure=co2#co2-per-head',
  downloadedAt: new Date('2026-11-30T12:00:00Z'),
  theme: THEMES.dark,
};

describe('slideSvg', () => {
  it('is 1920×1080 (16:9) by default, on the theme’s surface, with title, finding, source, link and date', () => {
    const asked: [number, number][] = [];
    const { svg, width, height } = slideSvg({ ...base, chart: (w, h) => (asked.push([w, h]), `<svg width="${w}" height="${h}"/>`) });
    expect([width, height]).toEqual([1920, 1080]);
    expect(svg).toContain('width="1920" height="1080" viewBox="0 0 1920 1080"');
    expect(svg).toContain(`fill="${THEMES.dark.surface}"`);
    expect(svg).toContain(base.title);
    expect(svg).toContain('England 4.6.'.replace('&', '&amp;'));
    expect(svg).toContain('&amp; England');
    expect(svg).toContain('Source: BEIS (2022 release).');
    expect(svg).toContain('co2-per-head.measure=co2');
    expect(svg).toContain('30 November 2026');
    expect(svg.match(/Open Government Licence/g)).toHaveLength(1);
    // The chart gets the width inside the margins and most of the height.
    const [[w, h]] = asked as [[number, number]];
    expect(w).toBeLessThan(1920);
    expect(w).toBeGreaterThan(1700);
    expect(h).toBeGreaterThan(600);
    expect(h).toBeLessThan(1080);
  });

  it('keeps every line of text inside the slide', () => {
    const long = 'word '.repeat(200);
    const { svg } = slideSvg({ ...base, title: long, finding: long, sourceLine: long, chart: () => '' });
    const ys = [...svg.matchAll(/<tspan x="(\d+)" y="(\d+)"/g)].map((m) => Number(m[2]));
    expect(ys.length).toBeGreaterThan(3);
    for (const y of ys) expect(y).toBeLessThanOrEqual(1080);
    const lines = [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1] ?? '');
    // 44 px title at ~0.56 em a character: a 1792 px line holds about 72 characters.
    for (const l of lines) expect(l.length).toBeLessThan(180);
  });
});
