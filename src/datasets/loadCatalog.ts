import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog, DatasetKey, JsonCatalog } from './catalog';
import { catalog, jsonCatalog } from './catalog';
import type { DatasetMeta } from './meta';
import { validateMeta } from './meta';
import type { DataProblem } from './parseDataset';
import { parseDataset } from './parseDataset';
import type { RowOf } from './schema';

type JsonValueOf<J> = J extends { readonly validate: (json: unknown, file: string) => { value?: infer T } } ? T : never;

export type LoadedDatasets = { readonly [K in DatasetKey]: { readonly rows: RowOf<Catalog[K]>[]; readonly meta: DatasetMeta } };

/** The JSON data files (the hex map), loaded beside the CSVs. */
export type LoadedJson = { readonly [K in keyof JsonCatalog]: { readonly value: JsonValueOf<JsonCatalog[K]>; readonly meta: DatasetMeta } };

/** Everything in data/: the CSV datasets and the JSON files. */
export type LoadedData = LoadedDatasets & LoadedJson;

function readMeta(root: string, metaFile: string, id: string, problems: DataProblem[]): DatasetMeta | undefined {
  const metaPath = join(root, metaFile);
  if (!existsSync(metaPath)) {
    problems.push({ file: metaFile, expected: 'metadata beside the data file', found: 'no such file' });
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(metaPath, 'utf8'));
  } catch (e) {
    problems.push({ file: metaFile, expected: 'valid JSON', found: (e as Error).message });
    return undefined;
  }
  const v = validateMeta(json, metaFile, id);
  problems.push(...v.problems);
  return v.meta;
}

/** Node only: read, parse and validate every dataset in the catalog. */
export function loadCatalog(root: string): { datasets?: LoadedData; problems: DataProblem[]; files: string[] } {
  const problems: DataProblem[] = [];
  const files: string[] = [];
  const out: Record<string, { rows: unknown[]; meta: DatasetMeta }> = {};
  for (const [key, schema] of Object.entries(catalog)) {
    const csvPath = join(root, schema.file);
    const metaFile = schema.file.replace(/\.csv$/, '.meta.json');
    const metaPath = join(root, metaFile);
    files.push(csvPath, metaPath);
    if (!existsSync(csvPath)) {
      problems.push({ file: schema.file, expected: 'the data file', found: 'no such file' });
      continue;
    }
    const parsed = parseDataset(readFileSync(csvPath), schema, schema.file);
    problems.push(...parsed.problems);
    let meta: DatasetMeta | undefined;
    if (!existsSync(metaPath)) problems.push({ file: metaFile, expected: 'metadata beside the CSV', found: 'no such file' });
    else {
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(metaPath, 'utf8'));
      } catch (e) {
        problems.push({ file: metaFile, expected: 'valid JSON', found: (e as Error).message });
      }
      if (json !== undefined) {
        const v = validateMeta(json, metaFile, schema.id);
        problems.push(...v.problems);
        meta = v.meta;
      }
    }
    if (meta) out[key] = { rows: parsed.rows, meta };
  }
  for (const [key, entry] of Object.entries(jsonCatalog)) {
    const path = join(root, entry.file);
    const metaFile = entry.file.replace(/\.[a-z]+$/, '.meta.json');
    files.push(path, join(root, metaFile));
    if (!existsSync(path)) {
      problems.push({ file: entry.file, expected: 'the data file', found: 'no such file' });
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path, 'utf8'));
    } catch (e) {
      problems.push({ file: entry.file, expected: 'valid JSON', found: (e as Error).message });
      continue;
    }
    const checked = entry.validate(json, entry.file);
    problems.push(...checked.problems);
    const meta = readMeta(root, metaFile, entry.id, problems);
    if (meta && checked.value) (out as Record<string, unknown>)[key] = { value: checked.value, meta };
  }
  return problems.length ? { problems, files } : { datasets: out as unknown as LoadedData, problems, files };
}
