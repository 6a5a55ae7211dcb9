import { Zip, ZipDeflate } from 'fflate';
import { catalog } from '../src/datasets/catalog';
import { fullTable } from '../src/datasets/fullTable';
import { ColumnTable } from '../src/datasets/columnTable';
import type { LoadedDatasets } from '../src/datasets/loadCatalog';
import { tableCsv } from './tableCsv';
import type { DatasetSchema } from '../src/datasets/schema';
import { exportFileName } from '../src/export/fileName';
import { provenance } from '../src/export/provenance';
import { CSV_BOM, toCsv } from '../src/export/toCsv';
import type { Evidence } from '../src/series/buildEvidence';

/** Where a dataset's full download lives in the built site, relative to its root. */
export const fullDatasetPath = (id: string): string => `data/${id}.zip`;

/**
 * Rows turned into CSV text at a time: the whole CSV never sits in memory,
 * only this much of it. Small enough that each chunk's garbage dies young
 * (20,000 rows held ~250 MB more at the peak on 1.7 million rows).
 */
const ROWS_PER_CHUNK = 2_000;
/**
 * Deflate level 1: on the 1.7-million-row benchmark file it is about three
 * times faster than the default 6 for a ZIP 3% larger (13.2 against 12.8 MB).
 */
const LEVEL = 1;
/** The earliest time a ZIP entry can carry (MS-DOS dates start in 1980). */
const DOS_EPOCH = Date.UTC(1980, 0, 1);

/**
 * fflate writes an entry's time in the machine's local time zone; give it the
 * UTC fields as local ones, so the bytes do not depend on where the build runs.
 */
function zipTime(date: Date): Date {
  const d = new Date(Math.max(date.getTime(), DOS_EPOCH));
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds());
}

/** A dataset's rows: kept column by column by the build (loadCatalog), or row objects. */
type Rows = ColumnTable | readonly Record<string, unknown>[];

/** The dataset's CSV, streamed into `entry` a chunk of rows at a time, behind a byte-order mark. */
function streamCsv(entry: ZipDeflate, schema: DatasetSchema, rows: Rows): void {
  if (rows instanceof ColumnTable) return streamTable(entry, rows);
  const text = new TextEncoder();
  const { columns } = fullTable(schema, []);
  const header = toCsv({ columns, rows: [] });
  entry.push(text.encode(CSV_BOM + header), rows.length === 0);
  for (let i = 0; i < rows.length; i += ROWS_PER_CHUNK) {
    const chunk = fullTable(schema, rows.slice(i, i + ROWS_PER_CHUNK));
    // toCsv writes the header first each time: drop it from every chunk.
    entry.push(text.encode(toCsv(chunk).slice(header.length)), i + ROWS_PER_CHUNK >= rows.length);
  }
}

/** As streamCsv, from the table's columns: the same text in the same chunks (so the same deflated bytes), no row objects. */
function streamTable(entry: ZipDeflate, table: ColumnTable): void {
  const text = new TextEncoder();
  let start = -ROWS_PER_CHUNK;
  for (const chunk of tableCsv(table, ROWS_PER_CHUNK)) {
    const last = start + ROWS_PER_CHUNK >= table.length;
    entry.push(text.encode(start < 0 ? CSV_BOM + chunk : chunk), last);
    start += ROWS_PER_CHUNK;
  }
}

/** One dataset's download: CSV + README.txt + metadata.json, deflated, every entry dated `date`. */
function fullDatasetZip(schema: DatasetSchema, rows: Rows, evidence: Evidence, date: Date): Uint8Array {
  const source = evidence.sources[schema.id];
  if (!source) throw new Error(`no metadata for ${schema.id}`);
  const csvName = exportFileName({ dataset: schema.id, view: 'full dataset', date, ext: 'csv' });
  const { readme, json } = provenance({
    title: source.title,
    subtitle: source.row,
    finding: '',
    sources: [source],
    url: source.url ?? `Evidence Explorer, ${fullDatasetPath(schema.id)}`,
    downloadedAt: date,
    view: 'full dataset',
    dataFile: csvName,
  });
  const parts: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else parts.push(chunk);
  });
  const mtime = zipTime(date);
  const add = (name: string, write: (entry: ZipDeflate) => void) => {
    const entry = new ZipDeflate(name, { level: LEVEL });
    entry.mtime = mtime;
    zip.add(entry);
    write(entry);
  };
  add(csvName, (entry) => streamCsv(entry, schema, rows));
  add('README.txt', (entry) => entry.push(new TextEncoder().encode(readme), true));
  add('metadata.json', (entry) => entry.push(new TextEncoder().encode(json), true));
  zip.end();
  if (failure) throw failure;
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  return bytes;
}

/**
 * One ZIP per dataset (CSV + README.txt + metadata.json), made at build time
 * from the validated rows, so "Download full dataset" is a plain link. One at
 * a time, so only one dataset's compressed bytes are held at once. `date` is
 * the data's date (plugins/dataDate.ts), never the build's: the same data
 * gives the same bytes.
 */
export function* fullDatasetZips(
  datasets: LoadedDatasets,
  evidence: Evidence,
  date: Date,
  only?: string,
): Generator<{ path: string; bytes: Uint8Array }> {
  for (const [key, schema] of Object.entries(catalog) as [keyof LoadedDatasets, DatasetSchema][]) {
    if (only !== undefined && schema.id !== only) continue;
    const loaded = datasets[key];
    const rows = loaded.table ?? (loaded.rows as unknown as Record<string, unknown>[]);
    yield { path: fullDatasetPath(schema.id), bytes: fullDatasetZip(schema, rows, evidence, date) };
  }
}
