import type { ColumnTable } from '../src/datasets/columnTable';
import { fullTable } from '../src/datasets/fullTable';
import type { Column } from '../src/datasets/schema';
import { textField, toCsv } from '../src/export/toCsv';

/** A number as toCsv writes it: in full, empty when missing (NaN). */
const numberField = (v: number): string => (v === v ? String(v) : '');

/**
 * The full-dataset CSV of a column table, `rows` rows at a time: the very
 * text toCsv(fullTable(schema, rows)) writes for the same rows, without a
 * row object or a table of cells. Each distinct text is escaped once.
 * Yields the header line first, then one string per chunk of rows.
 */
export function* tableCsv(table: ColumnTable, rowsPerChunk: number): Generator<string> {
  const columns = table.schema.columns as readonly Column[];
  yield toCsv({ columns: fullTable(table.schema, []).columns, rows: [] });
  // One function a column, from row index to field.
  const fields = columns.map((c, i): ((row: number) => string) => {
    const stored = table.column(i);
    if (c.kind === 'number') return (row) => numberField(stored[row] as number);
    if (c.kind === 'boolean') return (row) => (stored[row] === 1 ? 'true' : 'false');
    const escaped = table.textValues(i).map(textField);
    return (row) => escaped[stored[row] as number] as string;
  });
  const single = columns.length + table.width === 1;
  for (let start = 0; start < table.length; start += rowsPerChunk) {
    const end = Math.min(start + rowsPerChunk, table.length);
    let out = '';
    for (let row = start; row < end; row++) {
      let line = '';
      for (let c = 0; c < fields.length; c++) line += (c === 0 ? '' : ',') + (fields[c] as (row: number) => string)(row);
      for (let k = 0; k < table.width; k++) line += (fields.length + k === 0 ? '' : ',') + numberField(table.rawWide(row, k));
      // As toCsv: a record of one empty field is quoted, or a reader would skip it as a blank line.
      out += (single && line === '' ? '""' : line) + '\r\n';
    }
    yield out;
  }
}
