/**
 * No lost input before hydration: with the CPU throttled 4×, a theme change
 * and a click on Present made within 100 ms of the load event, while the
 * page is still the prerendered HTML, both take effect: the page turns dark
 * at once and stays dark, the select still says "Dark", and once React owns
 * the page the presentation opens on its first slide.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { THEMES } from '../../src/themes/themes';
import { expectClean } from './support/app';
import { openPage } from './support/browser';
import { servedSite } from './support/site';

const site = servedSite();

/**
 * Notes, in the page, when each click and change of the reader (a real input event, or one the test makes
 * while window.__acting is set) happened and whether React owned the page then. The app's replay is not noted.
 */
const RECORD_INPUT = `window.__input = [];
for (const type of ['click', 'change'])
  window.addEventListener(type, (e) => {
    if (e.isTrusted || window.__acting) window.__input.push({ type, t: performance.now(), hydrated: document.documentElement.dataset.hydrated === 'true' });
  }, true);`;

/**
 * Run `act` in the page on the load event itself (a test driving the browser from outside, or a timer, cannot
 * promise its timing on a busy machine), with window.__actedAt set to when that was, from the load event's start.
 */
const afterLoad = (act: string): string => `window.addEventListener('load', () => {
  window.__acting = true;
  window.__actedAt = performance.now() - performance.getEntriesByType('navigation')[0].loadEventStart;
  const press = (el) => {
    el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, isPrimary: true, button: 0 }));
    el.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, isPrimary: true, button: 0 }));
    el.click();
  };
  ${act}
  window.__acting = false;
});`;

/** The reader picks "Dark" in the theme select (the events a choice fires) and presses Present. */
const THEME_THEN_PRESENT = afterLoad(`
  const select = document.querySelector('.ee-theme-picker select');
  select.value = 'dark';
  select.dispatchEvent(new Event('input', { bubbles: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
  window.__themeAtOnce = document.documentElement.dataset.theme ?? null;
  press([...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Present'));`);

interface InputRecord {
  readonly type: string;
  readonly t: number;
  readonly hydrated: boolean;
}

/** The recorded inputs, timed from the start of the load event. */
const inputsSinceLoad = async (page: Page) =>
  page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const input = (window as unknown as { __input: InputRecord[] }).__input;
    return input.map((r) => ({ type: r.type, sinceLoad: Math.round(r.t - nav.loadEventStart), hydrated: r.hydrated }));
  });

/** An sRGB hex colour as getComputedStyle writes it. */
const rgb = (hex: string): string => {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
};

describe('input before hydration', () => {
  test('a theme change and a click on Present at the load event, on a 4× slower CPU, both happen', async () => {
    const opened = await openPage(site.browser, 'about:blank', { width: 1280, height: 800 });
    const { page } = opened;
    try {
      const cdp = await opened.context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await opened.context.addInitScript({ content: RECORD_INPUT });
      await opened.context.addInitScript({ content: THEME_THEN_PRESENT });
      await page.goto(site.server.url, { waitUntil: 'load' });
      await page.waitForFunction(() => (window as unknown as { __themeAtOnce?: string }).__themeAtOnce !== undefined);
      // The theme is applied by the entry script itself, before React: at once.
      expect(await page.evaluate(() => (window as unknown as { __themeAtOnce?: string }).__themeAtOnce)).toBe('dark');
      const inputs = await inputsSinceLoad(page);
      console.log(`inputs after the load event: ${JSON.stringify(inputs)}`);
      // Made within 100 ms of the load event, both before React owned the page (or the test would prove nothing).
      expect(await page.evaluate(() => (window as unknown as { __actedAt: number }).__actedAt)).toBeLessThanOrEqual(100);
      expect(inputs.map((i) => [i.type, i.hydrated])).toEqual([
        ['change', false],
        ['click', false],
      ]);

      await page.waitForSelector('.ee-present .ee-slide svg.ee-chart', { timeout: 20_000 });
      const after = await page.evaluate(() => ({
        hydrated: document.documentElement.dataset.hydrated === 'true',
        theme: document.documentElement.dataset.theme ?? null,
        background: getComputedStyle(document.body).backgroundColor,
        select: (document.querySelector('.ee-theme-picker select') as HTMLSelectElement).value,
        url: location.search,
      }));
      expect(after).toMatchObject({ hydrated: true, theme: 'dark', background: rgb(THEMES.dark.background), select: 'dark' });
      expect(new URLSearchParams(after.url).get('theme')).toBe('dark');
      expect(new URLSearchParams(after.url).get('present')).toBe('1');
      expectClean(opened);
    } finally {
      await opened.close();
    }
  }, 60_000);

  test('a tab clicked before hydration opens in place once hydrated, without a second page load', async () => {
    const opened = await openPage(site.browser, 'about:blank', { width: 1280, height: 800 });
    const { page } = opened;
    try {
      const cdp = await opened.context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await opened.context.addInitScript({ content: RECORD_INPUT });
      await opened.context.addInitScript({ content: afterLoad(`press(document.getElementById('tab-clean-growth'));`) });
      await page.goto(site.server.url, { waitUntil: 'load' });
      await page.waitForFunction(() => (window as unknown as { __actedAt?: number }).__actedAt !== undefined);
      const inputs = await inputsSinceLoad(page);
      expect(inputs.map((i) => [i.type, i.hydrated])).toEqual([['click', false]]);
      await page.waitForFunction(() => document.querySelector('#tab-clean-growth')?.getAttribute('aria-selected') === 'true', undefined, {
        timeout: 20_000,
      });
      await page.waitForURL((u) => u.pathname === '/clean-growth/', { timeout: 5000 });
      // The same document: the page loaded at / was not replaced by a load of /clean-growth/.
      expect(await page.evaluate(() => new URL(performance.getEntriesByType('navigation')[0]?.name ?? '').pathname)).toBe('/');
      expectClean(opened);
    } finally {
      await opened.close();
    }
  }, 60_000);
});
