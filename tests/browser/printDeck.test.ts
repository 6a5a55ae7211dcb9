/**
 * "Print the deck": a three-chart custom deck printed to PDF by Chromium from
 * "Your presentation" and from presentation mode gives one A4 landscape page
 * per chart, in deck order, each with its finding, source, page number and
 * link, and no control text.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectClean, waitForApp } from './support/app';
import { openPage } from './support/browser';
import type { OpenedPage } from './support/browser';
import { servedSite } from './support/site';

const DECK = ['decoupling', 'population-growth', 'university-income'] as const;
const SEARCH = `?deck=${DECK.join(',')}`;

const site = servedSite();
let opened: OpenedPage;
let page: Page;

beforeAll(async () => {
  opened = await openPage(site.browser, `${site.server.url}clean-growth/${SEARCH}`, { width: 1280, height: 800 });
  page = opened.page;
  await waitForApp(page);
  // The dialog would block a headless test: the PDF is made by page.pdf instead.
  await page.evaluate(() => {
    window.print = () => undefined;
  });
});

afterAll(async () => {
  await opened?.close();
});

const pageCount = (pdf: Buffer): number => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
/** Page sizes in points from the MediaBox of each page. */
const mediaBoxes = (pdf: Buffer): number[][] =>
  [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [
    Number(m[3]),
    Number(m[4]),
  ]);

const pdftotext = spawnSync('sh', ['-c', 'command -v pdftotext'], { encoding: 'utf8' }).stdout.trim();

/** The text of each page (pdftotext separates pages with a form feed). */
function pdfPages(pdf: Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'ee-print-deck-'));
  try {
    writeFileSync(join(dir, 'd.pdf'), pdf);
    return execFileSync(pdftotext, [join(dir, 'd.pdf'), '-'], { encoding: 'utf8' })
      .split('\f')
      .filter((p) => p.trim() !== '')
      .map((p) => p.replace(/\s+/g, ' '));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const CONTROLS = [/\bDownload\b/, /Add to presentation/, /Copy link/, /\bEmbed\b/, /Print the deck/, /Exit \(Esc\)/, /Next →/];

/** The printed pages' findings and ids, from the page in print order. */
const printed = (p: Page) =>
  p.$$eval('.ee-print-slide', (ss) =>
    ss.map((s) => ({ id: (s as HTMLElement).dataset.printSlide ?? '', finding: s.querySelector('h2')?.textContent?.trim() ?? '' })),
  );

async function checkPdf(p: Page): Promise<void> {
  await p
    .locator('.ee-print-slide')
    .nth(DECK.length - 1)
    .waitFor({ state: 'attached' });
  expect(await p.evaluate(() => document.documentElement.dataset.print)).toBe('deck');
  const slides = await printed(p);
  expect(slides.map((s) => s.id)).toEqual([...DECK]);
  const pdf = await p.pdf({ preferCSSPageSize: true, printBackground: true });
  expect(pageCount(pdf)).toBe(DECK.length);
  // A4 landscape: 842 × 595 points.
  for (const [w, h] of mediaBoxes(pdf)) {
    expect(Math.round(w ?? 0)).toBe(842);
    expect(Math.round(h ?? 0)).toBe(595);
  }
  if (!pdftotext) {
    console.warn('pdftotext is not installed: the page text is checked on the page only');
    return;
  }
  const pages = pdfPages(pdf);
  expect(pages).toHaveLength(DECK.length);
  slides.forEach((s, i) => {
    const text = pages[i] ?? '';
    expect(s.finding.length).toBeGreaterThan(10);
    // The finding's first words (pdftotext may break the line anywhere after).
    expect(text, `page ${i + 1}`).toContain(s.finding.split(' ').slice(0, 6).join(' '));
    expect(text).toContain(`Page ${i + 1} of ${DECK.length}`);
    expect(text).toMatch(/Source/);
    expect(text).toContain(`#${s.id}`);
    expect(text).toMatch(/Printed \d{1,2} \w+ \d{4}/);
    for (const c of CONTROLS) expect(text, `page ${i + 1}: ${String(c)}`).not.toMatch(c);
  });
}

describe('print the deck', () => {
  test('from "Your presentation": three charts, three A4 landscape pages in deck order, each with its finding', async () => {
    await page.click('.ee-deck summary');
    await page.locator('.ee-deck [data-print-deck]').click();
    await checkPdf(page);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.locator('.ee-print-deck').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.documentElement.dataset.print)).toBeUndefined();
  }, 60_000);

  test('from presentation mode: the same three pages', async () => {
    const present = await openPage(site.browser, `${site.server.url}clean-growth/${SEARCH}&present=1`, { width: 1280, height: 800 });
    try {
      await waitForApp(present.page);
      await present.page.evaluate(() => {
        window.print = () => undefined;
      });
      await present.page.locator('.ee-present [data-print-deck]').click();
      await checkPdf(present.page);
      expectClean(present);
    } finally {
      await present.close();
    }
  }, 60_000);

  test('no console error, page error or failed request', () => {
    expectClean(opened);
  });
});
