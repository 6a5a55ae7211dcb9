/**
 * Nothing leaves the origin: across every tab (opened by address and by the
 * tab bar), a table, the theme, the CSV, PNG and SVG downloads, the full
 * dataset link, the workshop search and its download, the card's "Copy
 * link" and presentation mode, every request the browser makes goes to the
 * site's own origin (data: and blob: URLs aside), no cookie is set or sent,
 * and nothing opens a socket or registers a service worker.
 *
 * The pages are served without their Content-Security-Policy <meta>, so
 * that the policy (tests/browser/csp.test.ts) cannot hide an attempt by
 * blocking it before it becomes a request: this checks the code itself.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectClean, TAB_IDS, tabUrl, waitForApp } from './support/app';
import { launchChromium } from './support/browser';
import { ensureBuilt } from './support/build';
import type { WatchedPage } from './support/security';
import { downloadFromCard, downloadFullDataset, openWatched, presentAndLeave, toggleTable } from './support/security';
import { serve } from './support/server';
import type { Served } from './support/server';
import { snapshotDist } from './support/snapshot';
import type { Snapshot } from './support/snapshot';

const VIEWPORT = { width: 1280, height: 800 } as const;
const CSP_META = /\s*<meta http-equiv="Content-Security-Policy"[^>]*>/i;

let browser: Browser;
let snapshot: Snapshot;
let server: Served;
let watched: WatchedPage;
const sockets: string[] = [];

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

beforeAll(async () => {
  snapshot = await snapshotDist(await ensureBuilt());
  let stripped = 0;
  const pages = htmlFiles(snapshot.dir);
  for (const file of pages) {
    const html = readFileSync(file, 'utf8');
    if (CSP_META.test(html)) stripped++;
    writeFileSync(file, html.replace(CSP_META, ''));
  }
  // Every page carries the policy: one per tab, and the embed pages.
  expect(pages.length).toBeGreaterThan(TAB_IDS.length);
  expect(stripped).toBe(pages.length);
  server = await serve(snapshot.dir);
  browser = await launchChromium();
  watched = await openWatched(browser, server.url, VIEWPORT);
  watched.page.on('websocket', (ws) => sockets.push(ws.url()));
  await waitForApp(watched.page);
});

afterAll(async () => {
  await watched?.close();
  await browser?.close();
  await server?.close();
  await snapshot?.remove();
});

/** Where a request went: its origin, or its scheme for URLs that are not fetched from a server (data:, blob:). */
function destination(r: Request): string {
  const url = r.url();
  if (/^(data|blob):/i.test(url)) return url.slice(0, url.indexOf(':') + 1);
  if (url === 'about:blank') return 'about:blank';
  try {
    return new URL(url).origin;
  } catch {
    return `unparseable: ${url.slice(0, 80)}`;
  }
}

describe('every request stays on the origin', () => {
  test('every tab, by address and from the tab bar, with a table opened and the theme changed', async () => {
    const { page } = watched;
    for (const tab of TAB_IDS) {
      await page.goto(tabUrl(server.url, tab), { waitUntil: 'load' });
      await waitForApp(page);
      const card = page.locator('article[data-chart]').first();
      if ((await card.count()) > 0) await toggleTable(card);
    }
    for (const tab of TAB_IDS) {
      await page.locator(`#tab-${tab}`).click();
      await page.waitForFunction((id) => document.querySelector(`#tab-${id}`)?.getAttribute('aria-selected') === 'true', tab);
    }
    await page.locator('.ee-theme-picker select').selectOption('contrast');
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'contrast');
  });

  test('the downloads: data as shown (CSV), PNG, SVG and the full dataset, and the card link', async () => {
    const { page } = watched;
    await page.goto(tabUrl(server.url, 'innovation'), { waitUntil: 'load' });
    await waitForApp(page);
    const card = page.locator('article[data-chart="university-income"]');
    expect(await downloadFromCard(card, 'csv')).toMatch(/\.csv$/);
    expect(await downloadFromCard(card, 'csvzip')).toMatch(/\.zip$/);
    expect(await downloadFromCard(card, 'png')).toMatch(/\.png$/);
    expect(await downloadFromCard(card, 'svg')).toMatch(/\.svg$/);
    expect(await downloadFullDataset(card)).toMatch(/\.zip$/);
    await card.locator('summary', { hasText: 'Share' }).click();
    await card.getByRole('button', { name: 'Copy link' }).click();
    await card.locator('.ee-status', { hasText: /Link copied|Could not copy/ }).waitFor();
  });

  test('the workshop: a search and the ideas download', async () => {
    const { page } = watched;
    await page.goto(tabUrl(server.url, 'workshop'), { waitUntil: 'load' });
    await waitForApp(page);
    await page.getByRole('searchbox').fill('transport');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('workshop.q') === 'transport');
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 20_000 }),
      page.getByRole('button', { name: /Download these ideas/ }).click(),
    ]);
    expect(await file.failure()).toBeNull();
  });

  test('presentation mode', async () => {
    const { page } = watched;
    await page.goto(tabUrl(server.url, 'business'), { waitUntil: 'load' });
    await waitForApp(page);
    await presentAndLeave(page);
  });

  test('no request went anywhere but the origin (data: and blob: aside), and nothing failed', () => {
    const requests = watched.contextRequests.filter((r) => r.url() !== 'about:blank');
    const byDestination = new Map<string, number>();
    for (const r of requests) byDestination.set(destination(r), (byDestination.get(destination(r)) ?? 0) + 1);
    const elsewhere = requests
      .filter((r) => ![server.origin, 'data:', 'blob:'].includes(destination(r)))
      .map((r) => `${r.method()} ${r.url()}`);
    // For the record: how many requests, and where they went.
    console.info(`origin.test: ${requests.length} requests: ${JSON.stringify(Object.fromEntries(byDestination))}`);
    expect(elsewhere).toEqual([]);
    expect(requests.length).toBeGreaterThan(TAB_IDS.length * 3);
    expect(byDestination.get(server.origin)).toBeGreaterThan(0);
    expect(sockets).toEqual([]);
    expectClean(watched, 'on the journey');
    expect(watched.dialogs).toEqual([]);
  });

  test('no cookie: none set by a response, none in document.cookie or the browser context', async () => {
    expect(watched.setCookies).toEqual([]);
    expect(await watched.page.evaluate(() => document.cookie)).toBe('');
    expect(await watched.context.cookies()).toEqual([]);
    const sentCookie = watched.contextRequests.filter((r) => r.headers()['cookie'] !== undefined).map((r) => r.url());
    expect(sentCookie).toEqual([]);
  });

  test('no service worker registered, nothing left behind to run later', async () => {
    const registrations = await watched.page.evaluate(async () =>
      navigator.serviceWorker ? (await navigator.serviceWorker.getRegistrations()).length : 0,
    );
    expect(registrations).toBe(0);
    expect(watched.context.serviceWorkers()).toEqual([]);
  });

  test('the recorder does see a request to another origin (an image injected by the test)', async () => {
    const before = watched.contextRequests.length;
    const [request] = await Promise.all([
      watched.page.waitForEvent('request', { predicate: (r) => r.url().startsWith('http://127.0.0.2:9/'), timeout: 5000 }),
      watched.page.evaluate(() => {
        new Image().src = 'http://127.0.0.2:9/pixel.png';
      }),
    ]);
    expect(destination(request)).toBe('http://127.0.0.2:9');
    expect(watched.contextRequests.slice(before).map(destination)).toContain('http://127.0.0.2:9');
  });
});
