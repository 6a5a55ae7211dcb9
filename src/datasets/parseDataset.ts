import Papa from 'papaparse';
import type { Column, DatasetSchema, RowOf } from './schema';
import type { DataProblem } from './dataProblem';
import { parseCell, parseNumber } from './parseCell';
import { readCsvText } from './readCsvText';
import { readHeader } from './readHeader';
import { repeatedKey } from './repeatedKey';
import { ColumnTable } from './columnTable';
import { KeyIndex } from './keyIndex';

export interface ParseResult<S extends DatasetSchema> {
  readonly rows: RowOf<S>[];
  /** The spreadsheet row of each of `rows`, for messages about them found later (cross-file checks). */
  readonly rowNumbers: readonly number[];
  readonly problems: readonly DataProblem[];
}

/** At most this many problems are listed per file; the rest are counted. */
export const MAX_PROBLEMS = 50;
/** A cell longer than this is refused: no figure or label in our data needs it. */
export const MAX_CELL_LENGTH = 2000;
/** A column's valid cells are remembered up to this many different ones (codes, names, years), not past (figures). */
const MEMO_LIMIT = 4096;

/**
 * Parse and validate one CSV file against its schema. Pure: bytes in, typed
 * rows and a list of problems out. Used by the Vite plugin, the tests and the
 * national-scale benchmark alike.
 *
 * Decisions (documented in data/README.md):
 * - a UTF-8 byte-order mark is accepted and dropped; CRLF, LF or CR line endings are accepted, one kind per file;
 * - header names and cells are trimmed of surrounding spaces;
 * - blank lines (anywhere, trailing included) are skipped, row numbers still count them;
 * - numbers are plain: "1,234" and "12%" are refused with a message saying how to write them; exponents
 *   ("1e6") are accepted, but not a value a double cannot hold as written ("1e400", "1e-400");
 * - keys that differ only in letter case or invisible characters are the same key (a repeat).
 */
export function parseDataset<S extends DatasetSchema>(bytes: Uint8Array, schema: S, file: string): ParseResult<S> {
  const { table, problems } = readDataset(bytes, schema, file);
  if (!table) return { rows: [], rowNumbers: [], problems };
  return { rows: table.rows() as unknown as RowOf<S>[], rowNumbers: table.rowNumbers(), problems };
}

/** What parseDataset reads, as a column table (no row objects): the build keeps national-scale files this way. */
export interface ReadResult {
  readonly table?: ColumnTable;
  readonly problems: readonly DataProblem[];
}

/** parseDataset's work, the rows kept column by column (see ColumnTable); a table only when there is no problem. */
export function readDataset(bytes: Uint8Array, schema: DatasetSchema, file: string): ReadResult {
  const problems: DataProblem[] = [];
  // Past MAX_PROBLEMS a problem is counted, not kept: a file wrong on every row stays cheap to report.
  let extra = 0;
  const report = (p: DataProblem): void => {
    if (problems.length < MAX_PROBLEMS) problems.push(p);
    else extra++;
  };

  const csv = readCsvText(bytes, schema, file);
  if ('problem' in csv) return { problems: [csv.problem] };
  const { text, lines } = csv;

  const table = new ColumnTable(schema);
  /** The rows by key (see foldKey), to find a repeated key. */
  const keys = new KeyIndex(table, schema);
  const columns = schema.columns as readonly Column[];
  /**
   * Per column, each cell already read and found valid, as stored (a text id, a number, a boolean): the
   * next time it is taken as it is, as it would read the same. Dropped past MEMO_LIMIT different cells.
   */
  const memos: (Map<string, number | boolean | null> | undefined)[] = columns.map(() => new Map());
  const wide = schema.wide;
  const wideColumn = wide
    ? { kind: 'number' as const, unit: wide.unit, min: wide.min, max: wide.max, required: true, missing: wide.missing }
    : undefined;
  let header: readonly string[] = [];
  let columnIndex: readonly number[] = [];
  let wideIndex: readonly number[] = [];
  let headerOk = false;
  let rowNumber = 0;

  const readRow = (record: readonly string[]): void => {
    if (record.length === 1 && record[0]?.trim() === '') return; // blank line
    if (record.length !== header.length) {
      report({
        file,
        row: rowNumber,
        expected: `${header.length} fields, as in the header`,
        found: `${record.length} fields${record.length > header.length ? ' (an unquoted comma?)' : ''}`,
      });
      return;
    }
    let rowOk = true;
    for (let i = 0; i < columns.length; i++) {
      const raw = record[columnIndex[i] as number] as string;
      const memo = memos[i];
      const known = memo?.get(raw);
      if (known !== undefined) {
        table.set(i, known);
        continue;
      }
      const c = columns[i] as Column;
      if (raw.length > MAX_CELL_LENGTH) {
        report({
          file,
          row: rowNumber,
          column: c.csv,
          expected: `at most ${MAX_CELL_LENGTH} characters`,
          found: `${raw.length.toLocaleString('en-GB')} characters`,
        });
        rowOk = false;
        continue;
      }
      const cell = parseCell(raw, c);
      if (!cell.ok) {
        report({ file, row: rowNumber, column: c.csv, expected: cell.expected, found: cell.found });
        rowOk = false;
        continue;
      }
      const stored = c.kind === 'text' ? table.intern(i, cell.value as string) : (cell.value as number | boolean | null);
      table.set(i, stored);
      if (memo) {
        memo.set(raw, stored);
        if (memo.size >= MEMO_LIMIT) memos[i] = undefined;
      }
    }
    if (wide && wideColumn) {
      for (let k = 0; k < wideIndex.length; k++) {
        const cell = parseNumber(record[wideIndex[k] as number] as string, wideColumn);
        if (cell.ok) table.setWide(k, cell.value as number | null);
        else {
          report({ file, row: rowNumber, column: String(wide.from + k), expected: cell.expected, found: cell.found });
          rowOk = false;
        }
      }
    }
    if (!rowOk) return;
    const first = keys.findOrAdd();
    if (first < 0) {
      table.commit(rowNumber);
      return;
    }
    report(repeatedKey(table, schema, first, file, rowNumber));
  };

  // Row by row: the raw records are never all held at once (1.7 million rows at national scale).
  Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: false,
    delimiter: ',',
    newline: lines.ending === 'CRLF' ? '\r\n' : lines.ending === 'CR' ? '\r' : '\n',
    step: (result, parser) => {
      rowNumber++;
      let quoteTrouble = false;
      for (const e of result.errors) {
        if (e.type === 'Quotes') {
          quoteTrouble = true;
          report({
            file,
            row: rowNumber,
            expected: 'quotes in pairs around a field ("like, this")',
            found: e.code === 'MissingQuotes' ? 'a quote that is never closed' : 'a stray quote inside a field',
          });
        }
      }
      if (rowNumber === 1) {
        ({ header, columnIndex, wideIndex } = readHeader(result.data, schema, file, report));
        headerOk = problems.length === 0;
      }
      // A row with broken quotes has its fields misread: the quote is the problem to report, not what follows from it.
      else if (headerOk && !quoteTrouble) readRow(result.data);
      if (!headerOk) parser.abort();
    },
  });
  if (!headerOk) return { problems: cap(problems, file, extra) };

  if (problems.length === 0 && table.length === 0) {
    report({ file, row: 2, expected: 'at least one data row under the header', found: 'a header only' });
  }
  if (problems.length) return { problems: cap(problems, file, extra) };
  table.trim();
  return { table, problems: [] };
}

/** Every problem is counted; only the first MAX_PROBLEMS are kept, and the message says how many more there were. */
function cap(problems: DataProblem[], file: string, extra: number): DataProblem[] {
  if (extra === 0) return problems;
  return [...problems, { file, expected: 'fewer problems', found: `${extra} more problems not listed` }];
}
