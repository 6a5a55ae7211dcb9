import type { ColumnTable } from '../src/datasets/columnTable';
import { fullTable } from '../src/datasets/fullTable';
import type { Column } from '../src/datasets/schema';
import { textField, toCsv } from '../src/export/toCsv';

/**
 * The full-dataset CSV of a column table, `rows` rows at a time: the very
 * text toCsv(fullTable(schema, rows)) writes for the same rows, without a
 * row object or a table of cells. Each distinct text is escaped once.
 * Yields the header line first, then one string per chunk of rows.
 */
export function* tableCsv(table: ColumnTable, rowsPerChunk: number): Generator<string> {
  const columns = table.schema.columns as readonly Column[];
  const header = toCsv({ columns: fullTable(table.schema, []).columns, rows: [] });
  yield header;
  const single = columns.length + table.width === 1;
  // Per text column, each distinct value's field, escaped when first written.
  const fields = columns.map((): (string | undefined)[] => []);
  const kinds = columns.map((c) => c.kind);
  const field = (i: number, c: number): string => {
    const raw = table.raw(i, c);
    const kind = kinds[c];
    if (kind === 'number') return raw === raw ? String(raw) : ''; // NaN: missing
    if (kind === 'boolean') return raw === 1 ? 'true' : 'false';
    const escaped = fields[c] as (string | undefined)[];
    return (escaped[raw] ??= textField(table.textValues(c)[raw] as string));
  };
  for (let start = 0; start < table.length; start += rowsPerChunk) {
    const end = Math.min(start + rowsPerChunk, table.length);
    let out = '';
    for (let i = start; i < end; i++) {
      let line = '';
      for (let c = 0; c < columns.length; c++) line += (c === 0 ? '' : ',') + field(i, c);
      for (let k = 0; k < table.width; k++) {
        const v = table.rawWide(i, k);
        line += (columns.length + k === 0 ? '' : ',') + (Number.isNaN(v) ? '' : String(v));
      }
      // As toCsv: a record of one empty field is quoted, or a reader would skip it as a blank line.
      out += (single && line === '' ? '""' : line) + '\r\n';
    }
    yield out;
  }
}
