import { describe, expect, test } from 'vitest';
import { specById } from '../../../src/dashboard/deck';
import { embedHeight, embedSnippet } from '../../../src/dashboard/embed/embedSnippet';
import { embedPath } from '../../../src/dashboard/embed/embedUrl';
import type { ChartUnit as ChartSpec } from '../../../src/units/unit';
import { INITIAL } from '../../../src/state/store';

const spec = specById('economy') as ChartSpec;

describe('the embed snippet', () => {
  test('an iframe of the embed page, full width, a fixed height, lazy, sending no referrer, with the chart title as its title', () => {
    const html = embedSnippet(spec, 'https://x.org/embed/economy/?economy.mode=indexed&theme=dark', 812);
    expect(html).toBe(
      `<iframe src="https://x.org/embed/economy/?economy.mode=indexed&amp;theme=dark" title="${spec.title}" loading="lazy" referrerpolicy="no-referrer" style="width:100%;height:890px;border:0"></iframe>`,
    );
  });

  test('the height is the measured card plus the credit line, kept between 600 and 1600 px; unmeasured, a per-kind default', () => {
    expect(embedHeight(spec, 300)).toBe(600);
    expect(embedHeight(spec, 5000)).toBe(1600);
    expect(embedHeight(spec, Number.NaN)).toBe(embedHeight(spec));
    expect(embedHeight(spec)).toBeGreaterThanOrEqual(800);
  });

  test('a title with quotes or angle brackets cannot break out of the attribute', () => {
    const html = embedSnippet({ ...spec, title: 'A "quoted" <b>title</b> & more' }, 'https://x.org/embed/economy/');
    expect(html).toContain('title="A &quot;quoted&quot; &lt;b>title&lt;/b> &amp; more"');
  });
});

describe('embedPath', () => {
  test("carries this chart's choices and the theme, not other charts', the deck or presentation", () => {
    const path = embedPath('economy', {
      ...INITIAL,
      tab: 'business',
      theme: 'dark',
      present: true,
      slide: 3,
      deck: ['decoupling'],
      charts: { economy: { mode: 'indexed' }, decoupling: { from: 2010 } },
    });
    expect(path).toBe('embed/economy/?theme=dark&economy.mode=indexed');
  });

  test('the default view has no query at all', () => {
    expect(embedPath('economy', INITIAL)).toBe('embed/economy/');
  });
});
