import type { DataProblem } from './dataProblem';
import type { DatasetSchema } from './schema';
import { expectedHeaders } from './schema';
import { clipName } from './messageText';

/** Where each of the schema's columns is in the file. */
export interface HeaderLayout {
  /** The header's names, trimmed, in the file's order. */
  readonly header: readonly string[];
  /** Per schema column, its field's index in a record. */
  readonly columnIndex: readonly number[];
  /** Per year of a wide schema (from `wide.from`), its field's index in a record; empty otherwise. */
  readonly wideIndex: readonly number[];
}

/**
 * Read a CSV's header row against its schema, reporting each column repeated,
 * missing or not in the schema. The layout is only to be used when nothing was reported.
 */
export function readHeader(record: readonly string[], schema: DatasetSchema, file: string, report: (p: DataProblem) => void): HeaderLayout {
  const expected = expectedHeaders(schema);
  const wide = schema.wide;
  const header = record.map((h) => h.trim());
  const headerIndex = new Map<string, number>();
  header.forEach((h, i) => {
    if (headerIndex.has(h)) report({ file, row: 1, column: clipName(h), expected: 'each column once', found: 'a repeated column' });
    else headerIndex.set(h, i);
  });
  for (const name of expected) {
    if (!headerIndex.has(name)) report({ file, row: 1, column: name, expected: 'this column in the header', found: 'no such column' });
  }
  const known = new Set(expected);
  for (const h of header) {
    if (!known.has(h))
      report({
        file,
        row: 1,
        column: h === '' ? '(blank)' : clipName(h),
        expected: `only the schema's columns (${expected.slice(0, 6).join(', ')}${expected.length > 6 ? ', …' : ''})`,
        found: 'an unknown extra column',
      });
  }
  const columnIndex = schema.columns.map((c) => headerIndex.get(c.csv) as number);
  const wideIndex = wide ? Array.from({ length: wide.to - wide.from + 1 }, (_, i) => headerIndex.get(String(wide.from + i)) as number) : [];
  return { header, columnIndex, wideIndex };
}
