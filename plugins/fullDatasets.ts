import { catalog } from '../src/datasets/catalog';
import { fullTable } from '../src/datasets/fullTable';
import type { LoadedDatasets } from '../src/datasets/loadCatalog';
import { csvPackage } from '../src/export/csvPackage';
import type { Evidence } from '../src/series/buildEvidence';

/** Where a dataset's full download lives in the built site, relative to its root. */
export const fullDatasetPath = (id: string): string => `data/${id}.zip`;

/**
 * One ZIP per dataset (CSV + README.txt + metadata.json), made at build
 * time from the validated rows, so "Download full dataset" is a plain link.
 */
export function fullDatasetZips(
  datasets: LoadedDatasets,
  evidence: Evidence,
  builtAt: Date,
  only?: string,
): { path: string; bytes: Uint8Array }[] {
  const wanted = Object.entries(catalog).filter(([, schema]) => only === undefined || schema.id === only);
  return wanted.map(([key, schema]) => {
    const rows = datasets[key as keyof LoadedDatasets].rows as unknown as Record<string, unknown>[];
    const source = evidence.sources[schema.id];
    if (!source) throw new Error(`no metadata for ${schema.id}`);
    const pkg = csvPackage({
      table: fullTable(schema, rows),
      dataset: schema.id,
      title: source.title,
      subtitle: source.row,
      finding: '',
      sources: [source],
      url: source.url ?? `Evidence Explorer, ${fullDatasetPath(schema.id)}`,
      downloadedAt: builtAt,
      view: 'full dataset',
    });
    return { path: fullDatasetPath(schema.id), bytes: pkg.bytes };
  });
}
