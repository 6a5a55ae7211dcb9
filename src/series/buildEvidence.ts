import type { LoadedDatasets } from '../datasets/loadCatalog';
import type { DatasetMeta } from '../datasets/meta';
import type { Column } from '../datasets/schema';
import { catalog } from '../datasets/catalog';
import { nationalTables } from './compare/tables';
import { thenNow } from './compare/thenNow';
import { buildWorkshop } from './workshop';

/** The card (chart id, on the headline's evidence tab) that holds each headline's evidence; none: the card does not link. */
const EVIDENCE_CARD: Readonly<Record<string, string>> = {
  'population-growth': 'population-growth',
  'dependency-ratio': 'dependency-ratio',
  'carbon-emissions-change': 'decoupling',
  'economy-growth': 'decoupling',
};

/** Each headline beside the newest official equivalent (computed from the national files), or null where there is none. */
function headlines(d: LoadedDatasets) {
  const now = new Map(thenNow(d, nationalTables(d)).headlines.map((h) => [h.headlineId, h]));
  return d.headlineFigures.rows.map((h) => {
    const n = now.get(h.id);
    return {
      ...h,
      evidenceCard: EVIDENCE_CARD[h.id] ?? null,
      now: n ? { ...n.now, note: n.note } : null,
    };
  });
}

export interface SourceCard extends DatasetMeta {
  readonly file: string;
  readonly rows: number;
  readonly columns: readonly { readonly name: string; readonly unit?: string; readonly description: string }[];
}

function sourceCards(d: LoadedDatasets): Record<string, SourceCard> {
  const out: Record<string, SourceCard> = {};
  for (const [key, schema] of Object.entries(catalog)) {
    const loaded = d[key as keyof LoadedDatasets];
    const columns = (schema.columns as readonly Column[]).map((c) => ({
      name: c.csv,
      unit: c.kind === 'number' ? c.unit : undefined,
      description: c.description,
    }));
    // The table's length, where there is one: counting must not make a row object of every row.
    out[schema.id] = { ...loaded.meta, file: schema.file, rows: loaded.table?.length ?? loaded.rows.length, columns };
  }
  return out;
}

/**
 * What every tab shares, derived at build time from the validated datasets:
 * the sources' metadata, the headline figures and the workshop write-up.
 * Each chart derives its own data (src/units/, `derive`).
 */
export function buildEvidence(d: LoadedDatasets) {
  return {
    sources: sourceCards(d),
    headlines: headlines(d),
    workshop: buildWorkshop(d),
  };
}

export type Evidence = ReturnType<typeof buildEvidence>;
