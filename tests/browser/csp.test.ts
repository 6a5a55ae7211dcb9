/**
 * Content Security Policy: every built page carries the policy as the first
 * element of its <head>, and has nothing the policy would block (no inline
 * <script> or <style>, no style="" attribute). In Chromium, with the policy
 * both in the page and as a response header (with frame-ancestors, as README
 * "Security" recommends), every tab hydrates, a table opens, the CSV, PNG and
 * SVG downloads and the full dataset link work, and presentation mode runs,
 * with no violation reported. Then 50 hostile links open cleanly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ALL_RULES } from '../../src/dashboard/tabs';
import { expectClean, TAB_IDS, tabUrl, waitForApp } from './support/app';
import type { TabId } from './support/app';
import { launchChromium } from './support/browser';
import { ensureBuilt } from './support/build';
import type { Violation, WatchedPage } from './support/security';
import {
  CSP,
  downloadFromCard,
  downloadFullDataset,
  openWatched,
  presentAndLeave,
  RECOMMENDED_HEADERS,
  toggleTable,
} from './support/security';
import { serve } from './support/server';
import type { Served } from './support/server';
import { snapshotDist } from './support/snapshot';
import type { Snapshot } from './support/snapshot';

const VIEWPORT = { width: 1280, height: 800 } as const;
/** A card with every export (a bar chart, its picture and its table) and a full dataset to download. */
const EXPORT_TAB: TabId = 'innovation';
const EXPORT_CHART = 'university-income';

let browser: Browser;
let snapshot: Snapshot;
let server: Served;
let pages: { file: string; html: string }[];

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

beforeAll(async () => {
  snapshot = await snapshotDist(await ensureBuilt());
  pages = htmlFiles(snapshot.dir).map((f) => ({ file: relative(snapshot.dir, f), html: readFileSync(f, 'utf8') }));
  server = await serve(snapshot.dir, { headers: RECOMMENDED_HEADERS });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await snapshot?.remove();
});

/** The markup without comments: what a browser parses. */
const uncommented = (html: string): string => html.replace(/<!--[\s\S]*?-->/g, '');

describe('the built HTML', () => {
  test('is one page per tab and one embed page per chart, and nothing else', () => {
    const embeds = ALL_RULES.filter((r) => r.id !== 'workshop').map((r) => join('embed', r.id, 'index.html'));
    expect(pages.map((p) => p.file).sort()).toEqual(
      [...TAB_IDS.map((t) => (t === 'overview' ? 'index.html' : join(t, 'index.html'))), ...embeds].sort(),
    );
  });

  test('every page carries the policy, word for word, as the first element of <head>', () => {
    for (const { file, html } of pages) {
      const head = /<head>\s*(<[^>]+>)/i.exec(html);
      expect(head?.[1], file).toBe(`<meta http-equiv="Content-Security-Policy" content="${CSP}" />`);
      expect(html.match(/http-equiv="Content-Security-Policy"/gi), file).toHaveLength(1);
    }
  });

  test('no page has an inline <script>, a <style> element or a style="" attribute', () => {
    for (const { file, html } of pages) {
      const text = uncommented(html);
      const scripts = [...text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)];
      expect(scripts.length, file).toBeGreaterThan(0);
      for (const [whole, attrs, body] of scripts) {
        expect(attrs, `${file}: ${whole.slice(0, 80)}`).toMatch(/\ssrc="[^"]+"/);
        expect(body?.trim(), `${file}: an inline script`).toBe('');
      }
      expect(text.match(/<style\b[^>]*>/gi), `${file}: <style>`).toBeNull();
      expect(text.match(/\sstyle\s*=/gi), `${file}: style=""`).toBeNull();
      // Event-handler attributes would be inline script too.
      expect(text.match(/<[a-z][^>]*\son[a-z]+\s*=/gi), `${file}: on…="" handler`).toBeNull();
      expect(text.match(/\bjavascript:/gi), `${file}: javascript: URL`).toBeNull();
    }
  });

  test('every script and stylesheet is a file of the site; the icon is one too, or a data: URL', () => {
    for (const { file, html } of pages) {
      const text = uncommented(html);
      for (const m of text.matchAll(/<(script|link)\b([^>]*)>/gi)) {
        const ref = /\s(?:src|href)="([^"]*)"/i.exec(m[2] as string)?.[1];
        if (ref === undefined) continue;
        const icon = /\srel="[^"]*\bicon\b/i.test(m[2] as string);
        if (icon && ref.startsWith('data:image/')) continue; // img-src allows data:
        expect(ref, `${file}: ${ref}`).toMatch(/^(\.{1,2}\/)+(assets\/[\w.-]+\.(js|css)|favicon\.svg)$/);
      }
    }
  });
});

describe(`in Chromium, under the policy as a meta tag and as a response header`, () => {
  let watched: WatchedPage;
  let violations: Violation[] = [];

  beforeAll(async () => {
    watched = await openWatched(browser, server.url, VIEWPORT);
    await waitForApp(watched.page);
  });

  afterAll(async () => {
    await watched?.close();
  });

  test('the server sends the recommended headers', async () => {
    const res = await fetch(server.url);
    expect(res.headers.get('content-security-policy')).toBe(`${CSP}; frame-ancestors 'none'`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  test('every tab hydrates, and a table opens on every tab with chart cards, with no violation', async () => {
    const { page } = watched;
    for (const tab of TAB_IDS) {
      await page.goto(tabUrl(server.url, tab), { waitUntil: 'load' });
      await waitForApp(page);
      expect(await page.locator('h1').count(), tab).toBe(1);
      const card = page.locator('article[data-chart]').first();
      if ((await card.count()) > 0) await toggleTable(card);
      else {
        // The workshop tab: a search instead of a table.
        await page.getByRole('searchbox').fill('transport');
        await page.waitForFunction(() => new URLSearchParams(location.search).get('workshop.q') === 'transport');
      }
    }
    expect(await watched.violations()).toEqual([]);
    expect(watched.cspConsole).toEqual([]);
  });

  test('the CSV, PNG and SVG downloads and the full dataset link still work', async () => {
    const { page } = watched;
    await page.goto(tabUrl(server.url, EXPORT_TAB), { waitUntil: 'load' });
    await waitForApp(page);
    const card = page.locator(`article[data-chart="${EXPORT_CHART}"]`);
    expect(await downloadFromCard(card, 'csv')).toMatch(/\.csv$/);
    expect(await downloadFromCard(card, 'csvzip')).toMatch(/\.zip$/);
    expect(await downloadFromCard(card, 'png')).toMatch(/\.png$/);
    expect(await downloadFromCard(card, 'svg')).toMatch(/\.svg$/);
    expect(await downloadFullDataset(card)).toMatch(/\.zip$/);
    // The card says each was downloaded, not "Download failed: …".
    expect(await card.locator('.ee-status').textContent()).not.toMatch(/failed/i);
    expect(await watched.violations()).toEqual([]);
    expect(watched.cspConsole).toEqual([]);
  });

  test('presentation mode opens, moves on with ArrowRight and closes with Escape', async () => {
    const { page } = watched;
    await page.goto(tabUrl(server.url, 'clean-growth'), { waitUntil: 'load' });
    await waitForApp(page);
    await presentAndLeave(page);
    expect(await page.locator('h1').count()).toBe(1);
  });

  test('no violation was reported, in an event or in the console, and nothing else went wrong', async () => {
    violations = await watched.violations();
    expect(violations).toEqual([]);
    expect(watched.cspConsole).toEqual([]);
    expect(watched.dialogs).toEqual([]);
    expectClean(watched, 'under the policy');
  });

  test('the recorder does catch a violation (an inline script injected by the test)', async () => {
    const { page } = watched;
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__ran = true';
      document.body.append(s);
    });
    await page.waitForFunction(() => (window.__cspViolations ?? []).length > 0, undefined, { timeout: 5000 });
    const caught = await watched.violations();
    // One report per policy that forbids it: the <meta> one and the header one.
    expect(caught.length).toBeGreaterThanOrEqual(1);
    expect(new Set(caught.map((v) => v.directive))).toEqual(new Set(['script-src-elem']));
    expect(await page.evaluate(() => (window as { __ran?: boolean }).__ran ?? false)).toBe(false);
  });
});

/*
 * 50 hostile links: each opens, hydrates and shows a heading and a chart,
 * with no page error, no console error, no failed request, no dialog and no
 * CSP violation. Twenty are written by hand; thirty come from fast-check with a fixed seed.
 */
const CHART_IDS = ALL_RULES.map((r) => r.id);
const HANDWRITTEN: readonly string[] = [
  '?theme=<script>alert(1)</script>',
  '?theme=dark&theme=light&theme=%00',
  '?workshop.q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  '?workshop.q=%3Cscript%3Ealert(1)%3C%2Fscript%3E&workshop.keyTheme=__proto__',
  '?__proto__.polluted=1&constructor.prototype.polluted=1&__proto__[x]=1',
  '?economy.from=%E0%A4%A&economy.to=%&economy.areas=%ZZ',
  '?economy.areas=none&economy.mode=indexed&economy.from=2019&economy.to=1998',
  '?economy.areas=E06000023,E06000023,E06000023,javascript:alert(1)',
  `?deck=${CHART_IDS.join(',')},nope,__proto__&present=1&slide=999`,
  '?present=1&slide=0',
  '?present=1&slide=-1&deck=,,,,',
  '?present=1&slide=1e3',
  // Long, but under the 8 kB request line that common servers accept (nginx answers 414 beyond it).
  `?${'economy.mode=indexed&'.repeat(300)}theme=dark`,
  `?university-income.sort=name&university-income.show=${'a'.repeat(6000)}`,
  '?decoupling.hide=gdp,co2,ghg&co2-per-head.measure=ghg&co2-per-head.view=table',
  '?population-by-age.area=%E2%80%AEwoe&co2-by-sector.area=E06000022',
  '?dependency-trend.measure=total&dependency-trend.areas=woe&dependency-trend.from=2047&dependency-trend.to=2022',
  '?view=table&.view=table&economy.=x&=x&&&==&?&#',
  '#<img src=x onerror=alert(1)>',
  '?workshop.actor=combined-authority&workshop.keyTheme=inclusive-growth&workshop.q=%F0%9F%98%80%E2%80%8D',
];

/** React owns the page (a link may hide every series of a chart, so not every chart has marks to wait for). */
async function waitForHydrated(page: Page): Promise<void> {
  await page.waitForSelector('html[data-hydrated]', { state: 'attached', timeout: 15_000 });
}

function generatedLinks(n: number): string[] {
  const rule = fc.constantFrom(...ALL_RULES);
  const name = fc.constantFrom('view', 'q', 'sort', 'show', 'mode', 'measure', 'area', 'areas', 'hide', 'from', 'to', 'keyTheme', 'actor');
  const known = fc.oneof(
    fc.constantFrom('table', 'none', 'indexed', 'name', 'woe', 'ghg', '2005', '2019', '1997', '2048', 'E06000023,E06000025'),
    fc.constantFrom(
      '<script>alert(1)</script>',
      '"><svg onload=alert(1)>',
      'javascript:alert(1)',
      '%00',
      '%E0%A4%A',
      '%',
      '\u202E',
      '__proto__',
    ),
    fc.string({ unit: 'grapheme', maxLength: 30 }),
  );
  const param = fc.oneof(
    fc.tuple(rule, name, known).map(([r, k, v]) => `${r.id}.${k}=${encodeURIComponent(v).replace(/%25/g, '%')}`),
    fc
      .tuple(fc.constantFrom('theme', 'deck', 'present', 'slide', '__proto__.x', 'constructor.prototype'), known)
      .map(([k, v]) => `${k}=${encodeURIComponent(v)}`),
  );
  // Loosely encoded: the raw percent signs let malformed escapes through, as a mangled link would.
  const link = fc
    .tuple(fc.constantFrom(...TAB_IDS), fc.array(param, { minLength: 1, maxLength: 12 }))
    .map(([tab, ps]) => ({ tab, search: `?${ps.join('&')}` }));
  return fc.sample(link, { numRuns: n, seed: 20_190_416 }).map(({ tab, search }) => `${tab === 'overview' ? '' : `${tab}/`}${search}`);
}

/*
 * BUG url/split-surrogate (see tests/unit/security/linkFuzz.test.ts): a
 * search of 99 characters and then an emoji is cut inside the emoji. The page
 * opens, but at the reader's next choice the URL sync throws "URIError: URI
 * malformed" (a page error) and the address bar stops following the choices.
 */
const SPLIT_SURROGATE = `workshop/?workshop.q=${'a'.repeat(99)}%F0%9F%98%80`;

describe('50 hostile links', () => {
  const links = [
    ...HANDWRITTEN.map((s, i) => `${i % TAB_IDS.length === 0 ? '' : `${TAB_IDS[i % TAB_IDS.length]}/`}${s}`),
    ...generatedLinks(30),
  ];

  test('there are 50, all different', () => {
    expect(links).toHaveLength(50);
    expect(new Set(links).size).toBe(50);
  });

  let watched: WatchedPage;
  beforeAll(async () => {
    watched = await openWatched(browser, server.url, VIEWPORT);
    await waitForApp(watched.page);
  });
  afterAll(async () => {
    await watched?.close();
  });

  const short = (l: string): string => (l.length > 90 ? `${l.slice(0, 90)}… (${l.length} characters)` : l);
  test.each(links.map((l, i) => [i + 1, short(l), l] as const))('link %i opens cleanly: %s', async (_n, _title, link) => {
    const { page } = watched;
    const before = { console: watched.consoleErrors.length, errors: watched.pageErrors.length, failed: watched.failedRequests.length };
    await page.goto(`${server.url}${link}`, { waitUntil: 'load' });
    await waitForHydrated(page);
    // Give the app a moment to act on the link's choices (a presentation opens, a slide is chosen).
    await page.waitForTimeout(150);
    const seen = await page.evaluate(() => ({
      h1: document.querySelectorAll('h1').length,
      charts: document.querySelectorAll('svg.ee-chart').length,
      injected: document.querySelectorAll('img[src="x"], img[onerror], svg[onload], script:not([src])').length,
      polluted: ({} as Record<string, unknown>).polluted ?? null,
      text: document.body.innerText.trim().length,
    }));
    expect(seen.h1, 'an h1').toBeGreaterThanOrEqual(1);
    expect(seen.charts, 'a chart').toBeGreaterThanOrEqual(1);
    expect(seen.text).toBeGreaterThan(200);
    expect(seen.injected, 'elements made from the link').toBe(0);
    expect(seen.polluted).toBeNull();
    expect(watched.consoleErrors.slice(before.console), 'console errors').toEqual([]);
    expect(watched.pageErrors.slice(before.errors), 'page errors').toEqual([]);
    expect(watched.failedRequests.slice(before.failed), 'failed requests').toEqual([]);
    expect(watched.dialogs).toEqual([]);
    expect(await watched.violations()).toEqual([]);
  });

  test('after a link with 99 characters and an emoji in the search, choosing a theme updates the address without a page error', async () => {
    const { page } = watched;
    const before = { console: watched.consoleErrors.length, errors: watched.pageErrors.length };
    await page.goto(`${server.url}${SPLIT_SURROGATE}`, { waitUntil: 'load' });
    await waitForApp(page);
    // Any change of choices makes the URL sync write the address: choose a theme.
    await page.locator('.ee-theme-picker select').selectOption('dark');
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    await page.waitForTimeout(300);
    expect(watched.pageErrors.slice(before.errors), 'page errors').toEqual([]);
    expect(watched.consoleErrors.slice(before.console), 'console errors').toEqual([]);
    await expect.poll(() => new URL(page.url()).searchParams.get('theme')).toBe('dark');
  });
});
