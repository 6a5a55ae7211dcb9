import type { TableData } from './tableData';
import type { Column, DatasetSchema } from './schema';

/** Every row and column of a dataset, under its official headers: the "full dataset" download. */
export function fullTable(schema: DatasetSchema, rows: readonly Record<string, unknown>[]): TableData {
  const cols = schema.columns as readonly Column[];
  const wide = schema.wide;
  const years = wide ? Array.from({ length: wide.to - wide.from + 1 }, (_, i) => wide.from + i) : [];
  return {
    columns: [
      ...cols.map((c) => ({
        key: c.field,
        label: c.csv,
        unit: c.kind === 'number' && c.unit !== 'year' && c.unit !== 'see measure' && c.unit !== 'see unit' ? c.unit : undefined,
      })),
      ...years.map((y) => ({ key: String(y), label: String(y), unit: wide && !wide.unit.startsWith('see ') ? wide.unit : undefined })),
    ],
    rows: rows.map((r) => [
      ...cols.map((c) => {
        const v = r[c.field];
        return c.kind === 'boolean' ? (v ? 'true' : 'false') : ((v as string | number | null | undefined) ?? null);
      }),
      ...(wide ? ((r[wide.field] as readonly number[] | undefined) ?? []) : []),
    ]),
  };
}
