import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fullDatasetZips } from '../../../plugins/fullDatasets';
import { fullTable } from '../../../src/datasets/fullTable';
import { parseDataset, readDataset } from '../../../src/datasets/parseDataset';
import type { LoadedDatasets } from '../../../src/datasets/loadCatalog';
import type { DatasetMeta } from '../../../src/datasets/meta';
import { universityIncome } from '../../../src/datasets/schemas/universityIncome';
import { csvBytes } from '../../../src/export/toCsv';
import type { Evidence, SourceCard } from '../../../src/series/buildEvidence';

/*
 * The full-dataset download is written a chunk of rows at a time: whatever
 * the chunk boundaries, the CSV inside must be the very CSV of every row.
 */
const meta = JSON.parse(readFileSync(join(process.cwd(), 'data/university-income.meta.json'), 'utf8')) as DatasetMeta;
const NAMES = ['University of Bristol', 'Bath Spa, "the" university', '=HYPERLINK("x")', 'Université de Paris', '+44 college', ''];
/** 4,501 rows: more than two chunks, and one row over a round number. */
const rows = Array.from({ length: 4501 }, (_, i) => ({
  university: `${NAMES[i % NAMES.length]} ${i}`,
  incomeGbpM: (i * 7.3) % 997,
  westOfEngland: i % 3 === 0,
}));
const datasets = { universityIncome: { rows, meta } } as unknown as LoadedDatasets;
const source: SourceCard = { ...meta, file: universityIncome.file, rows: rows.length, columns: [] };
const evidence = { sources: { [universityIncome.id]: source } } as unknown as Evidence;
const DATE = new Date(Date.UTC(2026, 10, 22, 3, 43, 36));

const zipOf = () => {
  const [zip] = [...fullDatasetZips(datasets, evidence, DATE, universityIncome.id)];
  if (!zip) throw new Error('no ZIP for university-income');
  return zip;
};

describe('full-dataset ZIPs', () => {
  it('hold the CSV of every row, byte for byte, with README.txt and metadata.json dated by the data', () => {
    const zip = zipOf();
    expect(zip.path).toBe('data/university-income.zip');
    const files = unzipSync(zip.bytes);
    const csvName = 'west-of-england_university-income_full-dataset_2026-11-22.csv';
    expect(Object.keys(files)).toEqual([csvName, 'README.txt', 'metadata.json']);
    expect(Buffer.from(files[csvName]!).equals(Buffer.from(csvBytes(fullTable(universityIncome, rows))))).toBe(true);
    expect(strFromU8(files['README.txt']!)).toContain('22 November 2026 (2026-11-22T03:43:36.000Z, UTC)');
    expect(JSON.parse(strFromU8(files['metadata.json']!))).toMatchObject({ view: 'full dataset', dataFile: csvName });
  });

  it('are the same bytes every time for the same rows and date', () => {
    expect(Buffer.from(zipOf().bytes).equals(Buffer.from(zipOf().bytes))).toBe(true);
  });

  it('are the same bytes written from the columns the build keeps as from the row objects', () => {
    const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;
    const lines = rows.map((r) => [quoted(r.university), r.incomeGbpM, r.westOfEngland].join(','));
    const bytes = new TextEncoder().encode(['university,income_gbp_million,west_of_england', ...lines].join('\r\n'));
    const { table } = readDataset(bytes, universityIncome, universityIncome.file);
    if (!table) throw new Error('the CSV did not read');
    const { rows: parsed } = parseDataset(bytes, universityIncome, universityIncome.file);
    const zip = (entry: object) =>
      [...fullDatasetZips({ universityIncome: { meta, ...entry } } as unknown as LoadedDatasets, evidence, DATE, universityIncome.id)][0];
    const fromTable = zip({ table, rows: [] });
    const fromRows = zip({ rows: parsed });
    expect(fromTable?.bytes.length).toBeGreaterThan(1000);
    expect(Buffer.from(fromTable!.bytes).equals(Buffer.from(fromRows!.bytes))).toBe(true);
  });
});
