/**
 * Links that carry a view: a pasted deep link reproduces the filtered view
 * and its controls, a change in the page rewrites the address without a new
 * history entry and that address reproduces the change, bad or hostile
 * parameters give the default view quietly, and the site works from a
 * sub-path (/evidence/).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, openPage } from './support/browser';
import type { OpenedPage } from './support/browser';
import { ensureBuilt } from './support/build';
import { snapshotDist } from './support/snapshot';
import type { Snapshot } from './support/snapshot';
import { expectClean, prerenderedHeadings, TAB_IDS, tabPath, tableCells, tableColumnLabels, tabUrl, waitForApp } from './support/app';
import type { TabId } from './support/app';
import { serve } from './support/server';
import type { Served } from './support/server';

const VIEWPORT = { width: 1280, height: 800 } as const;
const BASE_PATH = '/evidence/';
const ECONOMY = 'article[data-chart="economy"]';
const ECONOMY_TABLE = `${ECONOMY} table.ee-table`;
const DEEP_LINK = '?economy.areas=E06000023,E06000025&economy.from=2005&economy.mode=indexed&economy.view=table';

let browser: Browser;
/** This file's own copy of dist/: a rebuild by anyone else meanwhile cannot change it. */
let snapshot: Snapshot;
/** Serves dist/ at "/" and at "/evidence/", as the smoke test does. */
let server: Served;
/** The site at the root: origin + "/". */
let root: string;
let headings: Record<TabId, string>;

beforeAll(async () => {
  snapshot = await snapshotDist(await ensureBuilt());
  const dist = snapshot.dir;
  headings = prerenderedHeadings(dist);
  server = await serve(dist, { base: BASE_PATH });
  root = `${server.origin}/`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await snapshot?.remove();
});

async function withPage(url: string, run: (opened: OpenedPage) => Promise<void>): Promise<void> {
  const opened = await openPage(browser, url, { ...VIEWPORT, colorScheme: 'light' });
  try {
    await run(opened);
  } finally {
    await opened.close();
  }
}

/** What the economy card's controls say. */
async function economyControls(page: Page) {
  const card = page.locator(ECONOMY);
  const change = card.getByRole('button', { name: 'Change chart' });
  if ((await change.getAttribute('aria-expanded')) !== 'true') await change.click();
  const areas = card.locator('fieldset', { has: page.locator('legend', { hasText: /^Areas$/ }) });
  const show = card.locator('fieldset', { has: page.locator('legend', { hasText: /^Show$/ }) });
  return {
    checkedAreas: await areas
      .locator('label')
      .evaluateAll((ls) => ls.filter((l) => l.querySelector('input')?.checked).map((l) => (l.textContent ?? '').trim())),
    show: await show
      .locator('label')
      .evaluateAll((ls) => ls.filter((l) => l.querySelector('input')?.checked).map((l) => (l.textContent ?? '').trim())),
    from: await card.getByRole('combobox', { name: 'From' }).inputValue(),
    to: await card.getByRole('combobox', { name: 'to', exact: true }).inputValue(),
    table: await card.getByRole('button', { name: 'Table', exact: true }).getAttribute('aria-pressed'),
  };
}

async function economyTable(page: Page): Promise<{ columns: string[]; cells: string[][] }> {
  await page.locator(ECONOMY_TABLE).waitFor({ state: 'visible', timeout: 10_000 });
  return { columns: await tableColumnLabels(page, ECONOMY_TABLE), cells: await tableCells(page, ECONOMY_TABLE) };
}

describe('a pasted deep link', () => {
  // The economy card shows the newest release by default (ONS, April 2025: to 2023).
  test('reproduces the filtered table view and its controls; a change rewrites the address in place; that address reproduces it', async () => {
    let changedUrl = '';
    let changedTable: { columns: string[]; cells: string[][] } | undefined;
    await withPage(tabUrl(root, 'business', DEEP_LINK), async (opened) => {
      const { page } = opened;
      await waitForApp(page);
      const table = await economyTable(page);
      expect(table.columns).toEqual(['Year', 'Bristol', 'South Gloucestershire']);
      expect(table.cells[0]).toEqual(['2005', '100.0', '100.0']);
      expect(table.cells.map((r) => r[0])).toEqual(Array.from({ length: 2023 - 2005 + 1 }, (_, i) => String(2005 + i)));
      const units = await page.locator(`${ECONOMY_TABLE} thead .ee-unit`).allTextContents();
      expect(units.map((u) => u.trim())).toEqual(['(index, 2005 = 100)', '(index, 2005 = 100)']);
      expect(await economyControls(page)).toEqual({
        checkedAreas: ['Bristol', 'South Gloucestershire'],
        show: ['Index, first year = 100'],
        from: '2005',
        to: '2023',
        table: 'true',
      });

      const historyLength = await page.evaluate(() => history.length);
      const before = page.url();
      await page.locator(ECONOMY).getByRole('checkbox', { name: 'Bristol', exact: true }).uncheck();
      await page.waitForFunction((b) => location.href !== b, before);
      const url = new URL(page.url());
      expect(url.pathname).toBe('/business/');
      expect(Object.fromEntries(url.searchParams)).toEqual({
        'economy.areas': 'E06000025',
        'economy.from': '2005',
        'economy.mode': 'indexed',
        'economy.view': 'table',
      });
      expect(await page.evaluate(() => history.length), 'replaceState: no new history entry').toBe(historyLength);
      changedTable = await economyTable(page);
      expect(changedTable.columns).toEqual(['Year', 'South Gloucestershire']);
      changedUrl = page.url();
      expectClean(opened);
    });

    await withPage(changedUrl, async (opened) => {
      const { page } = opened;
      await waitForApp(page);
      await page.waitForFunction((sel) => document.querySelectorAll(`${sel} thead th`).length === 2, ECONOMY_TABLE);
      expect(await economyTable(page)).toEqual(changedTable);
      expect(await economyControls(page)).toEqual({
        checkedAreas: ['South Gloucestershire'],
        show: ['Index, first year = 100'],
        from: '2005',
        to: '2023',
        table: 'true',
      });
      expectClean(opened);
    });
  });
});

/** Everything the choices decide, on every card and the page: equal snapshots are the same view. */
async function viewSnapshot(page: Page) {
  return page.evaluate(() => ({
    theme: document.documentElement.dataset.theme ?? 'auto',
    themeSelect: document.querySelector<HTMLSelectElement>('.ee-theme-picker select')?.value,
    h1: document.querySelector('h1')?.textContent,
    scripts: document.querySelectorAll('script').length,
    cards: [...document.querySelectorAll('article.ee-card')].map((card) => ({
      id: card.getAttribute('data-chart'),
      finding: card.querySelector('.ee-finding')?.textContent,
      marks: [...card.querySelectorAll('[data-mark]')].map((m) => m.getAttribute('aria-label')),
      tables: card.querySelectorAll('table.ee-table').length,
      inputs: [...card.querySelectorAll<HTMLInputElement>('.ee-controls input')].map((i) => i.checked),
      selects: [...card.querySelectorAll<HTMLSelectElement>('.ee-controls select')].map((s) => s.value),
      pressed: [...card.querySelectorAll('[aria-pressed]')].map((b) => b.getAttribute('aria-pressed')),
    })),
  }));
}

describe('invalid and hostile parameters give the default view, quietly', () => {
  const CASES: readonly { readonly tab: TabId; readonly search: string }[] = [
    { tab: 'business', search: '?economy.from=abc&economy.areas=<script>&theme=neon&x.y=1&%E0%A4%A=1' },
    {
      tab: 'business',
      search:
        '?economy.from=1800&economy.to=3000&economy.mode=INDEXED&economy.measure=__proto__&economy.hide=constructor&economy.view=chart&economy.areas=,,,',
    },
    { tab: 'business', search: '?economy.from=2019&economy.to=1998&__proto__.polluted=1&constructor.prototype=1&economy..areas=x&.=.&=' },
    {
      tab: 'innovation',
      search: `?university-income.sort=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&university-income.view=TABLE&theme=javascript:alert(1)${'&a.b=1'.repeat(300)}`,
    },
  ];
  const defaults = new Map<TabId, Awaited<ReturnType<typeof viewSnapshot>>>();

  for (const { tab, search } of CASES)
    test(`${tab}/${search.length > 90 ? `${search.slice(0, 90)}…` : search}`, async () => {
      if (!defaults.has(tab))
        await withPage(tabUrl(root, tab), async ({ page }) => {
          await waitForApp(page);
          defaults.set(tab, await viewSnapshot(page));
        });
      await withPage(tabUrl(root, tab, search), async (opened) => {
        const { page } = opened;
        const dialogs: string[] = [];
        page.on('dialog', (d) => {
          dialogs.push(d.message());
          void d.dismiss();
        });
        await waitForApp(page);
        expect(await viewSnapshot(page)).toEqual(defaults.get(tab));
        expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('polluted');
        expect(dialogs).toEqual([]);
        expectClean(opened);
      });
    });

  test('(control) one valid choice among them does change the snapshot, so the comparison above can see a change', async () => {
    if (!defaults.has('business'))
      await withPage(tabUrl(root, 'business'), async ({ page }) => {
        await waitForApp(page);
        defaults.set('business', await viewSnapshot(page));
      });
    await withPage(tabUrl(root, 'business', '?economy.from=abc&economy.mode=indexed&theme=neon'), async (opened) => {
      const { page } = opened;
      await waitForApp(page);
      const snap = await viewSnapshot(page);
      const plain = defaults.get('business');
      expect(snap.theme).toBe(plain?.theme);
      expect(snap.cards.find((c) => c.id === 'economy')).not.toEqual(plain?.cards.find((c) => c.id === 'economy'));
      expect(snap.cards.find((c) => c.id === 'gdp-per-head')).toEqual(plain?.cards.find((c) => c.id === 'gdp-per-head'));
      expectClean(opened);
    });
  });
});

describe(`served under the sub-path ${BASE_PATH}`, () => {
  const underBase = (opened: OpenedPage) => opened.requests.filter((r) => !r.split(' ')[1]?.startsWith(server.url));

  test('clean-growth renders its charts; tab links point under the sub-path; opening tabs keeps it', async () => {
    await withPage(tabUrl(server.url, 'clean-growth'), async (opened) => {
      const { page } = opened;
      await waitForApp(page);
      expect(await page.locator('h1').textContent()).toBe(headings['clean-growth']);
      for (const card of await page.locator('article.ee-card').all())
        expect(await card.locator('svg.ee-chart [data-mark]').count(), (await card.getAttribute('data-chart')) ?? '').toBeGreaterThan(0);

      const links = await page.locator('[role="tab"]').evaluateAll((as) => as.map((a) => [a.id, (a as HTMLAnchorElement).href]));
      expect(links).toEqual(TAB_IDS.map((t) => [`tab-${t}`, `${server.origin}${tabPath(BASE_PATH, t)}`]));
      const datasets = await page.locator('a[href*="data/"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(datasets.length).toBeGreaterThan(0);
      for (const d of datasets) expect(d).toMatch(new RegExp(`^${server.url.replace(/[.]/g, '\\.')}data/[\\w-]+\\.zip$`));

      await page.locator('#tab-innovation').click();
      await page.waitForFunction((h) => document.querySelector('h1')?.textContent === h, headings.innovation);
      await expect.poll(() => new URL(page.url()).pathname).toBe(tabPath(BASE_PATH, 'innovation'));
      expect(await page.locator('#tab-innovation').getAttribute('aria-selected')).toBe('true');
      await waitForApp(page);

      await page.locator('#tab-innovation').focus();
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction((h) => document.querySelector('h1')?.textContent === h, headings['clean-growth']);
      await expect.poll(() => new URL(page.url()).pathname).toBe(tabPath(BASE_PATH, 'clean-growth'));

      await page.goBack();
      await page.waitForFunction((h) => document.querySelector('h1')?.textContent === h, headings.innovation);
      await expect.poll(() => new URL(page.url()).pathname).toBe(tabPath(BASE_PATH, 'innovation'));
      const newLinks = await page.locator('[role="tab"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(newLinks).toEqual(TAB_IDS.map((t) => `${server.origin}${tabPath(BASE_PATH, t)}`));

      expect(underBase(opened), 'every request stays under the sub-path').toEqual([]);
      expectClean(opened);
    });
  });

  /* The icon is a data: URL, so no address change can send it outside the sub-path. */
  test('opening the overview in the page keeps the icon under the sub-path', async () => {
    await withPage(tabUrl(server.url, 'clean-growth'), async (opened) => {
      const { page } = opened;
      await waitForApp(page);
      await page.locator('#tab-overview').click();
      await page.waitForFunction((h) => document.querySelector('h1')?.textContent === h, headings.overview);
      await expect.poll(() => new URL(page.url()).pathname).toBe(BASE_PATH);
      const icon = await page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel~="icon"]')?.href);
      expect(icon).toMatch(/^data:image\/svg\+xml,/);
      expect(underBase(opened)).toEqual([]);
    });
  });
});
