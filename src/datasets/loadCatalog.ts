import { join } from 'node:path';
import type { Catalog, DatasetKey, JsonCatalog } from './catalog';
import { catalog, jsonCatalog } from './catalog';
import type { DatasetMeta } from './meta';
import { MAX_META_BYTES, validateMeta } from './meta';
import type { DataProblem } from './dataProblem';
import { readDataset } from './parseDataset';
import { visible } from './messageText';
import type { ColumnTable } from './columnTable';
import { readDataFile } from './readDataFile';
import type { RowOf } from './schema';

type JsonValueOf<J> = J extends { readonly validate: (json: unknown, file: string) => { value?: infer T } } ? T : never;

export type LoadedDatasets = {
  readonly [K in DatasetKey]: {
    readonly rows: RowOf<Catalog[K]>[];
    readonly meta: DatasetMeta;
    /** The spreadsheet row of each row, for checks across files that find a problem later. */
    readonly rowNumbers?: readonly number[];
    /** The rows column by column, as read (loadCatalog): the full-dataset download is written from it. */
    readonly table?: ColumnTable;
  };
};

/** Parse a JSON file read by readDataFile; a problem names the file, with any character of it shown escaped. */
function parseJson(bytes: Buffer, file: string, problems: DataProblem[]): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8').decode(bytes));
  } catch (e) {
    problems.push({ file, expected: 'valid JSON', found: visible((e as Error).message).slice(0, 200) });
    return undefined;
  }
}

/** The JSON data files (the hex map), loaded beside the CSVs. */
export type LoadedJson = { readonly [K in keyof JsonCatalog]: { readonly value: JsonValueOf<JsonCatalog[K]>; readonly meta: DatasetMeta } };

/** Everything in data/: the CSV datasets and the JSON files. */
export type LoadedData = LoadedDatasets & LoadedJson;

function readMeta(root: string, metaFile: string, id: string, problems: DataProblem[]): DatasetMeta | undefined {
  const read = readDataFile(join(root, metaFile), metaFile, 'metadata beside the data file', MAX_META_BYTES);
  if (read.problem) {
    problems.push(read.problem);
    return undefined;
  }
  const json = parseJson(read.bytes as Buffer, metaFile, problems);
  if (json === undefined) return undefined;
  const v = validateMeta(json, metaFile, id);
  problems.push(...v.problems);
  return v.meta;
}

/**
 * A dataset as loaded: `rows` (and `rowNumbers`) are made from the table when
 * first read, so a dataset no chart reads (a national-scale download) never
 * takes the memory of a row object per row.
 */
function loadedDataset(table: ColumnTable, meta: DatasetMeta) {
  let rows: unknown[] | undefined;
  let rowNumbers: readonly number[] | undefined;
  return {
    meta,
    table,
    get rows() {
      return (rows ??= table.rows());
    },
    get rowNumbers() {
      return (rowNumbers ??= table.rowNumbers());
    },
  };
}

/** Node only: read, parse and validate every dataset in the catalog. */
export function loadCatalog(root: string): { datasets?: LoadedData; problems: DataProblem[]; files: string[] } {
  const problems: DataProblem[] = [];
  const files: string[] = [];
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(catalog)) {
    const csvPath = join(root, schema.file);
    const metaFile = schema.file.replace(/\.csv$/, '.meta.json');
    files.push(csvPath, join(root, metaFile));
    const csv = readDataFile(csvPath, schema.file, 'the data file');
    if (csv.problem) {
      problems.push(csv.problem);
      continue;
    }
    const parsed = readDataset(csv.bytes as Buffer, schema, schema.file);
    problems.push(...parsed.problems);
    const meta = readMeta(root, metaFile, schema.id, problems);
    if (meta && parsed.table) out[key] = loadedDataset(parsed.table, meta);
  }
  for (const [key, entry] of Object.entries(jsonCatalog)) {
    const path = join(root, entry.file);
    const metaFile = entry.file.replace(/\.[a-z]+$/, '.meta.json');
    files.push(path, join(root, metaFile));
    const read = readDataFile(path, entry.file, 'the data file');
    if (read.problem) {
      problems.push(read.problem);
      continue;
    }
    const json = parseJson(read.bytes as Buffer, entry.file, problems);
    if (json === undefined) continue;
    const checked = entry.validate(json, entry.file);
    problems.push(...checked.problems);
    const meta = readMeta(root, metaFile, entry.id, problems);
    if (meta && checked.value) out[key] = { value: checked.value, meta };
  }
  return problems.length ? { problems, files } : { datasets: out as unknown as LoadedData, problems, files };
}
