import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, openPage } from './support/browser';
import { ensureBuilt } from './support/build';
import { serve } from './support/server';

let browser: Browser | undefined;
let dist: string;

beforeAll(async () => {
  dist = await ensureBuilt();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('the production build', () => {
  // base './' gives relative asset URLs, so one build serves from any path.
  const places = [
    { where: 'at the root', base: undefined },
    { where: 'under the sub-path /evidence/', base: '/evidence/' },
  ];
  for (const { where, base } of places)
    test(`loads ${where} with a heading, the title and no errors`, async () => {
      const server = await serve(dist, { base });
      try {
        const opened = await openPage(browser as Browser, server.url, { width: 1280, height: 800 });
        try {
          const { page } = opened;
          await page.waitForSelector('h1', { timeout: 10_000 });
          expect(await page.locator('h1').count()).toBeGreaterThan(0);
          expect(await page.locator('body').innerText()).toContain('Evidence Explorer');
          expect(opened.consoleErrors).toEqual([]);
          expect(opened.pageErrors).toEqual([]);
          expect(opened.failedRequests).toEqual([]);
          // The server also answers at "/", so an absolute asset URL would load
          // there and hide a broken base: check every request stayed under it.
          const outside = opened.requests.filter((r) => !r.split(' ')[1]?.startsWith(server.url));
          expect(outside).toEqual([]);
        } finally {
          await opened.close();
        }
      } finally {
        await server.close();
      }
    });
});
