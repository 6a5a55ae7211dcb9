import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/datasets/dataProblem';
import { parseDataset } from '../../../src/datasets/parseDataset';
import { fixtureSchema } from '../../fixtures/fixtureSchema';

/**
 * Every file in tests/fixtures/broken/ was written once, byte for byte, by
 * tests/fixtures/makeBrokenFixtures.mjs. The file name given to parseDataset
 * is the path a data editor would see, so each message must name it.
 */
const DIR = 'tests/fixtures/broken';
const parseFixture = (name: string) => {
  const file = `${DIR}/${name}`;
  return { file, ...parseDataset(readFileSync(join(process.cwd(), file)), fixtureSchema, file) };
};

interface Refused {
  /** The specification, as the test is named. */
  readonly spec: string;
  readonly fixture: string;
  /** Where, as formatProblem writes it after the file name: "row 3, column \"value\"" (empty when the file as a whole is wrong). */
  readonly at: string;
  readonly row: number | undefined;
  readonly column: string | undefined;
  /** Substrings of what was expected and of what was found. */
  readonly expected: readonly string[];
  readonly found: readonly string[];
}

const VALUE = 'a number in £m of at least 0';
const YEAR = 'a whole number from 2005 to 2020';
const NOT_UTF8 = 'UTF-8 text (save the file as "CSV UTF-8")';
const QUOTES = 'quotes in pairs around a field ("like, this")';

const refused: readonly Refused[] = [
  {
    spec: 'refuses a file without a schema column and names the missing column',
    fixture: 'missing-column.csv',
    at: 'row 1, column "value"',
    row: 1,
    column: 'value',
    expected: ['this column in the header'],
    found: ['no such column'],
  },
  {
    spec: 'refuses an unknown extra column and lists the columns it wants',
    fixture: 'extra-column.csv',
    at: 'row 1, column "region"',
    row: 1,
    column: 'region',
    expected: ["only the schema's columns (area, year, value, note)"],
    found: ['an unknown extra column'],
  },
  {
    spec: 'refuses an empty file and says which header it wants',
    fixture: 'empty.csv',
    at: '',
    row: undefined,
    column: undefined,
    expected: ['a header row: area, year, value, note'],
    found: ['an empty file'],
  },
  {
    spec: 'refuses a header with no data rows under it',
    fixture: 'header-only.csv',
    at: 'row 2',
    row: 2,
    column: undefined,
    expected: ['at least one data row under the header'],
    found: ['a header only'],
  },
  {
    spec: 'refuses text in a number column and quotes the text',
    fixture: 'text-in-number.csv',
    at: 'row 3, column "value"',
    row: 3,
    column: 'value',
    expected: [VALUE],
    found: ['"twelve"'],
  },
  {
    spec: 'refuses 1,234 and says to write 1234',
    fixture: 'thousands-separator.csv',
    at: 'row 2, column "value"',
    row: 2,
    column: 'value',
    expected: [VALUE, 'written without thousands separators (1234)'],
    found: ['"1,234"'],
  },
  {
    spec: 'refuses 12% and says to write 12',
    fixture: 'percent-sign.csv',
    at: 'row 4, column "value"',
    row: 4,
    column: 'value',
    expected: [VALUE, 'written without the % sign (12)', 'the unit is set in the schema'],
    found: ['"12%"'],
  },
  {
    spec: 'refuses an unknown category and lists the allowed ones',
    fixture: 'unknown-category.csv',
    at: 'row 3, column "area"',
    row: 3,
    column: 'area',
    expected: ['one of: Bath and North East Somerset, Bristol, North Somerset, South Gloucestershire'],
    found: ['"Bristl"'],
  },
  {
    spec: 'refuses a repeated key and names the row it first appeared on',
    fixture: 'duplicate-key.csv',
    at: 'row 5',
    row: 5,
    column: undefined,
    expected: ['a unique combination of area + year'],
    found: ['area=Bristol, year=2010 again (first on row 2)'],
  },
  {
    spec: 'refuses an empty cell in a required number column',
    fixture: 'missing-value.csv',
    at: 'row 3, column "value"',
    row: 3,
    column: 'value',
    expected: [VALUE],
    found: ['an empty cell'],
  },
  {
    spec: 'refuses an empty cell in a required text column',
    fixture: 'missing-category.csv',
    at: 'row 3, column "area"',
    row: 3,
    column: 'area',
    expected: ['a value (this column is required)'],
    found: ['an empty cell'],
  },
  {
    spec: 'refuses a negative value where the minimum is 0',
    fixture: 'negative-value.csv',
    at: 'row 2, column "value"',
    row: 2,
    column: 'value',
    expected: [VALUE],
    found: ['-3.5, out of range'],
  },
  {
    spec: 'refuses a year after the range and gives the range',
    fixture: 'year-out-of-range.csv',
    at: 'row 3, column "year"',
    row: 3,
    column: 'year',
    expected: [YEAR],
    found: ['2021, out of range'],
  },
  {
    spec: 'refuses a year that is not a whole number',
    fixture: 'non-integer-year.csv',
    at: 'row 2, column "year"',
    row: 2,
    column: 'year',
    expected: [YEAR],
    found: ['"2010.5"'],
  },
  {
    spec: 'refuses a row with too many fields and suspects an unquoted comma',
    fixture: 'too-many-fields.csv',
    at: 'row 3',
    row: 3,
    column: undefined,
    expected: ['4 fields, as in the header'],
    found: ['5 fields (an unquoted comma?)'],
  },
  {
    spec: 'refuses a row with too few fields',
    fixture: 'too-few-fields.csv',
    at: 'row 4',
    row: 4,
    column: undefined,
    expected: ['4 fields, as in the header'],
    found: ['2 fields'],
  },
  {
    spec: 'refuses a Latin-1 é (byte 0xE9) on line 3 and names row 3 and the byte',
    fixture: 'invalid-utf8.csv',
    at: 'row 3',
    row: 3,
    column: undefined,
    expected: [NOT_UTF8],
    found: ['the byte 0xE9, which is not valid UTF-8'],
  },
  {
    spec: 'refuses a Windows-1252 £ (byte 0xA3) and names the byte',
    fixture: 'windows-1252-pound.csv',
    at: 'row 2',
    row: 2,
    column: undefined,
    expected: [NOT_UTF8],
    found: ['the byte 0xA3, which is not valid UTF-8'],
  },
  {
    spec: 'refuses a UTF-16 file at its first byte',
    fixture: 'utf16.csv',
    at: 'row 1',
    row: 1,
    column: undefined,
    expected: [NOT_UTF8],
    found: ['the byte 0xFF, which is not valid UTF-8'],
  },
  {
    spec: 'refuses a header that names a column twice',
    fixture: 'repeated-header.csv',
    at: 'row 1, column "year"',
    row: 1,
    column: 'year',
    expected: ['each column once'],
    found: ['a repeated column'],
  },
  {
    spec: 'refuses a trailing comma in the header as a blank extra column',
    fixture: 'blank-header-column.csv',
    at: 'row 1, column "(blank)"',
    row: 1,
    column: '(blank)',
    expected: ["only the schema's columns"],
    found: ['an unknown extra column'],
  },
  {
    spec: 'refuses a semicolon-separated file: it has none of the columns',
    fixture: 'semicolon-delimited.csv',
    at: 'row 1, column "area"',
    row: 1,
    column: 'area',
    expected: ['this column in the header'],
    found: ['no such column'],
  },
  {
    spec: 'refuses a quote that is never closed and names the row it opens on',
    fixture: 'unclosed-quote.csv',
    at: 'row 3',
    row: 3,
    column: undefined,
    expected: [QUOTES],
    found: ['a quote that is never closed'],
  },
  {
    spec: 'refuses text after a closing quote as a stray quote',
    fixture: 'stray-quote.csv',
    at: 'row 2',
    row: 2,
    column: undefined,
    expected: [QUOTES],
    found: ['a stray quote inside a field'],
  },
  {
    spec: 'refuses a NUL byte and names its row',
    fixture: 'nul-byte.csv',
    at: 'row 4',
    row: 4,
    column: undefined,
    expected: ['text without NUL characters'],
    found: ['a NUL byte (is this a binary or UTF-16 file?)'],
  },
  {
    spec: 'refuses a cell longer than 2000 characters',
    fixture: 'cell-too-long.csv',
    at: 'row 2, column "note"',
    row: 2,
    column: 'note',
    expected: ['at most 2000 characters'],
    found: ['2,001 characters'],
  },
  {
    spec: "refuses text longer than the column's maxLength",
    fixture: 'note-too-long.csv',
    at: 'row 2, column "note"',
    row: 2,
    column: 'note',
    expected: ['text of at most 80 characters'],
    found: ['81 characters'],
  },
  {
    spec: 'counts a quoted two-line cell as one row, as a spreadsheet does',
    fixture: 'error-after-multiline-cell.csv',
    at: 'row 3, column "value"',
    row: 3,
    column: 'value',
    expected: [VALUE],
    found: ['"n/a"'],
  },
  {
    spec: 'counts a skipped blank line in the row numbers, as a spreadsheet does',
    fixture: 'error-after-blank-line.csv',
    at: 'row 5, column "value"',
    row: 5,
    column: 'value',
    expected: [VALUE],
    found: ['"?"'],
  },
];

describe('parseDataset on broken CSV files', () => {
  it.each(refused)('$spec ($fixture)', ({ fixture, at, row, column, expected, found }) => {
    const { file, rows, problems } = parseFixture(fixture);
    expect(rows).toEqual([]);
    expect(problems.length).toBeGreaterThan(0);
    const first = problems[0]!;
    expect(first.file).toBe(file);
    expect(first.row).toBe(row);
    expect(first.column).toBe(column);

    const message = formatProblem(first);
    expect(message.startsWith(`${file}${at ? `, ${at}` : ''}: expected `)).toBe(true);
    const [expectedPart, foundPart] = message.split('; found ') as [string, string];
    for (const e of expected) expect(expectedPart).toContain(e);
    for (const f of found) expect(foundPart).toContain(f);
  });

  it('reports a stray quote once as stray and once as unclosed, both on row 2', () => {
    const { problems } = parseFixture('stray-quote.csv');
    expect(problems.map((p) => [p.row, p.found])).toEqual([
      [2, 'a stray quote inside a field'],
      [2, 'a quote that is never closed'],
    ]);
  });

  it('lists every missing column of a semicolon-separated file, and the one unknown column it sees', () => {
    const { problems } = parseFixture('semicolon-delimited.csv');
    expect(problems.map((p) => p.column)).toEqual(['area', 'year', 'value', 'note', 'area;year;value;note']);
  });
});

describe('parseDataset on tricky but valid CSV files', () => {
  it('accepts a UTF-8 byte-order mark and drops it from the first header', () => {
    const { rows, problems } = parseFixture('bom.csv');
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { area: 'Bristol', year: 2010, value: 12.5, note: '' },
      { area: 'Bath and North East Somerset', year: 2010, value: 4, note: '' },
    ]);
  });

  it('accepts CRLF line endings and leaves no carriage return in the last column', () => {
    const { rows, problems } = parseFixture('crlf.csv');
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { area: 'Bristol', year: 2010, value: 12.5, note: 'provisional' },
      { area: 'North Somerset', year: 2010, value: 3, note: '' },
    ]);
  });

  it('accepts commas and doubled quotes inside a quoted field and unescapes them exactly', () => {
    const { rows, problems } = parseFixture('quoted-commas.csv');
    expect(problems).toEqual([]);
    expect(rows[0]?.note).toBe('Revised, see "note 3", page 2');
    expect(rows[0]?.area).toBe('Bristol');
    expect(rows[1]?.note).toBe('');
  });

  it('accepts trailing blank and space-only lines', () => {
    const { rows, problems } = parseFixture('trailing-blank-lines.csv');
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.year)).toEqual([2010, 2011]);
  });

  it('accepts spaces around header names and cells, and trims them', () => {
    const { rows, problems } = parseFixture('header-whitespace.csv');
    expect(problems).toEqual([]);
    expect(rows).toEqual([{ area: 'Bristol', year: 2010, value: 12.5, note: 'spaced' }]);
  });

  it('accepts a quoted cell over two lines and keeps its line break', () => {
    const { rows, problems } = parseFixture('multiline-quoted-note.csv');
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.note)).toEqual(['first line\nsecond line', '']);
  });

  it('accepts plain number forms: exponent, leading plus, leading point and zero', () => {
    const { rows, problems } = parseFixture('plain-number-forms.csv');
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.value)).toEqual([1000, 5, 0.5, 0]);
  });
});

describe('the broken fixtures folder', () => {
  it('holds no CSV file that a test above does not check', () => {
    const accepted = [
      'bom.csv',
      'crlf.csv',
      'quoted-commas.csv',
      'trailing-blank-lines.csv',
      'header-whitespace.csv',
      'multiline-quoted-note.csv',
      'plain-number-forms.csv',
    ];
    const checked = [...refused.map((r) => r.fixture), ...accepted].sort();
    const onDisk = readdirSync(join(process.cwd(), DIR))
      .filter((f) => f.endsWith('.csv'))
      .sort();
    expect(onDisk).toEqual(checked);
    expect(onDisk.length).toBeGreaterThanOrEqual(24);
  });
});
