/**
 * Presentation mode on the screens it is for: at 1280×720 and 1920×1080, on
 * every slide of the default deck of two tabs, nothing overflows the window
 * (no scrollbar, no element outside it) and the smallest chart text is at
 * least 18 px and 24 px; the keyboard drives the deck and Esc returns to the
 * dashboard; a deep link opens a slide of a custom deck, and survives a reload.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectClean, waitForApp } from './support/app';
import { openPage } from './support/browser';
import { servedSite } from './support/site';

const site = servedSite();

/** What is wrong with the slide on screen: elements outside the window, scrollbars, and the smallest chart text in CSS pixels. */
async function measureSlide(page: Page) {
  return page.evaluate(() => {
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const outside: string[] = [];
    document.querySelectorAll('.ee-present *').forEach((e) => {
      const r = e.getBoundingClientRect();
      if (r.width > 0 && (r.right > vw + 0.5 || r.bottom > vh + 0.5 || r.left < -0.5 || r.top < -0.5))
        outside.push(`${e.tagName.toLowerCase()}.${e.getAttribute('class') ?? ''}`);
    });
    let smallest = Infinity;
    document.querySelectorAll<SVGTextElement>('.ee-slide-chart svg text').forEach((t) => {
      if (!t.textContent?.trim()) return;
      const svg = t.closest('svg') as SVGSVGElement;
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      smallest = Math.min(smallest, parseFloat(getComputedStyle(t).fontSize) * scale);
    });
    const present = document.querySelector('.ee-present') as HTMLElement;
    return {
      outside,
      smallest,
      scrolls: present.scrollHeight > present.clientHeight + 1 || present.scrollWidth > present.clientWidth + 1,
      label: document.querySelector('.ee-slide')?.getAttribute('aria-label') ?? '',
    };
  });
}

const SIZES = [
  { width: 1280, height: 720, minText: 18 },
  { width: 1920, height: 1080, minText: 24 },
] as const;

describe.each(SIZES)('slides at $width×$height', ({ width, height, minText }) => {
  for (const tab of ['clean-growth', 'inclusive-growth', 'workshop'] as const) {
    test(`every slide of ${tab} fits the window, with chart text ≥ ${minText} px`, async () => {
      const opened = await openPage(site.browser, `${site.server.url}${tab}/?present=1`, { width, height });
      try {
        await waitForApp(opened.page);
        await opened.page.waitForSelector('.ee-slide');
        const count = Number((await opened.page.textContent('.ee-present-count'))?.split('/')[1]);
        expect(count).toBeGreaterThanOrEqual(3);
        for (let i = 1; i <= count; i++) {
          await opened.page.waitForFunction(
            (n) => document.querySelector('.ee-slide')?.getAttribute('aria-label')?.startsWith(`Slide ${n} of`),
            i,
          );
          await opened.page.waitForTimeout(100);
          const m = await measureSlide(opened.page);
          expect(m.outside, `${m.label}: elements outside the window`).toEqual([]);
          expect(m.scrolls, `${m.label}: scrollbar`).toBe(false);
          expect(m.smallest, `${m.label}: smallest chart text`).toBeGreaterThanOrEqual(minText - 0.05);
          await opened.page.keyboard.press('ArrowRight');
        }
        expectClean(opened, tab);
      } finally {
        await opened.close();
      }
    });
  }
});

test('the keyboard drives the deck, the URL follows the slide, and Esc returns to the dashboard as it was', async () => {
  const opened = await openPage(site.browser, `${site.server.url}clean-growth/?co2-per-head.measure=ghg`, { width: 1280, height: 720 });
  try {
    const { page } = opened;
    await waitForApp(page);
    await page.evaluate(() => window.scrollTo(0, 600));
    // Click where the reader is: a locator click would scroll the header into view first.
    await page.evaluate(() => (document.querySelector('.ee-header-tools .ee-button--primary') as HTMLElement).click());
    await page.waitForSelector('.ee-slide');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('slide') === '2');
    expect(await page.textContent('.ee-slide h2')).toMatch(/CO2e per person/);
    await page.keyboard.press('End');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('slide') === '3');
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('slide') === '1');
    await page.keyboard.press('Escape');
    await page.waitForSelector('.ee-present', { state: 'detached' });
    // The address is written after the next paint.
    await page.waitForFunction(() => location.search === '?co2-per-head.measure=ghg');
    await page.waitForFunction(() => Math.abs(window.scrollY - 600) < 2);
    expectClean(opened);
  } finally {
    await opened.close();
  }
});

test('a deep link opens slide 3 of a custom deck, and a reload keeps it', async () => {
  const link = `${site.server.url}innovation/?deck=university-income,decoupling,gdp-per-head,population-growth&present=1&slide=3`;
  const opened = await openPage(site.browser, link, { width: 1280, height: 720 });
  try {
    const { page } = opened;
    await waitForApp(page);
    await page.waitForSelector('.ee-slide[data-slide="gdp-per-head"]');
    expect(await page.textContent('.ee-present-count')).toContain('3 / 4');
    await page.reload();
    await waitForApp(page);
    await page.waitForSelector('.ee-slide[data-slide="gdp-per-head"]');
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('.ee-slide[data-slide="population-growth"]');
    expectClean(opened);
  } finally {
    await opened.close();
  }
});
