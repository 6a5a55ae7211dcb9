/**
 * The Compare tab in Chromium: the ranking of the 15 combined authorities,
 * a hex of the map reached by keyboard with its tooltip, and comparators
 * chosen through the URL.
 */
import { describe, expect, test } from 'vitest';
import { expectClean, tabUrl, waitForApp } from './support/app';
import { openPage } from './support/browser';
import { servedSite } from './support/site';

const site = servedSite();
const DESKTOP = { width: 1280, height: 800, colorScheme: 'light' as const };

describe('the Compare tab', () => {
  test('the ranking draws the 15 combined authorities and England, WECA and the four-authority area in the hero colour', async () => {
    const opened = await openPage(site.browser, tabUrl(site.server.url, 'compare'), DESKTOP);
    try {
      const { page } = opened;
      await waitForApp(page);
      const card = page.locator('article[data-chart="compare-ranking"]');
      const bars = card.locator('svg.ee-chart .ee-bar');
      // 15 combined authorities, England and the four-authority West of England.
      expect(await bars.count()).toBe(17);
      expect(await card.locator('svg.ee-chart .ee-bar[data-emphasis="hero"]').count()).toBe(2);
      const finding = (await card.locator('.ee-finding').textContent()) ?? '';
      expect(finding).toMatch(/of the 15 combined authorities/);
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });

  test('a hex of the map is reached with the keyboard and its tooltip names the authority and its value', async () => {
    const opened = await openPage(site.browser, tabUrl(site.server.url, 'compare'), DESKTOP);
    try {
      const { page } = opened;
      await waitForApp(page);
      const card = page.locator('article[data-chart="compare-hexmap"]');
      const first = card.locator('svg.ee-chart [data-mark][tabindex="0"]').first();
      await first.focus();
      const label = (await first.getAttribute('aria-label')) ?? '';
      expect(label).not.toBe('');
      const tip = card.locator('.ee-tooltip');
      await tip.waitFor({ state: 'visible', timeout: 5000 });
      const text = (await tip.textContent()) ?? '';
      // The tab stop is a West of England authority.
      expect(text).toMatch(/Bristol|Bath and North East Somerset|North Somerset|South Gloucestershire/);
      await page.keyboard.press('ArrowRight');
      const next = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
      expect(next).not.toBe('');
      expect(next).not.toBe(label);
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });

  test('comparators chosen in the URL are the lines drawn beside the West of England', async () => {
    const url = tabUrl(site.server.url, 'compare', '?compare-over-time.areas=E92000001,E47000001');
    const opened = await openPage(site.browser, url, DESKTOP);
    try {
      const { page } = opened;
      await waitForApp(page);
      const card = page.locator('article[data-chart="compare-over-time"]');
      // Closed, the card says what is compared; opened, the ticks agree.
      expect(await card.locator('.ee-change-summary').textContent()).toMatch(
        /Compare with: (England, Greater Manchester|Greater Manchester, England)/,
      );
      await card.getByRole('button', { name: 'Change chart' }).click();
      const ticked = await card
        .locator('input[type="checkbox"]:checked')
        .evaluateAll((boxes) => boxes.map((b) => (b.closest('label')?.textContent ?? '').trim()));
      expect(ticked.sort()).toEqual(['England', 'Greater Manchester']);
      const series = await card.locator('svg.ee-chart path.ee-line').evaluateAll((ps) => ps.map((p) => p.getAttribute('data-series')));
      expect(series).toContain('E47000001');
      expect(series).toContain('E92000001');
      expect(series).not.toContain('E47000004');
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });
});
