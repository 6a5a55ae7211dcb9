/**
 * Helpers shared by the dashboard's browser tests: the tabs and their
 * addresses, waiting for the app to take over the prerendered page, and the
 * checks every page gets (no console error, no page error, no failed request).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { TAB_IDS } from '../../../src/datasets/tabIds';
import type { TabId } from '../../../src/datasets/tabIds';
import type { OpenedPage } from './browser';

export { TAB_IDS };
export type { TabId };

/** A tab's address under the site's start (`base` ends with "/"): the overview is the start itself. */
export const tabUrl = (base: string, tab: TabId, search = ''): string => `${base}${tab === 'overview' ? '' : `${tab}/`}${search}`;

/** The path of a tab's page under a base path such as "/" or "/evidence/". */
export const tabPath = (basePath: string, tab: TabId): string => `${basePath}${tab === 'overview' ? '' : `${tab}/`}`;

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };

/** The <h1> of each tab's prerendered page in dist/: what the tab's heading must read. */
export function prerenderedHeadings(dist: string): Record<TabId, string> {
  const out = {} as Record<TabId, string>;
  for (const tab of TAB_IDS) {
    const html = readFileSync(join(dist, tab === 'overview' ? '' : tab, 'index.html'), 'utf8');
    const m = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html);
    if (!m) throw new Error(`no <h1> in the prerendered page of ${tab}`);
    out[tab] = (m[1] as string)
      .replace(/<[^>]*>/g, '')
      .replace(/&(#?\w+);/g, (all, e: string) => ENTITIES[e] ?? all)
      .trim();
  }
  return out;
}

/**
 * Wait until React has hydrated the prerendered page (it does so when the
 * browser is idle or at the first interaction): <html data-hydrated> is set
 * once the app owns the page and has applied the URL's choices, and the
 * keyboard targets on chart marks ([data-mark]), drawn only once hydrated,
 * are in every chart on screen.
 */
export async function waitForApp(page: Page, timeout = 15_000): Promise<void> {
  try {
    await page.waitForFunction(
      () =>
        document.documentElement.dataset.hydrated === 'true' &&
        [...document.querySelectorAll('svg.ee-chart')].every((svg) => svg.querySelector('[data-mark]') !== null),
      undefined,
      { timeout },
    );
  } catch (e) {
    // Say why: not hydrated at all (a script failed to load?) or charts without marks.
    const state = await page
      .evaluate(() => ({
        url: location.href,
        hydrated: document.documentElement.dataset.hydrated ?? null,
        chartsWithoutMarks: [...document.querySelectorAll('svg.ee-chart')]
          .filter((svg) => !svg.querySelector('[data-mark]'))
          .map((svg) => svg.closest('[data-chart]')?.getAttribute('data-chart')),
        failedResources: performance
          .getEntriesByType('resource')
          .filter((r) => ((r as PerformanceResourceTiming).responseStatus ?? 0) >= 400)
          .map((r) => r.name),
      }))
      .catch((err: unknown) => String(err));
    throw new Error(`the app did not take over the page: ${JSON.stringify(state)}`, { cause: e });
  }
}

/** No console error, no uncaught exception and no failed request so far. */
export function expectClean(opened: OpenedPage, what = ''): void {
  expect(opened.consoleErrors, `console errors ${what}`).toEqual([]);
  expect(opened.pageErrors, `page errors ${what}`).toEqual([]);
  expect(opened.failedRequests, `failed requests ${what}`).toEqual([]);
}

/** A column header's label without its unit ("Bristol (index, 2005 = 100)" → "Bristol"). */
export async function tableColumnLabels(page: Page, tableSelector: string): Promise<string[]> {
  return page.locator(`${tableSelector} thead th`).evaluateAll((ths) =>
    ths.map((th) => {
      const copy = th.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.ee-unit').forEach((u) => u.remove());
      return (copy.textContent ?? '').trim();
    }),
  );
}

/** The body of a rendered table as text, a row per array. */
export async function tableCells(page: Page, tableSelector: string): Promise<string[][]> {
  return page
    .locator(`${tableSelector} tbody tr`)
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())));
}

/** A number as the table writes it ("4,016", "101.87", "–" for none) back to a number, or null. */
export function tableNumber(text: string): number | null {
  const t = text.replace(/,/g, '').trim();
  if (t === '' || t === '–' || t === '-') return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}
