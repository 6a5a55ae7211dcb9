/**
 * Design rules a reader sees: on a phone the current tab is in view in the
 * tab strip; the sticky header keeps Present reachable and never covers a
 * card reached by #<chart>; a lone card fills its row; the Workshop deck's
 * text is at least 18 px at 1280×720 and 24 px at 1920×1080.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectClean, TAB_IDS, tabUrl, waitForApp } from './support/app';
import { launchChromium, openPage } from './support/browser';
import { ensureBuilt } from './support/build';
import { serve } from './support/server';
import type { Served } from './support/server';
import type { Snapshot } from './support/snapshot';
import { snapshotDist } from './support/snapshot';

let browser: Browser;
let server: Served;
let snapshot: Snapshot;

beforeAll(async () => {
  snapshot = await snapshotDist(await ensureBuilt());
  server = await serve(snapshot.dir);
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await snapshot?.remove();
});

const selectedTabBox = () =>
  `(() => { const r = document.querySelector('[role="tab"][aria-selected="true"]').getBoundingClientRect(); return { left: r.left, right: r.right, width: innerWidth }; })()`;

describe.each([360, 390])('a phone %i px wide', (width) => {
  test('shows the current tab inside the screen, on load and after a change', { timeout: 60_000 }, async () => {
    for (const tab of TAB_IDS) {
      const opened = await openPage(browser, tabUrl(server.url, tab), { width, height: 800 });
      try {
        await waitForApp(opened.page);
        await opened.page.waitForFunction(selectedTabBox() + '.right <= innerWidth + 0.5');
        const box = (await opened.page.evaluate(selectedTabBox())) as { left: number; right: number; width: number };
        expect(box.left, tab).toBeGreaterThanOrEqual(-0.5);
        expect(box.right, tab).toBeLessThanOrEqual(box.width + 0.5);
        expectClean(opened, tab);
      } finally {
        await opened.close();
      }
    }
    // A change by the keyboard: End opens the last tab, which scrolls into the strip.
    const opened = await openPage(browser, server.url, { width, height: 800 });
    try {
      await waitForApp(opened.page);
      await opened.page.focus('[role="tab"][aria-selected="true"]');
      await opened.page.keyboard.press('End');
      await opened.page.waitForFunction(() => document.querySelector('[role="tab"][aria-selected="true"]')?.id === 'tab-workshop');
      await opened.page.waitForTimeout(100);
      const box = (await opened.page.evaluate(selectedTabBox())) as { left: number; right: number; width: number };
      expect(box.left).toBeGreaterThanOrEqual(-0.5);
      expect(box.right).toBeLessThanOrEqual(box.width + 0.5);
    } finally {
      await opened.close();
    }
  });
});

test('the sticky header keeps Present in reach and does not cover a card reached by #<chart>', { timeout: 60_000 }, async () => {
  const opened = await openPage(browser, `${tabUrl(server.url, 'clean-growth')}#co2-by-sector`, { width: 1280, height: 800 });
  try {
    const { page } = opened;
    await waitForApp(page);
    await page.waitForFunction(() => window.scrollY > 200);
    // Cards off screen are laid out late (content-visibility): follow the link again once they are.
    await page.evaluate(() => document.getElementById('co2-by-sector')?.scrollIntoView());
    await page.waitForTimeout(300);
    const m = await page.evaluate(() => {
      const header = document.querySelector('.ee-header')?.getBoundingClientRect();
      const card = document.getElementById('co2-by-sector')?.getBoundingClientRect();
      const present = document.querySelector('.ee-header-tools .ee-button--primary')?.getBoundingClientRect();
      return {
        headerBottom: header?.bottom ?? NaN,
        cardTop: card?.top ?? NaN,
        presentTop: present?.top ?? NaN,
        presentBottom: present?.bottom ?? NaN,
      };
    });
    expect(m.presentTop).toBeGreaterThanOrEqual(0);
    expect(m.presentBottom).toBeLessThanOrEqual(m.headerBottom);
    expect(m.cardTop).toBeGreaterThanOrEqual(m.headerBottom);
    // The header compacts once scrolled, so the card may sit a little lower than the margin asked.
    expect(m.cardTop - m.headerBottom).toBeLessThan(80);
    expectClean(opened);
  } finally {
    await opened.close();
  }
});

test('a tab with one card gives it the whole row, and an odd last card spans the row', { timeout: 60_000 }, async () => {
  const opened = await openPage(browser, tabUrl(server.url, 'innovation'), { width: 1280, height: 800 });
  try {
    await waitForApp(opened.page);
    const ratio = await opened.page.evaluate(
      () =>
        (document.querySelector('.ee-cards > *')?.getBoundingClientRect().width ?? 0) /
        (document.querySelector('.ee-cards')?.getBoundingClientRect().width ?? 1),
    );
    expect(ratio).toBeGreaterThan(0.99);
    await opened.page.goto(tabUrl(server.url, 'clean-growth'));
    await waitForApp(opened.page);
    const widths = await opened.page.evaluate(() =>
      [...document.querySelectorAll('.ee-cards > *')].map((c) => c.getBoundingClientRect().width),
    );
    expect(widths).toHaveLength(3);
    expect(widths[2]).toBeGreaterThan((widths[0] ?? 0) * 1.9);
  } finally {
    await opened.close();
  }
});

describe.each([
  { width: 1280, height: 720, minText: 18 },
  { width: 1920, height: 1080, minText: 24 },
])('the Workshop deck at $width×$height', ({ width, height, minText }) => {
  test(`every slide fits, with text ≥ ${minText} px`, { timeout: 60_000 }, async () => {
    const opened = await openPage(browser, `${tabUrl(server.url, 'workshop')}?present=1`, { width, height });
    try {
      const { page } = opened;
      await waitForApp(page);
      await page.waitForSelector('.ee-slide');
      const count = Number((await page.textContent('.ee-present-count'))?.split('/')[1]);
      expect(count).toBe(7);
      for (let i = 1; i <= count; i++) {
        await page.waitForFunction((n) => document.querySelector('.ee-slide')?.getAttribute('aria-label')?.startsWith(`Slide ${n} of`), i);
        await page.waitForTimeout(150);
        const m = await page.evaluate(() => {
          const outside: string[] = [];
          let smallest = Infinity;
          document.querySelectorAll('.ee-slide *').forEach((e) => {
            const r = e.getBoundingClientRect();
            if (r.width > 0 && (r.right > innerWidth + 0.5 || r.bottom > innerHeight + 0.5 || r.left < -0.5 || r.top < -0.5))
              outside.push(e.tagName);
            const own = [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
            if (!own || e.closest('.ee-visually-hidden')) return;
            const svg = e.closest('svg');
            const scale = svg ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 1;
            smallest = Math.min(smallest, parseFloat(getComputedStyle(e).fontSize) * scale);
          });
          document.querySelectorAll('.ee-slide svg text').forEach((t) => {
            const r = t.getBoundingClientRect();
            const b = (t.closest('svg') as SVGSVGElement).getBoundingClientRect();
            if (r.width > 0 && (r.left < b.left - 0.5 || r.right > b.right + 0.5)) outside.push(`text ${t.textContent}`);
          });
          return { outside, smallest, label: document.querySelector('.ee-slide')?.getAttribute('aria-label') ?? '' };
        });
        expect(m.outside, m.label).toEqual([]);
        expect(m.smallest, m.label).toBeGreaterThanOrEqual(minText - 0.05);
        await page.keyboard.press('ArrowRight');
      }
      expectClean(opened, 'workshop deck');
    } finally {
      await opened.close();
    }
  });
});
