/**
 * The printed briefing: a tab printed to PDF by Chromium (A4, the page size
 * the print stylesheet asks for) has a page or two per chart card, every
 * card's title and finding, page numbers and the link, and no control text.
 * The text is read with pdftotext where it is installed; without it, the same
 * is checked on the page in print media.
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

const site = servedSite();
let opened: OpenedPage;
let page: Page;

beforeAll(async () => {
  opened = await openPage(site.browser, `${site.server.url}clean-growth/?theme=dark`, { width: 1280, height: 800 });
  page = opened.page;
  await waitForApp(page);
});

afterAll(async () => {
  await opened?.close();
});

/** Pages of a PDF as Chromium writes it: one "/Type /Page" object each (the tree's root is "/Pages"). */
const pageCount = (pdf: Buffer): number => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;

const pdftotext = spawnSync('sh', ['-c', 'command -v pdftotext'], { encoding: 'utf8' }).stdout.trim();

function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'ee-print-'));
  try {
    writeFileSync(join(dir, 'b.pdf'), pdf);
    return execFileSync(pdftotext, [join(dir, 'b.pdf'), '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What each card says, from the page: title and finding. */
const cards = (p: Page) =>
  p.$$eval('article.ee-card', (as) =>
    as.map((a) => ({
      title: a.querySelector('.ee-card-title')?.textContent?.trim() ?? '',
      finding: a.querySelector('.ee-finding')?.textContent?.trim() ?? '',
    })),
  );

/** Words that only label controls: none may be on paper. ("Table" as a word: "Tables 1, 5-11" in a source title is not a control.) */
const CONTROLS = [/\bDownload\b/, /\bTable\b/, /Add to presentation/, /Copy link/, /\bEmbed\b/, /\bPresent\b/, /Reset/];

describe('printing a tab', () => {
  test('A4, one card to a page (two where its notes run over), with titles, findings, page numbers and the link, and no controls', async () => {
    const onScreen = await cards(page);
    expect(onScreen.length).toBeGreaterThanOrEqual(3);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(onScreen.length);
    expect(pages).toBeLessThanOrEqual(onScreen.length * 2);
    // A4 is 595 × 842 points.
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[\s*0 0 59[45]\.\d+ 84[12]\.\d+\s*\]/);
    if (pdftotext) {
      const text = pdfText(pdf).replace(/\s+/g, ' ');
      for (const c of onScreen) {
        expect(text).toContain(c.title);
        expect(text).toContain(c.finding.slice(0, 40));
      }
      expect(text).toContain(`Page 1 of ${pages}`);
      expect(text).toContain(`Page ${pages} of ${pages}`);
      expect(text).toContain(`${site.server.url}clean-growth/`);
      expect(text).toContain('Open Government Licence');
      for (const c of CONTROLS) expect(text).not.toMatch(c);
    } else {
      console.log('pdftotext is not installed: checking the print layout on the page instead of the PDF text.');
    }
    expectClean(opened, 'while printing');
  }, 60_000);

  test('in print media no button, menu or tab is shown, and notes and caveats are open', async () => {
    await page.emulateMedia({ media: 'print' });
    try {
      const shown = await page.evaluate(() => {
        const visible = (e: Element) => {
          const r = e.getBoundingClientRect();
          return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';
        };
        return {
          controls: [...document.querySelectorAll('button, select, input, summary.ee-button, [role="tab"]')]
            .filter((e) => !e.closest('.ee-legend'))
            .filter(visible)
            .map((e) => e.textContent?.trim()),
          cards: [...document.querySelectorAll('article.ee-card')].filter(visible).length,
          notes: [...document.querySelectorAll('details.ee-notes li')].filter(visible).length,
          paper: getComputedStyle(document.body).backgroundColor,
        };
      });
      expect(shown.controls).toEqual([]);
      expect(shown.cards).toBeGreaterThanOrEqual(3);
      expect(shown.notes).toBeGreaterThan(0);
      expect(shown.paper).toBe('rgb(255, 255, 255)');
    } finally {
      await page.emulateMedia({ media: null });
    }
  });

  test('"Two charts a page" prints fewer pages than one a page', async () => {
    const one = pageCount(await page.pdf({ preferCSSPageSize: true }));
    await page.evaluate(() => (document.documentElement.dataset.print = 'two'));
    const two = pageCount(await page.pdf({ preferCSSPageSize: true }));
    await page.evaluate(() => delete document.documentElement.dataset.print);
    expect(two).toBeLessThan(one);
    expect(two).toBeGreaterThanOrEqual(Math.ceil((await cards(page)).length / 2));
  }, 60_000);

  test('the Print menu offers both layouts and calls the browser’s print', async () => {
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    await page.click('.ee-print-menu summary');
    await page.click('text=Two charts a page (A4)');
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    expect(await page.evaluate(() => document.documentElement.dataset.print)).toBe('two');
  });
});
