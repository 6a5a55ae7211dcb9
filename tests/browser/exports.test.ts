/**
 * Downloads, saved and opened as a reader would: the "data as shown" CSV
 * (equal to the on-screen table), the CSV with provenance ZIP (README with
 * source and link), the 16:9 slide pictures, the footer's sources, the PNG
 * (twice the SVG's size, not blank), the SVG (well-formed, self-contained,
 * safe) and the full dataset ZIP behind the card's link.
 */
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, openPage } from './support/browser';
import type { OpenedPage } from './support/browser';
import { ensureBuilt } from './support/build';
import { snapshotDist } from './support/snapshot';
import type { Snapshot } from './support/snapshot';
import { expectClean, tableCells, tableNumber, tabUrl, waitForApp } from './support/app';
import { serve } from './support/server';
import type { Served } from './support/server';
import { unzipSync } from 'fflate';

interface ZipEntry {
  readonly name: string;
  readonly data: Uint8Array;
}
/** fflate's reader checks every entry's CRC-32; entries in archive order. */
const unzip = (bytes: Uint8Array): ZipEntry[] => Object.entries(unzipSync(bytes)).map(([name, data]) => ({ name, data }));

const VIEWPORT = { width: 1280, height: 800 } as const;
const CHART = 'university-income';
const SEARCH = `?${CHART}.sort=name`;
const BOM = [0xef, 0xbb, 0xbf];

let browser: Browser;
/** This file's own copy of dist/: a rebuild by anyone else meanwhile cannot change it. */
let snapshot: Snapshot;
let server: Served;
let opened: OpenedPage;
let page: Page;
let card: Locator;

beforeAll(async () => {
  snapshot = await snapshotDist(await ensureBuilt());
  const dist = snapshot.dir;
  server = await serve(dist);
  browser = await launchChromium();
  opened = await openPage(browser, tabUrl(server.url, 'innovation', SEARCH), { ...VIEWPORT, colorScheme: 'light' });
  page = opened.page;
  card = page.locator(`article[data-chart="${CHART}"]`);
  await waitForApp(page);
});

afterAll(async () => {
  await opened?.close();
  await browser?.close();
  await server?.close();
  await snapshot?.remove();
});

/** Open the card's Download menu, choose `kind`, and return the saved file's name and bytes. */
async function download(
  target: Locator,
  kind: 'csv' | 'csvzip' | 'png' | 'svg' | 'png169' | 'svg169',
): Promise<{ name: string; bytes: Uint8Array }> {
  const p = target.page();
  await target.locator('summary', { hasText: 'Download' }).click();
  const button = target.locator(`[data-export="${kind}"]`);
  await button.waitFor({ state: 'visible' });
  const [file] = await Promise.all([p.waitForEvent('download', { timeout: 20_000 }), button.click()]);
  const failure = await file.failure();
  if (failure) throw new Error(`download of ${kind} failed: ${failure}`);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: new Uint8Array(await readFile(path)) };
}

const entry = (entries: readonly ZipEntry[], test: (name: string) => boolean): ZipEntry => {
  const found = entries.filter((e) => test(e.name));
  expect(found.map((e) => e.name)).toHaveLength(1);
  return found[0] as ZipEntry;
};

const utf8 = (bytes: Uint8Array): string => new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);

function parseCsv(bytes: Uint8Array): string[][] {
  const result = Papa.parse<string[]>(utf8(bytes), { skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect(new TextDecoder().decode(bytes.subarray(12, 16))).toBe('IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

async function onScreenTable(): Promise<{ header: string[]; rows: string[][] }> {
  const button = card.getByRole('button', { name: 'Table', exact: true });
  if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
  await card.locator('table.ee-table').waitFor({ state: 'visible' });
  const header = await card.locator('table.ee-table thead th').evaluateAll((ths) => ths.map((th) => (th.textContent ?? '').trim()));
  const rows = await tableCells(page, `article[data-chart="${CHART}"] table.ee-table`);
  await button.click(); // back to the chart for the picture exports
  await card.locator('svg.ee-chart [data-mark]').first().waitFor({ state: 'attached' });
  return { header, rows };
}

describe(`data as shown: a plain CSV from /innovation/${SEARCH}`, () => {
  let csv: Uint8Array;
  let name: string;

  beforeAll(async () => {
    const file = await download(card, 'csv');
    name = file.name;
    csv = file.bytes;
  });

  test('is a .csv named after the chart, not a ZIP', () => {
    expect(name).toMatch(new RegExp(`^west-of-england_${CHART}_as-shown_\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    expect([...csv.subarray(0, 2)]).not.toEqual([0x50, 0x4b]); // "PK", a ZIP's signature
  });

  test("starts with the UTF-8 BOM, decodes as UTF-8 with '£' intact, and its header carries units in brackets", () => {
    expect([...csv.subarray(0, 3)]).toEqual(BOM);
    const text = utf8(csv.subarray(3)); // throws on any invalid byte
    expect(text).toContain('£');
    expect(text).not.toContain('\uFFFD');
    expect(text).not.toContain('Â£'); // the mojibake of a double encoding
    const [header = [], ...rows] = parseCsv(csv);
    expect(header[0]).not.toMatch(/^\uFEFF/); // decoding drops the BOM: no stray character in the first name
    const numeric = header.map((_, j) => rows.length > 0 && rows.every((r) => r[j] === '' || Number.isFinite(Number(r[j]))));
    expect(numeric.some(Boolean)).toBe(true);
    header.forEach((h, j) => {
      if (numeric[j]) expect(h, `column ${j} is numeric: its unit in brackets`).toMatch(/ \([^()]+\)$/);
    });
    expect(header).toContain('Income from business services (£m)');
  });

  test('its rows equal the on-screen table (names as text, numbers equal), in the same (name) order', async () => {
    const [header = [], ...rows] = parseCsv(csv);
    const screen = await onScreenTable();
    expect(header).toEqual(screen.header);
    expect(rows).toHaveLength(screen.rows.length);
    expect(rows.length).toBe(12);
    rows.forEach((row, i) => {
      const shown = screen.rows[i] ?? [];
      expect(row, `row ${i}`).toHaveLength(shown.length);
      row.forEach((cell, j) => {
        const number = cell.trim() !== '' && Number.isFinite(Number(cell)) ? Number(cell) : undefined;
        if (number !== undefined) expect(tableNumber(shown[j] ?? ''), `row ${i}, column ${header[j]}`).toBe(number);
        else expect(shown[j], `row ${i}, column ${header[j]}`).toBe(cell);
      });
    });
    const names = rows.map((r) => r[0] as string);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en-GB')));
  });

  test('the menu names it "Data as shown (.csv)", beside "CSV with provenance (.zip)"', async () => {
    const summary = card.locator('summary', { hasText: 'Download' });
    await summary.click();
    expect(await card.locator('[data-export="csv"]').textContent()).toBe('Data as shown (.csv)');
    expect(await card.locator('[data-export="csvzip"]').textContent()).toBe('CSV with provenance (.zip)');
    await summary.click();
  });
});

describe(`CSV with provenance (.zip) from /innovation/${SEARCH}`, () => {
  let entries: ZipEntry[];
  let name: string;

  beforeAll(async () => {
    const file = await download(card, 'csvzip');
    name = file.name;
    entries = unzip(file.bytes);
  });

  test('is a ZIP holding the same CSV, README.txt and metadata.json, named after the chart', async () => {
    expect(name).toMatch(new RegExp(`^west-of-england_${CHART}_as-shown_\\d{4}-\\d{2}-\\d{2}\\.zip$`));
    expect(entries.map((e) => e.name).sort()).toEqual([name.replace(/\.zip$/, '.csv'), 'README.txt', 'metadata.json'].sort());
    const plain = await download(card, 'csv');
    expect([...entry(entries, (n) => n.endsWith('.csv')).data]).toEqual([...plain.bytes]);
  });

  test('README.txt names the source and links back to this exact view', () => {
    const readme = utf8(entry(entries, (n) => n === 'README.txt').data);
    expect(readme).toContain('University income from business services, 2016/17');
    expect(readme).toMatch(/Source: .*HESA/);
    expect(readme).toContain('Regional universities earn £160m a year from business services');
    const links = (readme.match(/https?:\/\/\S+/g) ?? []).map((u) => new URL(u));
    const link = links.find((u) => u.searchParams.get(`${CHART}.sort`) === 'name');
    expect(link, `a link with ${CHART}.sort=name in:\n${readme}`).toBeDefined();
    expect(link?.origin).toBe(server.origin);
    expect(link?.pathname).toBe('/innovation/');
    expect(link?.hash).toBe(`#${CHART}`);
    const meta = JSON.parse(utf8(entry(entries, (n) => n === 'metadata.json').data)) as { url: string };
    expect(meta.url).toBe(link?.href);
  });
});

describe('pictures', () => {
  let svgText: string;
  let svgName: string;

  beforeAll(async () => {
    const file = await download(card, 'svg');
    svgName = file.name;
    svgText = utf8(file.bytes);
  });

  test('SVG: well-formed, with xmlns, the chart title and source line, and nothing active or external', async () => {
    expect(svgName).toMatch(new RegExp(`^west-of-england_${CHART}_chart_\\d{4}-\\d{2}-\\d{2}\\.svg$`));
    const title = (await card.locator('.ee-card-title').textContent())?.trim() ?? '';
    expect(title).not.toBe('');
    const facts = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      const all = [...doc.getElementsByTagNameNS('*', '*')];
      return {
        parseErrors: doc.getElementsByTagName('parsererror').length,
        root: root.localName,
        namespace: root.namespaceURI,
        xmlns: root.getAttribute('xmlns'),
        width: root.getAttribute('width'),
        height: root.getAttribute('height'),
        titles: [...root.children].filter((c) => c.localName === 'title').map((c) => c.textContent),
        text: root.textContent ?? '',
        scripts: doc.getElementsByTagNameNS('*', 'script').length,
        foreign: doc.getElementsByTagNameNS('*', 'foreignObject').length,
        handlers: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.localName} ${a.name}`)),
        externalRefs: all.flatMap((el) =>
          [...el.attributes]
            .filter((a) => a.localName === 'href' && /^\s*(https?:|\/\/|javascript:)/i.test(a.value))
            .map((a) => `${el.localName} ${a.name}=${a.value}`),
        ),
        externalUrls: /url\(\s*['"]?\s*(https?:|\/\/)/i.test(text) || /@import/i.test(text),
        focusTargets: doc.querySelectorAll('[data-mark], .ee-focus-layer').length,
      };
    }, svgText);
    expect(facts.parseErrors).toBe(0);
    expect(facts.root).toBe('svg');
    expect(facts.namespace).toBe('http://www.w3.org/2000/svg');
    expect(facts.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(facts.titles).toEqual([title]);
    expect(facts.text).toContain('HESA');
    expect(facts.text).toMatch(/Source: .*HESA/);
    expect(facts.scripts).toBe(0);
    expect(facts.foreign).toBe(0);
    expect(facts.handlers).toEqual([]);
    expect(facts.externalRefs).toEqual([]);
    expect(facts.externalUrls).toBe(false);
    expect(facts.focusTargets, 'the page-only focus layer is left out').toBe(0);
    expect(Number(facts.width)).toBeGreaterThan(0);
    expect(Number(facts.height)).toBeGreaterThan(0);
  });

  test('PNG: twice the SVG export’s width and height, and not blank', async () => {
    const svgSize = await page.evaluate((text) => {
      const root = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
      return { width: Number(root.getAttribute('width')), height: Number(root.getAttribute('height')) };
    }, svgText);
    const file = await download(card, 'png');
    expect(file.name).toMatch(new RegExp(`^west-of-england_${CHART}_chart_\\d{4}-\\d{2}-\\d{2}\\.png$`));
    const size = pngSize(file.bytes);
    expect(size).toEqual({ width: 2 * svgSize.width, height: 2 * svgSize.height });
    expect(file.bytes.length).toBeGreaterThan(20_000);

    // Let Chromium decode it: same size, and far more than a background's few colours.
    const decoded = await page.evaluate(async (b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = document.createElement('canvas');
      canvas.width = bitmap.width;
      canvas.height = bitmap.height;
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      ctx.drawImage(bitmap, 0, 0);
      const data = new Uint32Array(ctx.getImageData(0, 0, canvas.width, canvas.height).data.buffer);
      const colours = new Set<number>();
      for (const px of data) colours.add(px);
      return { width: bitmap.width, height: bitmap.height, colours: colours.size };
    }, Buffer.from(file.bytes).toString('base64'));
    expect({ width: decoded.width, height: decoded.height }).toEqual(size);
    expect(decoded.colours).toBeGreaterThan(10);
    await expectStatus(card, 'Image (PNG) downloaded');
  });
});

describe('pictures for slides (16:9)', () => {
  test('PNG for slides: 1920×1080 pixels, named as a slide picture, not blank', async () => {
    const file = await download(card, 'png169');
    expect(file.name).toMatch(new RegExp(`^west-of-england_${CHART}_slide-16x9_\\d{4}-\\d{2}-\\d{2}\\.png$`));
    expect(pngSize(file.bytes)).toEqual({ width: 1920, height: 1080 });
    expect(file.bytes.length).toBeGreaterThan(30_000);
  });

  test('SVG for slides: 1920×1080, the chart drawn, title, finding, source and link, one licence line', async () => {
    const file = await download(card, 'svg169');
    expect(file.name).toMatch(/_slide-16x9_\d{4}-\d{2}-\d{2}\.svg$/);
    const finding = (await card.locator('.ee-finding').first().textContent())?.trim() ?? '';
    const facts = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        errors: doc.getElementsByTagName('parsererror').length,
        width: root.getAttribute('width'),
        height: root.getAttribute('height'),
        text: [...doc.getElementsByTagNameNS('*', 'tspan')].map((t) => t.textContent).join(' '),
        marks: doc.getElementsByTagNameNS('*', 'rect').length + doc.getElementsByTagNameNS('*', 'path').length,
      };
    }, utf8(file.bytes));
    expect(facts.errors).toBe(0);
    expect([facts.width, facts.height]).toEqual(['1920', '1080']);
    expect(facts.text).toContain('Regional universities');
    if (finding) expect(facts.text.replace(/\s+/g, ' ')).toContain(finding.split(' ').slice(0, 5).join(' '));
    expect(facts.text).toMatch(/Source: .*HESA/);
    expect(facts.text).toContain(`${CHART}.sort=name`);
    expect(facts.marks).toBeGreaterThan(12);
  });
});

describe('the picture footer names only the sources of what is shown', () => {
  test('CO2 per head: the CO2 measure names BEIS only, the greenhouse-gas measure DESNZ only; one licence line', async () => {
    const svgOf = async (search: string): Promise<string> => {
      const opened = await openPage(browser, tabUrl(server.url, 'clean-growth', search), { ...VIEWPORT, colorScheme: 'light' });
      try {
        await waitForApp(opened.page);
        const target = opened.page.locator('article[data-chart="co2-per-head"]');
        await target.locator('svg.ee-chart [data-mark]').first().waitFor({ state: 'attached' });
        return utf8((await download(target, 'svg')).bytes);
      } finally {
        await opened.close();
      }
    };
    const co2 = await svgOf('?co2-per-head.measure=co2');
    expect(co2).toContain('Source: BEIS');
    expect(co2).not.toContain('DESNZ');
    expect(co2.match(/Open Government Licence/g)).toHaveLength(1);
    const ghg = await svgOf('?co2-per-head.measure=ghg');
    expect(ghg).toContain('Source: DESNZ');
    expect(ghg).not.toContain('BEIS');
    expect(ghg.match(/Open Government Licence/g)).toHaveLength(1);
  }, 60_000);
});

async function expectStatus(target: Locator, text: string): Promise<void> {
  await target.locator('.ee-status[role="status"]', { hasText: text }).waitFor({ state: 'attached', timeout: 5000 });
}

describe('the full dataset link', () => {
  test('points at data/university-income.zip and serves a ZIP whose CSV has 12 data rows', async () => {
    const link = card.locator(`a[href$="data/${CHART}.zip"]`);
    expect(await link.count()).toBe(1);
    expect(await link.textContent()).toMatch(/^Full dataset: .+ \(ZIP\)$/);
    expect(await link.getAttribute('download')).not.toBeNull();
    const href = await link.evaluate((a) => (a as HTMLAnchorElement).href);
    expect(href).toBe(`${server.url}data/${CHART}.zip`);
    const response = await fetch(href);
    expect(response.status).toBe(200);
    const entries = unzip(new Uint8Array(await response.arrayBuffer()));
    const csv = entry(entries, (n) => n.endsWith('.csv'));
    expect([...csv.data.subarray(0, 3)]).toEqual(BOM);
    const [header = [], ...rows] = parseCsv(csv.data);
    expect(header.length).toBeGreaterThan(1);
    expect(rows).toHaveLength(12);
    expect(rows.every((r) => r.length === header.length)).toBe(true);
    expect(entries.map((e) => e.name)).toContain('README.txt');
  });

  test('no console error, page error or failed request during the downloads', () => {
    expectClean(opened);
  });
});

describe('after a tab opened in the page', () => {
  test('the export code loads from the right place and the CSV and PNG still download', async () => {
    // From one tab page to another: the address changes by pushState before the export chunk is first loaded.
    const other = await openPage(browser, tabUrl(server.url, 'business'), { ...VIEWPORT, colorScheme: 'light' });
    try {
      await waitForApp(other.page);
      await other.page.locator('#tab-innovation').click();
      await other.page.waitForFunction(() => new URL(location.href).pathname === '/innovation/');
      const target = other.page.locator(`article[data-chart="${CHART}"]`);
      await target.locator('svg.ee-chart [data-mark]').first().waitFor({ state: 'attached' });
      const csv = await download(target, 'csv');
      expect(csv.name.endsWith('.csv')).toBe(true);
      expect(parseCsv(csv.bytes).length).toBe(13);
      const png = await download(target, 'png');
      expect(pngSize(png.bytes).width).toBeGreaterThan(0);
      const link = await target.locator(`a[href$="data/${CHART}.zip"]`).evaluate((a) => (a as HTMLAnchorElement).href);
      expect(link).toBe(`${server.url}data/${CHART}.zip`);
      expectClean(other);
    } finally {
      await other.close();
    }
  });
});
