/**
 * The deck as PowerPoint, downloaded as a presenter would: a three-chart
 * custom deck that spans tabs, from "Your presentation" and from presentation
 * mode. The .pptx is unzipped and its XML read: a title slide and one slide
 * per chart in deck order, each titled with the finding the slide shows on
 * screen, the provenance and the link in the speaker notes. Where LibreOffice
 * is installed, it must convert the file to PDF without error.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectClean, waitForApp } from './support/app';
import { launchChromium, openPage } from './support/browser';
import type { OpenedPage } from './support/browser';
import { ensureBuilt } from './support/build';
import { serve } from './support/server';
import type { Served } from './support/server';
import { snapshotDist } from './support/snapshot';
import type { Snapshot } from './support/snapshot';

/** Three charts from three tabs: the deck spans them, and none needs to be on screen. */
const DECK = ['decoupling', 'population-growth', 'university-income'] as const;
const SEARCH = `?deck=${DECK.join(',')}&university-income.sort=name`;

let browser: Browser;
let server: Served;
let snapshot: Snapshot;
let opened: OpenedPage;
let page: Page;
/** The file downloaded from "Your presentation", shared with the LibreOffice check. */
let fromPanel: Uint8Array | undefined;

beforeAll(async () => {
  snapshot = await snapshotDist(await ensureBuilt());
  server = await serve(snapshot.dir);
  browser = await launchChromium();
  opened = await openPage(browser, `${server.url}clean-growth/${SEARCH}`, { width: 1280, height: 800 });
  page = opened.page;
  await waitForApp(page);
});

afterAll(async () => {
  await opened?.close();
  await browser?.close();
  await server?.close();
  await snapshot?.remove();
});

async function downloadFrom(selector: string): Promise<{ name: string; bytes: Uint8Array }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click(selector)]);
  const failure = await file.failure();
  if (failure) throw new Error(`the PowerPoint download failed: ${failure}`);
  return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(await file.path())) };
}

/** The text runs of one XML part, joined by spaces, entities decoded. */
const texts = (xml: string): string =>
  [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)]
    .map((m) => m[1] as string)
    .join(' ')
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

function parts(bytes: Uint8Array, folder: string): string[] {
  const files = unzipSync(bytes);
  return Object.keys(files)
    .filter((f) => new RegExp(`^ppt/${folder}/[a-zA-Z]+(\\d+)\\.xml$`).test(f))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)?.[1]) - Number(/(\d+)\.xml$/.exec(b)?.[1]))
    .map((f) => texts(strFromU8(files[f] as Uint8Array)));
}

/** The headline of every slide of the deck in presentation mode, in order: what the .pptx titles must say. */
async function headlinesOnScreen(): Promise<string[]> {
  await page.goto(`${server.url}clean-growth/${SEARCH}&present=1`);
  await waitForApp(page);
  const out: string[] = [];
  for (let i = 1; i <= DECK.length; i++) {
    await page.waitForFunction((n) => document.querySelector('.ee-slide')?.getAttribute('aria-label')?.startsWith(`Slide ${n} of`), i);
    out.push(((await page.textContent('.ee-slide-headline')) ?? '').trim());
    await page.keyboard.press('ArrowRight');
  }
  await page.keyboard.press('Escape');
  return out;
}

describe('Download PowerPoint', () => {
  test('from "Your presentation": a title slide, then the three charts in deck order, titled with their findings, sources in the notes', async () => {
    await page.click('.ee-deck summary');
    const file = await downloadFrom('.ee-deck [data-export="pptx"]');
    fromPanel = file.bytes;
    expect(file.name).toMatch(/^west-of-england_presentation_slides_\d{4}-\d{2}-\d{2}\.pptx$/);
    const slides = parts(file.bytes, 'slides');
    const notes = parts(file.bytes, 'notesSlides');
    expect(slides).toHaveLength(1 + DECK.length);
    expect(notes).toHaveLength(1 + DECK.length);
    expect(slides[0]).toContain('West of England evidence: selected charts');
    expect(slides[0]).toContain(`deck=${DECK.join(',')}`);
    expect(slides[0]).toMatch(/\d{1,2} [A-Z][a-z]+ \d{4}/);

    const headlines = await headlinesOnScreen();
    headlines.forEach((h, i) => {
      expect(h.length).toBeGreaterThan(20);
      expect(slides[i + 1]).toContain(h);
    });
    DECK.forEach((id, i) => {
      const n = notes[i + 1] as string;
      expect(n).toContain('View online: ');
      expect(n).toContain(`#${id}`);
      expect(n).toMatch(/Licence: /);
      expect(n).toContain('Sources');
    });
    // The choices travel: the sorted chart's link in the notes keeps its sort.
    expect(notes[3]).toContain('university-income.sort=name');
    expect(notes[3]).toContain('/innovation/');
    // Caveats of the first chart's sources are in its notes.
    expect(notes[1]).toContain('Caveats');
    expectClean(opened, 'while downloading the deck');
  }, 120_000);

  test('from presentation mode: the same deck, one slide per chart', async () => {
    await page.goto(`${server.url}clean-growth/${SEARCH}&present=1`);
    await waitForApp(page);
    const file = await downloadFrom('.ee-present [data-export="pptx"]');
    const slides = parts(file.bytes, 'slides');
    expect(slides).toHaveLength(1 + DECK.length);
    expect(Object.keys(unzipSync(file.bytes)).filter((f) => /^ppt\/media\/.+\.png$/.test(f))).toHaveLength(DECK.length);
    expectClean(opened, 'while downloading from presentation mode');
  }, 120_000);

  test('the PowerPoint code is not loaded until the button is pressed', async () => {
    const fresh = await openPage(browser, `${server.url}clean-growth/${SEARCH}`, { width: 1280, height: 800 });
    try {
      await waitForApp(fresh.page);
      await fresh.page.waitForTimeout(1500); // the background warm-up of other chunks
      expect(fresh.requests.filter((r) => /pptxgen|downloadDeck/.test(r))).toEqual([]);
    } finally {
      await fresh.close();
    }
  });
});

const soffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim();
if (!soffice) console.log('LibreOffice (soffice) is not installed: skipping the check that it converts the .pptx to PDF.');

describe.skipIf(!soffice)('LibreOffice', () => {
  test('converts the downloaded .pptx to PDF without error', () => {
    if (!fromPanel) throw new Error('the deck was not downloaded by the first test');
    const dir = mkdtempSync(join(tmpdir(), 'ee-pptx-'));
    try {
      writeFileSync(join(dir, 'deck.pptx'), fromPanel);
      execFileSync(soffice, ['--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'deck.pptx')], { timeout: 120_000 });
      expect(existsSync(join(dir, 'deck.pdf'))).toBe(true);
      expect(readFileSync(join(dir, 'deck.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
