import type { ColumnTable } from './columnTable';
import type { DataProblem } from './dataProblem';
import type { Column, DatasetSchema } from './schema';
import { clipName } from './messageText';

/**
 * The problem of a row whose key was already used: the table's pending row
 * (at index `table.length`) against the committed row `first`, exact or the
 * same but for letter case or invisible characters (see KeyIndex).
 */
export function repeatedKey(table: ColumnTable, schema: DatasetSchema, first: number, file: string, rowNumber: number): DataProblem {
  const columns = schema.columns as readonly Column[];
  const names = schema.key.map((k) => schema.columns.find((c) => c.field === k)?.csv ?? k);
  const keyOf = (i: number) =>
    schema.key.map((k) =>
      String(
        table.value(
          i,
          columns.findIndex((c) => c.field === k),
        ),
      ),
    );
  const label = (values: readonly string[]) => names.map((n, i) => `${n}=${clipName(values[i] as string)}`).join(', ');
  const parts = keyOf(table.length);
  const key = parts.join('\u0001');
  const firstKey = keyOf(first).join('\u0001');
  const exact = firstKey === key;
  return {
    file,
    row: rowNumber,
    expected: `a unique ${names.length > 1 ? 'combination of ' : ''}${names.join(' + ')}${exact ? '' : ' (keys that differ only in letter case or invisible characters are the same key)'}`,
    found: exact
      ? `${label(parts)} again (first on row ${table.rowNumber(first)})`
      : `${label(parts)}, the same key as row ${table.rowNumber(first)} (${label(firstKey.split('\u0001'))}) but for letter case or invisible characters`,
  };
}
