/**
 * Embeds as a host site would use them: the card's "Embed" control copies an
 * <iframe> snippet; pasted into a page on another origin (a second server on
 * 127.0.0.1, another port), the embed page shows its chart with the chosen
 * view, hydrates, takes ?theme=, and asks nothing of any origin but its own.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectClean, waitForApp } from './support/app';
import { launchChromium, openPage } from './support/browser';
import { ensureBuilt } from './support/build';
import { serve } from './support/server';
import type { Served } from './support/server';
import { snapshotDist } from './support/snapshot';
import type { Snapshot } from './support/snapshot';

const CHART = 'university-income';

let browser: Browser;
let site: Served;
let host: Served;
let hostDir: string;
let snapshot: Snapshot;

beforeAll(async () => {
  snapshot = await snapshotDist(await ensureBuilt());
  site = await serve(snapshot.dir);
  hostDir = mkdtempSync(join(tmpdir(), 'ee-host-'));
  host = await serve(hostDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await host?.close();
  await snapshot?.remove();
  if (hostDir) rmSync(hostDir, { recursive: true, force: true });
});

/** Copy the snippet with the card's Embed control, as a reader would. */
async function copiedSnippet(search: string): Promise<string> {
  const opened = await openPage(browser, `${site.url}innovation/${search}`, { width: 1280, height: 800 });
  try {
    await opened.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    await waitForApp(opened.page);
    await opened.page.click(`article[data-chart="${CHART}"] summary:has-text("Share")`);
    await opened.page.click(`article[data-chart="${CHART}"] [data-embed]`);
    await opened.page.waitForSelector(`article[data-chart="${CHART}"] .ee-status:has-text("Embed code copied")`);
    const text = await opened.page.evaluate(() => navigator.clipboard.readText());
    expectClean(opened, 'on the page the snippet was copied from');
    return text;
  } finally {
    await opened.close();
  }
}

async function embedFrame(
  snippet: string,
  name: string,
  width = 800,
): Promise<{ frame: Frame; requests: string[]; close: () => Promise<void> }> {
  writeFileSync(
    join(hostDir, `${name}.html`),
    `<!doctype html><html lang="en"><title>Host</title><body><h1>A host page</h1>${snippet}</body></html>`,
  );
  const opened = await openPage(browser, `${host.url}${name}.html`, { width, height: 900 });
  const frame = await (await opened.page.waitForSelector('iframe')).contentFrame();
  if (!frame) throw new Error('the iframe has no frame');
  await frame.waitForFunction(
    () =>
      document.documentElement.dataset.hydrated === 'true' &&
      [...document.querySelectorAll('svg.ee-chart')].every((svg) => svg.querySelector('[data-mark]') !== null),
    undefined,
    { timeout: 20_000 },
  );
  expectClean(opened, `in the host page ${name}`);
  return { frame, requests: opened.requests, close: () => opened.close() };
}

describe('embedding a chart', () => {
  test('the Embed control copies an iframe of the chart with its choices, a fixed height and full width', async () => {
    const snippet = await copiedSnippet(`?${CHART}.sort=name`);
    expect(snippet).toMatch(
      /^<iframe src="[^"]+" title="[^"]+" loading="lazy" referrerpolicy="no-referrer" style="width:100%;height:\d+px;border:0"><\/iframe>$/,
    );
    const src = /src="([^"]+)"/.exec(snippet)?.[1] ?? '';
    expect(src.startsWith(`${site.url}embed/${CHART}/?`)).toBe(true);
    expect(src).toContain(`${CHART}.sort=name`);
    const height = Number(/height:(\d+)px/.exec(snippet)?.[1]);
    expect(height).toBeGreaterThanOrEqual(600);
    expect(height).toBeLessThanOrEqual(1600);
  }, 60_000);

  test('in a page on another origin: shows its chart, hydrates, keeps its choices, and requests nothing from any other origin', async () => {
    const snippet = await copiedSnippet(`?${CHART}.sort=name`);
    const { frame, requests, close } = await embedFrame(snippet, 'light');
    try {
      expect(new URL(frame.url()).origin).toBe(site.origin);
      expect(await frame.textContent(`article[data-chart="${CHART}"] .ee-card-title`)).toBeTruthy();
      expect(await frame.locator(`article[data-chart="${CHART}"] svg.ee-chart [data-mark]`).count()).toBeGreaterThan(0);
      // No site chrome: no tabs, no header, no presentation controls.
      expect(await frame.locator('[role="tab"], .ee-header, .ee-footer').count()).toBe(0);
      expect(await frame.locator('text=Add to presentation').count()).toBe(0);
      // The link back opens the same view in the full dashboard, in a new tab.
      const back = frame.locator('.ee-embed-credit a');
      const href = new URL((await back.getAttribute('href')) ?? '', frame.url());
      expect(href.pathname).toBe('/innovation/');
      expect(href.search).toContain(`${CHART}.sort=name`);
      expect(href.hash).toBe(`#${CHART}`);
      expect(await back.getAttribute('target')).toBe('_blank');
      // The chosen sort is applied: the card's table lists the universities by name.
      await frame.click(`article[data-chart="${CHART}"] button:has-text("Table")`);
      const names = await frame.$$eval(`article[data-chart="${CHART}"] table tbody tr > :first-child`, (cells) =>
        cells.map((c) => (c.textContent ?? '').trim()),
      );
      expect(names.length).toBeGreaterThan(3);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
      const others = requests
        .map((r) => new URL(r.replace(/^\S+\s/, '')))
        .filter((u) => u.origin !== site.origin && u.origin !== host.origin);
      expect(others.map((u) => u.href)).toEqual([]);
      const fromHost = requests.filter((r) => r.includes(host.origin));
      expect(fromHost).toEqual([`GET ${host.url}light.html`]);
      // The embed page's own URL is left alone: it writes no history in the host's page.
      expect(frame.url()).toBe(/src="([^"]+)"/.exec(snippet)?.[1]);
    } finally {
      await close();
    }
  }, 60_000);

  test('?theme=dark and ?theme=contrast are honoured inside the iframe', async () => {
    for (const theme of ['dark', 'contrast'] as const) {
      const snippet = `<iframe src="${site.url}embed/decoupling/?theme=${theme}" title="t" style="width:100%;height:900px;border:0"></iframe>`;
      const { frame, close } = await embedFrame(snippet, theme, 600);
      try {
        expect(await frame.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
        const bg = await frame.evaluate(() => getComputedStyle(document.querySelector('.ee-card') as Element).backgroundColor);
        expect(bg).not.toBe('rgb(255, 255, 255)');
      } finally {
        await close();
      }
    }
  }, 60_000);

  test('every chart has a prerendered embed page that is readable before any script runs', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      for (const id of ['decoupling', 'economy', 'population-by-age']) {
        await page.goto(`${site.url}embed/${id}/`);
        expect(await page.locator(`article[data-chart="${id}"] svg.ee-chart`).count()).toBe(1);
        expect(await page.locator('.ee-finding').textContent()).toMatch(/\d/);
        expect(await page.locator('meta[name="ee-embed"]').getAttribute('content')).toBe(id);
      }
    } finally {
      await context.close();
    }
  });
});
