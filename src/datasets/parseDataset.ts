import Papa from 'papaparse';
import type { Column, DatasetSchema, NumberColumn, RowOf } from './schema';
import { expectedHeaders, missingReason } from './schema';
import { ENDING_NAMES, RowCounter, rowAt } from './rowCounter';
import { firstInvalidUtf8 } from './utf8';
import { ColumnTable } from './columnTable';
import { KeyIndex } from './keyIndex';

/**
 * One problem found in a data file. `row` counts as a spreadsheet user does:
 * the header is row 1, the first data row is row 2.
 */
export interface DataProblem {
  readonly file: string;
  readonly row?: number;
  readonly column?: string;
  readonly expected: string;
  readonly found: string;
}

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
/** More header fields than this is refused before any other work. */
export const MAX_COLUMNS = 500;
/** A column's valid cells are remembered up to this many different ones (codes, names, years), not past (figures). */
const MEMO_LIMIT = 4096;

export function formatProblem(p: DataProblem): string {
  const where = [p.file, p.row !== undefined ? `row ${p.row}` : undefined, p.column !== undefined ? `column "${p.column}"` : undefined]
    .filter(Boolean)
    .join(', ');
  return `${where}: expected ${p.expected}; found ${p.found}`;
}

const PLAIN_NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
const THOUSANDS = /^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PERCENT = /^[-+]?(\d+(\.\d*)?|\.\d+)\s*%$/;

/** Controls, zero-width and bidirectional characters: shown as \uXXXX so a message cannot hide or reorder text. */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
/** The smallest double held at full precision: below it a value loses digits, then becomes 0. */
const MIN_NORMAL = 2.2250738585072014e-308;

/** A header name for a message: short, invisible characters shown, no quotes. */
export const clipName = (name: string): string => show(name).replace(/^"|"(?= \(|$)/g, '');

/** Quote a found value for a message, short and with invisible characters shown. */
export function show(value: string, max = 40): string {
  const clipped = value.length > max ? `${value.slice(0, max)}…` : value;
  return value.length > max ? `"${visible(clipped)}" (${value.length} characters)` : `"${visible(value)}"`;
}

/** Text with its invisible characters shown as \uXXXX, so a message cannot hide or reorder text. */
export const visible = (text: string): string => text.replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

function describeNumber(c: NumberColumn): string {
  const parts = [c.integer ? 'a whole number' : 'a number'];
  if (c.unit && c.unit !== 'year' && !c.unit.startsWith('see ')) parts.push(`in ${c.unit}`);
  if (c.min !== undefined && c.max !== undefined) parts.push(`from ${c.min} to ${c.max}`);
  else if (c.min !== undefined) parts.push(`of at least ${c.min}`);
  else if (c.max !== undefined) parts.push(`of at most ${c.max}`);
  if (c.missing) parts.push(`or ${Object.keys(c.missing).join(' or ')} for a missing value`);
  return parts.join(' ');
}

type Cell = { ok: true; value: unknown } | { ok: false; expected: string; found: string };

function parseNumber(
  raw: string,
  c: Pick<NumberColumn, 'unit' | 'min' | 'max' | 'integer' | 'required' | 'missing'> & { kind: 'number' },
): Cell {
  const s = raw.trim();
  if (c.missing && missingReason(c, s) !== undefined) return { ok: true, value: null };
  if (s === '') {
    return c.required === false
      ? { ok: true, value: null }
      : { ok: false, expected: describeNumber(c as NumberColumn), found: 'an empty cell' };
  }
  // Spelt out only for a cell that fails: building it for every cell costs more than parsing at national scale.
  const plain = PLAIN_NUMBER.test(s);
  const wanted = plain ? '' : describeNumber(c as NumberColumn);
  if (!plain) {
    if (THOUSANDS.test(s)) {
      return { ok: false, expected: `${wanted}, written without thousands separators (${s.replace(/,/g, '')})`, found: show(raw) };
    }
    if (PERCENT.test(s)) {
      return {
        ok: false,
        expected: `${wanted}, written without the % sign (${s.replace(/\s*%$/, '')}); the unit is set in the schema`,
        found: show(raw),
      };
    }
    return { ok: false, expected: wanted, found: show(raw) };
  }
  const value = Number(s);
  // A number too large or too small for a double is read as Infinity or 0 (or loses digits): refuse it, never change it.
  if (!Number.isFinite(value)) {
    return {
      ok: false,
      expected: `${describeNumber(c as NumberColumn)}, at most about 1.8e308 in size`,
      found: `${show(raw)}, which reads as infinity`,
    };
  }
  if (Math.abs(value) < MIN_NORMAL && /[1-9]/.test(s.replace(/[eE].*$/, ''))) {
    return {
      ok: false,
      expected: `${describeNumber(c as NumberColumn)}, 0 or at least about 2.2e-308 in size`,
      found: `${show(raw)}, which ${value === 0 ? 'reads as 0' : 'cannot be held at full precision'}`,
    };
  }
  if (c.integer && !Number.isInteger(value)) return { ok: false, expected: describeNumber(c as NumberColumn), found: show(raw) };
  if ((c.min !== undefined && value < c.min) || (c.max !== undefined && value > c.max)) {
    return { ok: false, expected: describeNumber(c as NumberColumn), found: `${s}, out of range` };
  }
  // -0 is 0: a table would otherwise print "-0".
  return { ok: true, value: value === 0 ? 0 : value };
}

function parseCell(raw: string, c: Column): Cell {
  if (c.kind === 'number') return parseNumber(raw, c);
  const s = raw.trim();
  if (c.kind === 'boolean') {
    if (s === 'true' || s === 'yes') return { ok: true, value: true };
    if (s === 'false' || s === 'no') return { ok: true, value: false };
    return { ok: false, expected: 'true or false', found: s === '' ? 'an empty cell' : show(raw) };
  }
  if (s === '') {
    return c.required === false
      ? { ok: true, value: '' }
      : { ok: false, expected: 'a value (this column is required)', found: 'an empty cell' };
  }
  if (c.maxLength !== undefined && s.length > c.maxLength) {
    return { ok: false, expected: `text of at most ${c.maxLength} characters`, found: `${s.length} characters` };
  }
  if (c.oneOf && !c.oneOf.includes(s)) {
    const list = c.oneOf.length > 12 ? `${c.oneOf.slice(0, 12).join(', ')}, …` : c.oneOf.join(', ');
    return { ok: false, expected: `one of: ${list}`, found: show(raw) };
  }
  if (c.pattern && !c.pattern.test(s)) {
    return { ok: false, expected: c.patternHint ?? `text matching ${String(c.pattern)}`, found: show(raw) };
  }
  return { ok: true, value: s };
}

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
  const fail = (p: Omit<DataProblem, 'file'>): ReadResult => ({ problems: [{ file, ...p }] });

  const lines = new RowCounter();
  const bad = firstInvalidUtf8(bytes, lines);
  if (bad) {
    return fail({
      row: bad.line,
      expected: 'UTF-8 text (save the file as "CSV UTF-8")',
      found: `the byte 0x${bad.byte.toString(16).toUpperCase().padStart(2, '0')}, which is not valid UTF-8`,
    });
  }
  let text = new TextDecoder('utf-8').decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') {
    return fail({ expected: `a header row: ${expectedHeaders(schema).slice(0, 8).join(', ')}`, found: 'an empty file' });
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    return fail({ row: rowAt(text, nul), expected: 'text without NUL characters', found: 'a NUL byte (is this a binary or UTF-16 file?)' });
  }

  // Papaparse guesses one line ending for the file: with several, rows would run together with false messages.
  if (lines.mixed && lines.ending) {
    return fail({
      row: lines.mixed.row,
      expected: `one kind of line ending throughout, as on row 1: ${ENDING_NAMES[lines.ending]}`,
      found: `a row ending in ${ENDING_NAMES[lines.mixed.ending]} (save the file again from a spreadsheet or editor to make them all the same)`,
    });
  }

  // Refuse absurd headers before papaparse allocates for them.
  const firstLineEnd = text.search(/\r\n|\n|\r/);
  const firstLine = firstLineEnd < 0 ? text : text.slice(0, firstLineEnd);
  const roughColumns = firstLine.split(',').length;
  const expected = expectedHeaders(schema);
  if (roughColumns > Math.max(MAX_COLUMNS, expected.length * 2)) {
    return fail({ row: 1, expected: `a header of ${expected.length} columns`, found: `${roughColumns.toLocaleString('en-GB')} columns` });
  }

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
  let header: string[] = [];
  let columnIndex: number[] = [];
  let wideIndex: number[] = [];
  let headerOk = false;
  let rowNumber = 0;

  const readHeader = (record: readonly string[]): boolean => {
    header = record.map((h) => h.trim());
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
    columnIndex = schema.columns.map((c) => headerIndex.get(c.csv) as number);
    wideIndex = wide ? Array.from({ length: wide.to - wide.from + 1 }, (_, i) => headerIndex.get(String(wide.from + i)) as number) : [];
    return problems.length === 0;
  };

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
    report({
      file,
      row: rowNumber,
      expected: `a unique ${names.length > 1 ? 'combination of ' : ''}${names.join(' + ')}${exact ? '' : ' (keys that differ only in letter case or invisible characters are the same key)'}`,
      found: exact
        ? `${label(parts)} again (first on row ${table.rowNumber(first)})`
        : `${label(parts)}, the same key as row ${table.rowNumber(first)} (${label(firstKey.split('\u0001'))}) but for letter case or invisible characters`,
    });
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
      if (rowNumber === 1) headerOk = readHeader(result.data);
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
