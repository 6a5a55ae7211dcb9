/**
 * Every slide of every tab's deck, at 1280×720 and 1920×1080, measured by
 * bounding boxes: each chart text and mark lies inside its chart (an SVG
 * clips what leaves it: the end label that loses its bracket) and inside the
 * slide; no two text labels overlap (1 px tolerance); nothing lies past the
 * window; a slide's y axis has at most six gridlines; the slide's legend
 * names only series drawn. One browser and one page for the whole walk.
 *
 * SLIDE_SHOTS=<dir> also saves a screenshot of every slide there, to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { TAB_IDS, expectClean, tabUrl, waitForApp } from './support/app';
import { openPage } from './support/browser';
import type { OpenedPage } from './support/browser';
import { servedSite } from './support/site';

const site = servedSite();

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

const SHOTS = process.env.SLIDE_SHOTS;

/** The problems of the slide on screen, each as a sentence naming what and where. */
async function slideProblems(page: Page): Promise<{ label: string; problems: string[] }> {
  return page.evaluate(() => {
    const TOL = 1;
    const problems: string[] = [];
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const name = (e: Element) => {
      const text = e.textContent?.trim().slice(0, 40);
      return `<${e.tagName.toLowerCase()}${e.getAttribute('class') ? ` class="${e.getAttribute('class')}"` : ''}>${text ? ` "${text}"` : ''}`;
    };
    const inside = (r: DOMRect, box: DOMRect) =>
      r.left >= box.left - TOL && r.right <= box.right + TOL && r.top >= box.top - TOL && r.bottom <= box.bottom + TOL;
    const fmt = (r: DOMRect) => `[${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.right)},${Math.round(r.bottom)}]`;

    const present = document.querySelector('.ee-present') as HTMLElement;
    const viewport = new DOMRect(0, 0, vw, vh);
    present.querySelectorAll('*').forEach((e) => {
      const r = e.getBoundingClientRect();
      if (r.width > 0 && r.height > 0 && !inside(r, viewport)) problems.push(`${name(e)} ${fmt(r)} is past the window`);
    });
    if (present.scrollHeight > present.clientHeight + 1 || present.scrollWidth > present.clientWidth + 1)
      problems.push('the presentation scrolls');

    const slide = document.querySelector('.ee-slide') as HTMLElement;
    const slideBox = slide.getBoundingClientRect();
    const texts: { e: Element; r: DOMRect }[] = [];
    slide.querySelectorAll('svg.ee-chart').forEach((svg) => {
      const svgBox = svg.getBoundingClientRect();
      if (!inside(svgBox, slideBox)) problems.push(`the chart ${fmt(svgBox)} leaves the slide ${fmt(slideBox)}`);
      // The drawing: text and marks, not the invisible keyboard targets.
      svg.querySelectorAll('text, path, rect, circle, line, polygon').forEach((e) => {
        if (e.closest('.ee-focus-layer')) return;
        const r = e.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) return;
        if (!inside(r, svgBox)) problems.push(`${name(e)} ${fmt(r)} leaves its chart ${fmt(svgBox)}`);
        if (e.tagName === 'text' && e.textContent?.trim()) texts.push({ e, r });
      });
    });
    for (let i = 0; i < texts.length; i++)
      for (let j = i + 1; j < texts.length; j++) {
        const a = texts[i] as { e: Element; r: DOMRect };
        const b = texts[j] as { e: Element; r: DOMRect };
        const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (w > TOL && h > TOL) problems.push(`${name(a.e)} ${fmt(a.r)} overlaps ${name(b.e)} ${fmt(b.r)}`);
      }

    // Few gridlines on a projector: about four or five ticks, never more than six.
    slide.querySelectorAll('.ee-axis--y').forEach((axis) => {
      const n = axis.querySelectorAll('text').length;
      if (n > 6) problems.push(`a y axis has ${n} ticks`);
    });
    // The legend names only what is drawn.
    const drawn = new Set([...slide.querySelectorAll('svg [data-series]')].map((e) => e.getAttribute('data-series')));
    const legend = slide.querySelectorAll('.ee-legend [data-legend-series]');
    if (drawn.size > 0)
      legend.forEach((li) => {
        if (!drawn.has(li.getAttribute('data-legend-series'))) problems.push(`the legend names ${name(li)}, not drawn`);
      });
    return { label: slide.getAttribute('aria-label') ?? '', problems };
  });
}

test('every slide of every deck keeps its text and marks inside the slide, without overlaps, at 1280×720 and 1920×1080', async () => {
  let opened: OpenedPage | undefined;
  const problems: string[] = [];
  let slides = 0;
  try {
    for (const size of SIZES) {
      if (!opened) opened = await openPage(site.browser, 'about:blank', size);
      else await opened.page.setViewportSize(size);
      const { page } = opened;
      for (const tab of TAB_IDS) {
        await page.goto(tabUrl(site.server.url, tab, '?present=1'), { waitUntil: 'load' });
        await waitForApp(page);
        await page.waitForSelector('.ee-slide');
        const count = Number((await page.textContent('.ee-present-count'))?.split('/')[1]);
        expect(count, `${tab}: slides`).toBeGreaterThan(0);
        for (let i = 1; i <= count; i++) {
          await page.waitForFunction(
            (n) =>
              document.querySelector('.ee-slide')?.getAttribute('aria-label')?.startsWith(`Slide ${n} of`) &&
              [...document.querySelectorAll('.ee-slide svg.ee-chart')].every((svg) => svg.querySelector('[data-mark]')),
            i,
          );
          // The slide fades in (opacity only) and measures its chart area once.
          await page.waitForTimeout(220);
          const m = await slideProblems(page);
          slides++;
          problems.push(...m.problems.map((p) => `${size.width}×${size.height} ${tab} ${m.label}: ${p}`));
          if (SHOTS) {
            mkdirSync(SHOTS, { recursive: true });
            await page.screenshot({ path: join(SHOTS, `${size.width}-${tab}-${i}.png`) });
          }
          await page.keyboard.press('ArrowRight');
        }
      }
    }
    expect(problems).toEqual([]);
    expect(slides).toBeGreaterThanOrEqual(2 * 25);
    if (opened) expectClean(opened);
  } finally {
    await opened?.close();
  }
}, 180_000);
