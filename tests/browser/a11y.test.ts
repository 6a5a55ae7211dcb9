/**
 * Accessibility: axe-core's WCAG 2.0/2.1/2.2 A and AA rules on every tab in
 * every theme, after the app has taken over the prerendered page, and in the
 * states a reader opens: a card's table view, a Download menu, a focused
 * chart mark with its tooltip. Expect zero violations. ("Auto" with a dark
 * system setting draws the dark theme, so it is not run separately.)
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, openPage } from './support/browser';
import { ensureBuilt } from './support/build';
import { snapshotDist } from './support/snapshot';
import type { Snapshot } from './support/snapshot';
import { expectClean, TAB_IDS, tabUrl, waitForApp } from './support/app';
import { serve } from './support/server';
import type { Served } from './support/server';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const AXE_SOURCE = readFileSync(AXE_PATH, 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const THEMES = ['light', 'dark', 'contrast'] as const;
const VIEWPORT = { width: 1280, height: 800 } as const;

interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly helpUrl: string;
  readonly nodes: readonly { readonly target: readonly unknown[]; readonly failureSummary?: string }[];
}

let browser: Browser;
/** This file's own copy of dist/: a rebuild by anyone else meanwhile cannot change it. */
let snapshot: Snapshot;
let server: Served;

beforeAll(async () => {
  snapshot = await snapshotDist(await ensureBuilt());
  const dist = snapshot.dir;
  server = await serve(dist);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await snapshot?.remove();
});

/**
 * Put axe-core into the page. The pages carry a Content-Security-Policy
 * (script-src 'self'), so page.addScriptTag({ path }), an inline <script>,
 * is refused (and logs a CSP error), and bypassing the policy would test a
 * page readers never get. The file is evaluated through the DevTools
 * protocol instead, which the policy does not govern; the page keeps its CSP.
 */
async function injectAxe(page: Page): Promise<void> {
  await page.evaluate(AXE_SOURCE);
  if (!(await page.evaluate(() => 'axe' in window))) throw new Error('axe-core did not load');
}

/** Run axe on the whole document; the violations, each with its first three nodes. */
async function axe(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await injectAxe(page);
  return page.evaluate(async (values) => {
    const w = window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Violation[] }> } };
    const result = await w.axe.run(document, { runOnly: { type: 'tag', values }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, TAGS);
}

/** Violations as readable lines for the failure message (and the log). */
function report(where: string, violations: readonly Violation[]): string {
  return violations
    .map(
      (v) =>
        `${where}: ${v.id} (${v.impact ?? 'no impact'}) ${v.help} <${v.helpUrl}>\n` +
        v.nodes
          .map((n) => `    ${JSON.stringify(n.target)}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, '\n      ')}` : ''}`)
          .join('\n'),
    )
    .join('\n');
}

function expectNoViolations(where: string, violations: readonly Violation[]): void {
  if (violations.length) console.error(report(where, violations));
  expect(
    violations.map((v) => v.id),
    report(where, violations),
  ).toEqual([]);
}

/** Open a page in a theme, wait for the app, check the theme took, then let `prepare` set the state to check. */
async function check(where: string, url: string, theme: (typeof THEMES)[number], prepare?: (page: Page) => Promise<void>): Promise<void> {
  const opened = await openPage(browser, url, { ...VIEWPORT, colorScheme: 'light' });
  try {
    const { page } = opened;
    await waitForApp(page);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    await prepare?.(page);
    expectNoViolations(where, await axe(page));
    expectClean(opened, where);
  } finally {
    await opened.close();
  }
}

describe('the axe set-up', () => {
  test('finds a planted violation (so zero violations below means something)', async () => {
    const opened = await openPage(browser, tabUrl(server.url, 'innovation', '?theme=light'), { ...VIEWPORT, colorScheme: 'light' });
    try {
      const { page } = opened;
      await waitForApp(page);
      await page.evaluate(() => {
        const b = document.createElement('button');
        b.className = 'planted';
        document.querySelector('main')?.append(b); // a button with no name
      });
      const found = await axe(page);
      expect(found.map((v) => v.id)).toContain('button-name');
      expect(found.find((v) => v.id === 'button-name')?.nodes[0]?.target).toEqual(['.planted']);
    } finally {
      await opened.close();
    }
  });
});

describe('axe: WCAG 2.2 A and AA, every tab × theme', () => {
  for (const tab of TAB_IDS)
    for (const theme of THEMES)
      test(`${tab} in the ${theme} theme`, async () => {
        await check(`${tab}/${theme}`, tabUrl(server.url, tab, `?theme=${theme}`), theme);
      });
});

describe('axe: states a reader opens', () => {
  for (const theme of THEMES) {
    test(`a card in its table view (business, economy) in the ${theme} theme`, async () => {
      await check(`business economy table/${theme}`, tabUrl(server.url, 'business', `?theme=${theme}`), theme, async (page) => {
        const card = page.locator('article[data-chart="economy"]');
        await card.getByRole('button', { name: 'Table', exact: true }).click();
        await card.locator('table.ee-table').waitFor({ state: 'visible' });
      });
    });

    test(`a Download menu open on the overview in the ${theme} theme`, async () => {
      await check(`overview download menu/${theme}`, tabUrl(server.url, 'overview', `?theme=${theme}`), theme, async (page) => {
        const card = page.locator('article.ee-card').first();
        await card.locator('summary', { hasText: 'Download' }).click();
        await card.locator('[data-export="csv"]').waitFor({ state: 'visible' });
        expect(await card.locator('details.ee-download').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
      });
    });

    test(`a chart mark focused with its tooltip (business, economy) in the ${theme} theme`, async () => {
      await check(`business economy tooltip/${theme}`, tabUrl(server.url, 'business', `?theme=${theme}`), theme, async (page) => {
        const card = page.locator('article[data-chart="economy"]');
        await card.locator('[data-mark][tabindex="0"]').focus();
        await page.keyboard.press('ArrowRight');
        await card.locator('.ee-tooltip').waitFor({ state: 'visible' });
      });
    });
  }
});
