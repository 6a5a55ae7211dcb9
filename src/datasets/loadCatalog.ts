import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog, DatasetKey } from './catalog';
import { catalog } from './catalog';
import type { DatasetMeta } from './meta';
import { validateMeta } from './meta';
import type { DataProblem } from './parseDataset';
import { parseDataset } from './parseDataset';
import type { RowOf } from './schema';

export type LoadedDatasets = { readonly [K in DatasetKey]: { readonly rows: RowOf<Catalog[K]>[]; readonly meta: DatasetMeta } };

/** Node only: read, parse and validate every dataset in the catalog. */
export function loadCatalog(root: string): { datasets?: LoadedDatasets; problems: DataProblem[]; files: string[] } {
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
  return problems.length ? { problems, files } : { datasets: out as unknown as LoadedDatasets, problems, files };
}
