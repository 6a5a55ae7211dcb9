/**
 * Shared by the security browser tests: the Content Security Policy the build
 * puts in every page, the response headers README "Security" recommends, and
 * a page opened with a recorder of CSP violations, dialogs, cookies and every
 * request installed before the first byte of the page arrives.
 */
import type { Browser, Locator, Page, Request } from 'playwright-core';
import { expect } from 'vitest';
import type { OpenedPage, PageOptions } from './browser';
import { openPage } from './browser';

/** The policy of the issue, word for word: scripts/prerender.ts must write exactly this into every page. */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

/** What README "Security" tells servers to send: the policy plus what a <meta> cannot carry, and two more headers. */
export const RECOMMENDED_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `${CSP}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

export interface Violation {
  readonly directive: string;
  readonly blocked: string;
  readonly source: string;
  readonly line: number;
  readonly sample: string;
  readonly page: string;
}

export interface WatchedPage extends OpenedPage {
  /** Console messages of any type that mention a Content Security Policy. */
  readonly cspConsole: string[];
  /** alert(), confirm() and prompt() dialogs: none may ever open. */
  readonly dialogs: string[];
  /** Responses that set a cookie, as "url: header". */
  readonly setCookies: string[];
  /** Every request of the context (pages, workers, downloads), with its kind. */
  readonly contextRequests: Request[];
  /** The CSP violations reported in the page so far (read again after each navigation). */
  violations(): Promise<Violation[]>;
}

declare global {
  interface Window {
    __cspViolations?: Violation[];
  }
}

/**
 * Runs in every document before its own scripts: collects securitypolicyviolation
 * events in window.__cspViolations, kept in sessionStorage across navigations.
 */
const RECORD_VIOLATIONS = `(() => {
  const key = '__cspViolations';
  let saved = [];
  try { saved = JSON.parse(sessionStorage.getItem(key) || '[]'); } catch (e) { saved = []; }
  window.__cspViolations = saved;
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push({
      directive: e.effectiveDirective || e.violatedDirective,
      blocked: e.blockedURI,
      source: e.sourceFile,
      line: e.lineNumber,
      sample: e.sample,
      page: location.href,
    });
    try { sessionStorage.setItem(key, JSON.stringify(window.__cspViolations)); } catch (e2) { /* full or denied */ }
  });
})();`;

/**
 * Open `url` like openPage, but with the recorders in place first: the page
 * opens at about:blank, the init script and listeners are added, and only
 * then does it go to `url`. Violations from every document the page loads
 * are collected through sessionStorage, so a navigation does not lose them.
 */
export async function openWatched(browser: Browser, url: string, options: PageOptions): Promise<WatchedPage> {
  const opened = await openPage(browser, 'about:blank', options);
  const { page, context } = opened;
  const cspConsole: string[] = [];
  const dialogs: string[] = [];
  const setCookies: string[] = [];
  const contextRequests: Request[] = [];
  // A string, not a function: a compiler's helpers (esbuild's __name, say) would not exist in the page.
  await context.addInitScript(RECORD_VIOLATIONS);
  page.on('console', (m) => {
    if (/Content[ -]Security[ -]Policy/i.test(m.text())) cspConsole.push(`${m.type()}: ${m.text()}`);
  });
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  context.on('request', (r) => contextRequests.push(r));
  context.on('response', (r) => {
    void r
      .headersArray()
      .then((hs) => {
        for (const h of hs) if (h.name.toLowerCase() === 'set-cookie') setCookies.push(`${r.url()}: ${h.value}`);
      })
      .catch(() => {});
  });
  await page.goto(url, { waitUntil: 'load' });
  return {
    ...opened,
    cspConsole,
    dialogs,
    setCookies,
    contextRequests,
    violations: async () => (await page.evaluate(() => window.__cspViolations ?? []).catch(() => [])) as Violation[],
  };
}

/** Open the card's Download menu, choose `kind`, and wait for the file: its suggested name. */
export async function downloadFromCard(card: Locator, kind: 'csv' | 'csvzip' | 'png' | 'svg'): Promise<string> {
  const page = card.page();
  await card.locator('summary', { hasText: 'Download' }).click();
  const button = card.locator(`[data-export="${kind}"]`);
  await button.waitFor({ state: 'visible' });
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), button.click()]);
  expect(await file.failure(), `download of ${kind}`).toBeNull();
  return file.suggestedFilename();
}

/** Follow the card's first "Full dataset" link in its Download menu: the suggested name. */
export async function downloadFullDataset(card: Locator): Promise<string> {
  const page = card.page();
  const menu = card.locator('details.ee-download');
  if ((await menu.getAttribute('open')) === null) await card.locator('summary', { hasText: 'Download' }).click();
  const link = card.locator('a[download]', { hasText: 'Full dataset' }).first();
  await link.waitFor({ state: 'visible' });
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), link.click()]);
  expect(await file.failure(), 'download of the full dataset').toBeNull();
  return file.suggestedFilename();
}

/** Show the card's table, check it is there, and go back to the chart. */
export async function toggleTable(card: Locator): Promise<void> {
  const button = card.getByRole('button', { name: 'Table', exact: true });
  await button.click();
  await card.locator('table.ee-table').waitFor({ state: 'visible' });
  await button.click();
  await card.locator('svg.ee-chart').first().waitFor({ state: 'visible' });
}

/** Open presentation mode from the header, move a slide on, and leave with Escape. */
export async function presentAndLeave(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await page.locator('.ee-slide').waitFor({ state: 'visible', timeout: 15_000 });
  const first = await page.locator('.ee-slide').getAttribute('aria-label');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction((f) => document.querySelector('.ee-slide')?.getAttribute('aria-label') !== f, first);
  await page.keyboard.press('Escape');
  await page.locator('.ee-present').waitFor({ state: 'detached' });
}
