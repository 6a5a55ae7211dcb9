/**
 * Hostile and damaged addresses at load: the address bar shows the canonical
 * address of what is on screen as soon as the app has read it (no new history
 * entry, before any interaction); a doubled slash or an encoded "/" in the
 * path lands on the canonical page with all its assets; and presenting a deck
 * without slides says so, with the way back focused.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ALL_RULES } from '../../src/dashboard/tabs';
import { canonicalUrl } from '../../src/state/canonicalUrl';
import { launchChromium, openPage } from './support/browser';
import { expectClean, waitForApp } from './support/app';
import { ensureBuilt } from './support/build';
import { serve } from './support/server';
import type { Served } from './support/server';
import { snapshotDist } from './support/snapshot';
import type { Snapshot } from './support/snapshot';

const VIEWPORT = { width: 1280, height: 800 } as const;
const PAGE_TIMEOUT = 30_000;
let browser: Browser;
let snapshot: Snapshot;
let server: Served;

beforeAll(async () => {
  snapshot = await snapshotDist(await ensureBuilt());
  server = await serve(snapshot.dir, { base: '/evidence/' });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await snapshot?.remove();
});

/** Hostile links, as pasted: the tab path, then anything. */
const HOSTILE: readonly string[] = [
  '?theme=<script>alert(1)</script>',
  'business/?theme=dark&theme=light&theme=%00&economy.mode=INDEXED&economy.mode=indexed',
  'workshop/?workshop.q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&workshop.keyTheme=__proto__',
  '?__proto__.polluted=1&constructor.prototype.polluted=1&__proto__[x]=1',
  'business/?economy.from=%E0%A4%A&economy.to=%&economy.areas=%ZZ',
  'business/?economy.areas=E06000023,E06000023,javascript:alert(1)&economy.from=2019&economy.to=1998',
  'innovation/?university-income.sort=%22%3E%3Cimg%20src%3Dx%3E&university-income.view=TABLE&theme=javascript:alert(1)',
  'clean-growth/?view=table&.view=table&co2-per-head.=x&=x&&&==&?&co2-per-head.view=table',
  'inclusive-growth/?population-by-age.area=%E2%80%AEwoe#<img src=x onerror=alert(1)>',
  `business/?${'economy.mode=indexed&'.repeat(100)}theme=dark`,
];

describe('a hostile link is replaced by the canonical address of what is shown, at load', () => {
  /** History entries of a page opened at a canonical address (the new tab's blank page counts): a replace adds none. */
  let entries = 0;
  beforeAll(async () => {
    const opened = await openPage(browser, server.url, VIEWPORT);
    await opened.page.waitForSelector('html[data-hydrated]', { state: 'attached', timeout: 15_000 });
    entries = await opened.page.evaluate(() => history.length);
    await opened.close();
  });

  test.each(HOSTILE.map((l) => [l.length > 80 ? `${l.slice(0, 80)}…` : l, l]))(
    '%s',
    async (_title, link) => {
      const opened = await openPage(browser, `${server.url}${link}`, VIEWPORT);
      try {
        const { page } = opened;
        // The app has read the address once <html data-hydrated> is set: nothing has been clicked or typed.
        await page.waitForSelector('html[data-hydrated]', { state: 'attached', timeout: 15_000 });
        const seen = await page.evaluate(() => ({
          pathname: location.pathname,
          search: location.search,
          hash: location.hash,
          length: history.length,
        }));
        const expected = canonicalUrl(new URL(`${server.url}${link}`), ALL_RULES, '/evidence/');
        expect(seen.pathname + seen.search + seen.hash).toBe(expected);
        expect(seen.search).not.toMatch(/script|__proto__|javascript|%00|%E2%80%AE/i);
        expect(seen.length, 'no new history entry').toBe(entries);
        expectClean(opened);
      } finally {
        await opened.close();
      }
    },
    PAGE_TIMEOUT,
  );
});

describe('a doubled slash or an encoded "/" in the path still gives the page with its assets', () => {
  test.each([
    ['innovation//', '/evidence/innovation/'],
    ['innovation//?theme=dark', '/evidence/innovation/?theme=dark'],
    ['innovation/..%2f', '/evidence/'],
    ['clean-growth%2f', '/evidence/clean-growth/'],
  ])(
    '/evidence/%s lands on %s, loads its CSS and scripts and hydrates',
    async (path, landing) => {
      const opened = await openPage(browser, `${server.url}${path}`, VIEWPORT);
      try {
        const { page } = opened;
        await waitForApp(page);
        expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(landing);
        const styled = await page.evaluate(() => getComputedStyle(document.body).fontFamily !== '' && document.styleSheets.length > 0);
        expect(styled).toBe(true);
        expect(opened.requests.some((r) => /\/assets\/.+\.css$/.test(r))).toBe(true);
        expect(opened.requests.some((r) => /\/assets\/.+\.js$/.test(r))).toBe(true);
        expectClean(opened);
      } finally {
        await opened.close();
      }
    },
    PAGE_TIMEOUT,
  );
});

describe('presenting the Workshop tab', () => {
  test(
    '?present=1 on the Workshop tab opens its own deck (never an empty "0 / 0"), and Enter on Exit returns to the page',
    async () => {
      const opened = await openPage(browser, `${server.url}workshop/?present=1`, VIEWPORT);
      try {
        const { page } = opened;
        await waitForApp(page);
        const dialog = page.getByRole('dialog', { name: 'Presentation' });
        await dialog.locator('svg').first().waitFor({ timeout: 15_000 });
        const text = await dialog.innerText();
        expect(text).toMatch(/\b1\s*\/\s*[1-9]\d*\b/);
        expect(text).not.toMatch(/\b0\s*\/\s*0\b/);
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'detached', timeout: 5_000 });
        await expect.poll(() => new URL(page.url()).search).toBe('');
        expect(await page.locator('h1').count()).toBe(1);
        expectClean(opened);
      } finally {
        await opened.close();
      }
    },
    PAGE_TIMEOUT,
  );
});
