/**
 * The dashboard in a real browser: every tab renders its charts cleanly,
 * the tabs work from the keyboard and with back and forward, chart marks are
 * reachable by keyboard with a tooltip, legend buttons hide lines, the table
 * view holds the chart's rows, nothing scrolls sideways on a phone, and the
 * prerendered pages carry the content without JavaScript.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, openPage } from './support/browser';
import type { OpenedPage } from './support/browser';
import { ensureBuilt } from './support/build';
import { snapshotDist } from './support/snapshot';
import type { Snapshot } from './support/snapshot';
import { expectClean, prerenderedHeadings, TAB_IDS, tabPath, tabUrl, waitForApp } from './support/app';
import type { TabId } from './support/app';
import { serve } from './support/server';
import type { Served } from './support/server';

/**
 * The six themes of the strategy, each a tab of chart cards. Any other tab
 * (the workshop tab has tables and lists, no chart cards) gets every check
 * that is not about chart cards.
 */
const CHART_TABS: readonly TabId[] = ['overview', 'inclusive-growth', 'innovation', 'clean-growth', 'infrastructure', 'business'];
const hasCharts = (tab: TabId): boolean => CHART_TABS.includes(tab);

/*
 * Overflow bugs at 360 px (WCAG 1.4.10 Reflow) go here while they are open;
 * their cases run as test.fails. (Fixed: the card buttons now wrap; the
 * action grid's table scrolls inside its wrapper.)
 */
const NARROW_BUGS: Partial<Record<TabId, string>> = {};

const DESKTOP = { width: 1280, height: 800 } as const;
const PHONE = { width: 360, height: 740 } as const;
/** What a chart draws for its data, with or without JavaScript. */
const DRAWN_MARKS = '.ee-line, .ee-bar, .ee-area, .ee-slope, .ee-dot, .ee-hex, [data-mark]';

let browser: Browser;
/** This file's own copy of dist/: a rebuild by anyone else meanwhile cannot change it. */
let snapshot: Snapshot;
let server: Served;
let headings: Record<TabId, string>;

beforeAll(async () => {
  snapshot = await snapshotDist(await ensureBuilt());
  const dist = snapshot.dir;
  headings = prerenderedHeadings(dist);
  server = await serve(dist);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await snapshot?.remove();
});

async function withPage(url: string, size: { width: number; height: number }, run: (opened: OpenedPage) => Promise<void>) {
  const opened = await openPage(browser, url, { ...size, colorScheme: 'light' });
  try {
    await run(opened);
  } finally {
    await opened.close();
  }
}

/** The page shows `tab`: its heading, its tab selected (and only it), its address. */
async function expectOnTab(page: Page, tab: TabId): Promise<void> {
  await page.waitForFunction((h) => document.querySelector('h1')?.textContent === h, headings[tab], { timeout: 10_000 });
  const selected = await page.locator('[role="tab"][aria-selected="true"]').evaluateAll((as) => as.map((a) => a.id));
  expect(selected).toEqual([`tab-${tab}`]);
  await expect.poll(() => new URL(page.url()).pathname).toBe(tabPath('/', tab));
  expect(await page.locator('main').getAttribute('aria-labelledby')).toBe(`tab-${tab}`);
}

const isFocused = (l: Locator) => l.evaluate((el) => el === document.activeElement);

/**
 * The key of the table row each mark belongs to, from its accessible name
 * ("series, year: value"): the year for time series; per chart otherwise.
 */
const ROW_OF_MARK: Readonly<Record<string, (label: string) => string>> = {
  // A bar a university: "The University of Bath, £40m (West of England university)".
  'university-income': (l) => l.replace(/, [^,]*$/, ''),
  // Grouped bars by age band: "West of England, aged 0-14: 15%".
  'population-growth': (l) => l.replace(/^.*, /, '').replace(/:.*$/, ''),
  // A slope a projection: "Evidence base (2016-based), 2018: 0.54".
  'dependency-ratio': (l) => l.replace(/, \d{4}: .*$/, ''),
  // Road beside rail for each authority: "Road, South Gloucestershire: 716 kt".
  'transport-co2': (l) => l.replace(/^[^,]*, /, '').replace(/:.*$/, ''),
};
/**
 * The comparison cards' tables list every area with its value and rank (all
 * 296 authorities, or the 15 combined authorities with England and the West of
 * England), not a row per focusable mark: their rows are checked against the
 * data in tests/unit/units/compare.test.ts (the theme tabs' per-authority cards
 * in tests/unit/units/authorityIndicators.test.ts). Here only the swap is.
 */
const TABLE_NOT_BY_MARK = new Set([
  'compare-ranking',
  'compare-distribution',
  'compare-hexmap',
  'productivity-by-authority',
  'pay-by-authority',
  'employment-by-authority',
  'skills-by-authority',
  'gigabit-by-authority',
]);
const yearOfMark = (l: string): string => {
  const m = /, (\d{4}): [^:]*$/.exec(l);
  if (!m) throw new Error(`no year in the mark "${l}"`);
  return m[1] as string;
};

describe('every tab at 1280×800', () => {
  for (const tab of TAB_IDS)
    test(`${tab}: every card draws its chart with marks, with no console error, page error or failed request`, async () => {
      await withPage(tabUrl(server.url, tab), DESKTOP, async (opened) => {
        const { page } = opened;
        await waitForApp(page);
        expect(await page.locator('h1').textContent()).toBe(headings[tab]);
        const cards = await page.locator('article.ee-card').all();
        if (hasCharts(tab)) expect(cards.length).toBeGreaterThan(0);
        for (const card of cards) {
          const id = await card.getAttribute('data-chart');
          const tableView = (await card.getByRole('button', { name: 'Table', exact: true }).getAttribute('aria-pressed')) === 'true';
          if (tableView) {
            expect(await card.locator('table.ee-table').count(), id ?? '').toBe(1);
            continue;
          }
          const charts = await card.locator('svg.ee-chart').all();
          expect(charts.length, `${id}: svg.ee-chart`).toBeGreaterThan(0);
          for (const svg of charts) expect(await svg.locator('[data-mark]').count(), `${id}: marks`).toBeGreaterThan(0);
        }
        expectClean(opened, `on ${tab}`);
      });
    });
});

describe('tabs from the keyboard, back and forward', () => {
  test('ArrowRight opens each next tab (and wraps); back retraces them, forward again', async () => {
    await withPage(tabUrl(server.url, 'overview'), DESKTOP, async (opened) => {
      const { page } = opened;
      await waitForApp(page);
      await expectOnTab(page, 'overview');
      const visits: TabId[] = [...TAB_IDS, 'overview'];
      expect(new Set(Object.values(headings)).size).toBe(TAB_IDS.length); // each move changes the heading
      for (let i = 1; i < visits.length; i++) {
        const from = visits[i - 1] as TabId;
        const to = visits[i] as TabId;
        await page.locator(`#tab-${from}`).focus();
        await page.keyboard.press('ArrowRight');
        await expectOnTab(page, to);
        expect(await isFocused(page.locator(`#tab-${to}`)), `focus on the tab ${to}`).toBe(true);
      }
      for (let i = visits.length - 2; i >= 0; i--) {
        await page.goBack();
        await expectOnTab(page, visits[i] as TabId);
      }
      for (let i = 1; i < visits.length; i++) {
        await page.goForward();
        await expectOnTab(page, visits[i] as TabId);
      }
      await waitForApp(page);
      expect(opened.pageErrors).toEqual([]);
      expect(opened.consoleErrors).toEqual([]);
      expect(opened.failedRequests).toEqual([]);
    });
  });

  /*
   * The icon is a data: URL in index.html: it needs no request and cannot
   * resolve against a changed address (it once was "./favicon.svg", which
   * 404'd after a tab opened in the page).
   */
  test('moving between tabs in the page requests nothing that is missing', async () => {
    await withPage(tabUrl(server.url, 'overview'), DESKTOP, async (opened) => {
      const { page } = opened;
      await waitForApp(page);
      const icon = () => page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel~="icon"]')?.href);
      expect(await icon()).toMatch(/^data:image\/svg\+xml,/);
      for (const tab of TAB_IDS.slice(1)) {
        await page.locator(`#tab-${tab}`).click();
        await expectOnTab(page, tab);
        expect(await icon(), `the icon's address on ${tab}`).toMatch(/^data:image\/svg\+xml,/);
      }
      expect(opened.failedRequests).toEqual([]);
      expect(opened.consoleErrors).toEqual([]);
    });
  });

  /* WCAG 2.4.2 Page Titled: App sets document.title from the same pageTitle(tab) the prerender writes. */
  test('the document title follows the tab opened in the page', async () => {
    await withPage(tabUrl(server.url, 'overview'), DESKTOP, async (opened) => {
      const { page } = opened;
      await waitForApp(page);
      const overviewTitle = await page.title();
      await page.locator('#tab-overview').focus();
      await page.keyboard.press('ArrowRight');
      await expectOnTab(page, 'inclusive-growth');
      const fresh = await openPage(browser, tabUrl(server.url, 'inclusive-growth'), DESKTOP);
      const expected = await fresh.page.title();
      await fresh.close();
      expect(expected).not.toBe(overviewTitle);
      expect(await page.title()).toBe(expected);
    });
  });
});

describe('a chart (Environment for growth: GDP per head)', () => {
  test('Tab reaches the first mark; ArrowRight moves to the next point and the tooltip shows it', async () => {
    await withPage(tabUrl(server.url, 'business'), DESKTOP, async (opened) => {
      const { page } = opened;
      await waitForApp(page);
      const card = page.locator('article[data-chart="gdp-per-head"]');
      const first = card.locator('[data-mark]').first();
      expect(await first.getAttribute('tabindex')).toBe('0');
      // Start at the card's last control before the chart and tab forward into it.
      await card.locator('summary', { hasText: 'Download' }).focus();
      for (let i = 0; i < 10 && !(await card.locator('svg.ee-chart').evaluate((svg) => svg.contains(document.activeElement))); i++)
        await page.keyboard.press('Tab');
      expect(await isFocused(first), 'Tab lands on the first mark').toBe(true);

      const tooltipText = async () => {
        const tip = card.locator('.ee-tooltip');
        await tip.waitFor({ state: 'visible', timeout: 5000 });
        // A line chart's tooltip: the year, then every series; the focused one's row is marked. As its accessible name: "Series, year: value".
        const active = tip.locator('.ee-tooltip-active');
        return `${await active.locator('th').textContent()}, ${await tip.locator('strong').textContent()}: ${await active.locator('.ee-tooltip-value').textContent()}`;
      };
      const firstLabel = (await first.getAttribute('aria-label')) ?? '';
      expect(await tooltipText()).toBe(firstLabel);

      await page.keyboard.press('ArrowRight');
      const next = await page.evaluate(() => ({
        mark: document.activeElement?.getAttribute('data-mark') ?? null,
        label: document.activeElement?.getAttribute('aria-label') ?? '',
        tabIndex: document.activeElement?.getAttribute('tabindex') ?? null,
      }));
      expect(next.mark).not.toBeNull();
      expect(next.tabIndex).toBe('0'); // roving tab stop follows focus
      const parse = (l: string) => /^(.*), (\d{4}): (.+)$/.exec(l);
      const [, series0, year0] = parse(firstLabel) ?? [];
      const [, series1, year1, value1] = parse(next.label) ?? [];
      expect(series1, next.label).toBe(series0);
      expect(Number(year1)).toBe(Number(year0) + 1);
      expect(value1).toMatch(/^£[\d,]+$/);
      expect(await tooltipText()).toBe(next.label);
      expectClean(opened);
    });
  });

  test('a tick under "Lines" in Change chart hides, then shows, its line', async () => {
    await withPage(tabUrl(server.url, 'business'), DESKTOP, async (opened) => {
      const { page } = opened;
      await waitForApp(page);
      const card = page.locator('article[data-chart="gdp-per-head"]');
      expect(await card.locator('.ee-legend').count(), 'lines are labelled at their ends: no legend').toBe(0);
      await card.getByRole('button', { name: 'Change chart' }).click();
      const bristol = card.getByRole('group', { name: 'Lines' }).getByRole('checkbox', { name: 'Bristol', exact: true });
      const lines = card.locator('svg.ee-chart path.ee-line');
      const bristolMarks = card.locator('[data-mark][aria-label^="Bristol, "]');
      expect(await bristol.isChecked()).toBe(true);
      const before = await lines.count();
      expect(await bristolMarks.count()).toBeGreaterThan(0);

      await bristol.click();
      expect(await bristol.isChecked()).toBe(false);
      expect(await lines.count()).toBe(before - 1);
      expect(await card.locator('path.ee-line[data-series="E06000023"]').count()).toBe(0);
      expect(await bristolMarks.count()).toBe(0);
      await expect.poll(() => new URL(page.url()).searchParams.get('gdp-per-head.hide')).toBe('E06000023');

      await bristol.click();
      expect(await bristol.isChecked()).toBe(true);
      expect(await lines.count()).toBe(before);
      expect(await bristolMarks.count()).toBeGreaterThan(0);
      await expect.poll(() => new URL(page.url()).searchParams.has('gdp-per-head.hide')).toBe(false);
      expectClean(opened);
    });
  });
});

describe('the table view', () => {
  for (const tab of TAB_IDS)
    test(`${tab}: "Table" swaps each chart for a table with a row per year (or category) of its data, and back`, async () => {
      await withPage(tabUrl(server.url, tab), DESKTOP, async (opened) => {
        const { page } = opened;
        await waitForApp(page);
        for (const card of await page.locator('article.ee-card').all()) {
          const id = (await card.getAttribute('data-chart')) ?? '';
          const labels = await card.locator('[data-mark]').evaluateAll((ms) => ms.map((m) => m.getAttribute('aria-label') ?? ''));
          const rowOf = ROW_OF_MARK[id] ?? yearOfMark;
          const expected = TABLE_NOT_BY_MARK.has(id) ? [] : [...new Set(labels.map(rowOf))];
          const button = card.getByRole('button', { name: 'Table', exact: true });
          expect(await button.getAttribute('aria-pressed'), id).toBe('false');

          await button.click();
          expect(await button.getAttribute('aria-pressed'), id).toBe('true');
          await card.locator('table.ee-table').waitFor({ state: 'visible' });
          // The chart stays mounted, hidden, so switching back redraws nothing.
          expect(await card.locator('svg.ee-chart').isVisible(), `${id}: the chart gives way to the table`).toBe(false);
          const rowHeads = await card.locator('table.ee-table tbody tr > th').allTextContents();
          if (TABLE_NOT_BY_MARK.has(id)) expect(rowHeads.length, `${id}: rows`).toBeGreaterThanOrEqual(16);
          else expect(rowHeads.length, `${id}: rows`).toBe(expected.length);
          if (!ROW_OF_MARK[id] && !TABLE_NOT_BY_MARK.has(id)) expect(rowHeads, `${id}: a row per year`).toEqual([...expected].sort());
          if (id === 'university-income') expect(rowHeads, `${id}: a row per bar, in order`).toEqual(expected);
          // The address is written after the next paint.
          await page.waitForFunction((key) => new URL(location.href).searchParams.get(key) === 'table', `${id}.view`);

          await button.click();
          expect(await button.getAttribute('aria-pressed'), id).toBe('false');
          expect(await card.locator('table.ee-table').count(), id).toBe(0);
          await card.locator('svg.ee-chart [data-mark]').first().waitFor({ state: 'attached' });
        }
        expectClean(opened, `on ${tab}`);
      });
    });
});

describe('on a phone, 360×740, light theme', () => {
  const overflow = (page: Page) =>
    page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  for (const tab of TAB_IDS)
    (NARROW_BUGS[tab] ? test.fails : test)(
      `${NARROW_BUGS[tab] ? `${NARROW_BUGS[tab]}: ` : ''}${tab}: nothing scrolls sideways, before and after the app takes over`,
      async () => {
        await withPage(tabUrl(server.url, tab, '?theme=light'), PHONE, async (opened) => {
          const { page } = opened;
          const atLoad = await overflow(page);
          expect(atLoad.scrollWidth, 'prerendered page').toBeLessThanOrEqual(atLoad.clientWidth);
          await waitForApp(page);
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          const hydrated = await overflow(page);
          expect(hydrated.clientWidth).toBe(PHONE.width);
          expect(hydrated.scrollWidth, 'after hydration').toBeLessThanOrEqual(hydrated.clientWidth);
          // A card clips what overflows it, so the page does not scroll: a control past its edge is cut off instead (a select's arrow, say).
          const pastCard = await page.evaluate(() =>
            [...document.querySelectorAll('.ee-card')].flatMap((card) => {
              const box = card.getBoundingClientRect();
              return [...card.querySelectorAll('select, button, input, summary')]
                .filter((el) => {
                  const r = el.getBoundingClientRect();
                  return r.width > 0 && (r.left < box.left - 0.5 || r.right > box.right + 0.5);
                })
                .map((el) => `${card.id || card.className}: ${el.tagName.toLowerCase()} ${(el.textContent ?? '').trim().slice(0, 40)}`);
            }),
          );
          expect(pastCard, 'controls past their card’s edge').toEqual([]);
          expectClean(opened, `on ${tab}`);
        });
      },
    );
});

describe('with JavaScript disabled', () => {
  for (const tab of TAB_IDS)
    test(`${tab}: the prerendered page shows its heading, charts with marks, findings and sources`, async () => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: DESKTOP, colorScheme: 'light' });
      try {
        const page = await context.newPage();
        const failed: string[] = [];
        page.on('response', (r) => {
          if (r.status() >= 400) failed.push(`${r.url()}: HTTP ${r.status()}`);
        });
        page.on('requestfailed', (r) => {
          // With JavaScript off the browser refuses the scripts the page preloads (<link rel="modulepreload">): nothing a reader misses.
          if (r.failure()?.errorText === 'csp' && r.resourceType() === 'script') return;
          failed.push(`${r.url()}: ${r.failure()?.errorText ?? 'failed'}`);
        });
        await page.goto(tabUrl(server.url, tab), { waitUntil: 'load' });
        expect(await page.locator('h1').textContent()).toBe(headings[tab]);
        const cards = await page.locator('article.ee-card').all();
        if (hasCharts(tab)) expect(cards.length).toBeGreaterThan(0);
        for (const card of cards) {
          const id = await card.getAttribute('data-chart');
          const charts = await card.locator('svg.ee-chart').all();
          expect(charts.length, `${id}: svg.ee-chart`).toBeGreaterThan(0);
          for (const svg of charts) expect(await svg.locator(DRAWN_MARKS).count(), `${id}: drawn marks`).toBeGreaterThan(0);
          expect(((await card.locator('.ee-finding').textContent()) ?? '').trim(), `${id}: finding`).not.toBe('');
          const source = ((await card.locator('.ee-source').first().textContent()) ?? '').trim();
          expect(source, `${id}: source line`).toMatch(/^Source: \S/);
        }
        expect(failed.filter((f) => !new URL(f.split(': ')[0] as string).pathname.endsWith('/favicon.ico'))).toEqual([]);
      } finally {
        await context.close();
      }
    });
});
