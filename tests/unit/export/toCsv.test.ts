import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TableData } from '../../../src/series/types';
import { CSV_BOM, csvBytes, toCsv } from '../../../src/export/toCsv';
import { parseCsv, universityIncome } from './support';

const one = (label: string, ...cells: (string | number | null)[]): TableData => ({
  columns: [{ key: 'k', label }],
  rows: cells.map((c) => [c]),
});

describe('toCsv: what a spreadsheet or script reads back', () => {
  it('writes a header of column labels with the unit in brackets, then one record a row', () => {
    expect(parseCsv(toCsv(universityIncome))).toEqual([
      ['University', 'Income from business services (£m)'],
      ['University of Bristol', '34477.123456'],
      ['Bath Spa University', '3.5'],
      ['UWE Bristol', ''],
    ]);
  });

  it('ends every record, the last included, with CRLF and has no bare LF between records', () => {
    const text = toCsv(universityIncome);
    expect(text).toBe(
      'University,Income from business services (£m)\r\nUniversity of Bristol,34477.123456\r\nBath Spa University,3.5\r\nUWE Bristol,\r\n',
    );
  });

  it('quotes fields with a comma, quote, CR or LF, doubling quotes, and they come back intact', () => {
    const cells = ['Bristol, City of', 'the "West"', 'line one\nline two', 'cr\rhere', 'crlf\r\nhere', 'plain £ é 😀'];
    const text = toCsv(one('Name', ...cells));
    expect(text).toContain('"Bristol, City of"');
    expect(text).toContain('"the ""West"""');
    expect(text).toContain('"line one\nline two"');
    expect(text).toContain('"cr\rhere"');
    expect(text).toContain('"crlf\r\nhere"');
    expect(text).toContain('\r\nplain £ é 😀\r\n');
    expect(
      parseCsv(text)
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(cells);
  });

  it('writes numbers in full and unformatted: no rounding, no thousands separators, no quotes', () => {
    const text = toCsv({
      columns: [
        { key: 'a', label: 'A' },
        { key: 'b', label: 'B' },
        { key: 'c', label: 'C' },
      ],
      rows: [[34477.123456, 1234567, 0.1 + 0.2]],
    });
    expect(text.split('\r\n')[1]).toBe('34477.123456,1234567,0.30000000000000004');
  });

  it('keeps negative numbers as numbers: -3.5 is written -3.5, not quoted or guarded', () => {
    const text = toCsv(one('Change', -3.5, -1e-7, -0));
    expect(text.split('\r\n').slice(1, 4)).toEqual(['-3.5', '-1e-7', '0']);
    expect(
      parseCsv(text)
        .slice(1)
        .map((r) => Number(r[0])),
    ).toEqual([-3.5, -1e-7, 0]);
  });

  it('writes an empty field for a missing value', () => {
    const text = toCsv({
      columns: [
        { key: 'a', label: 'A' },
        { key: 'b', label: 'B' },
      ],
      rows: [
        [null, 1],
        [2, null],
      ],
    });
    expect(text).toBe('A,B\r\n,1\r\n2,\r\n');
  });

  it('quotes a lone empty field so a one-column row of no value is not a blank line readers skip', () => {
    const text = toCsv(one('A', null, 'x', ''));
    expect(text).toBe('A\r\n""\r\nx\r\n""\r\n');
    expect(parseCsv(text)).toEqual([['A'], [''], ['x'], ['']]);
  });

  it('writes just the header for a table with no rows', () => {
    expect(toCsv({ columns: universityIncome.columns, rows: [] })).toBe('University,Income from business services (£m)\r\n');
  });
});

describe('toCsv: formula injection (OWASP CSV injection)', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+44 117 000 0000', "'+44 117 000 0000"],
    ['-2% (fall)', "'-2% (fall)"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=cmd', "'\t=cmd"],
    ['\r=cmd', "'\r=cmd"],
    ['=HYPERLINK("http://evil.example","click")', '\'=HYPERLINK("http://evil.example","click")'],
  ])('text %j reads back as %j, a string no spreadsheet evaluates', (cell, shown) => {
    const text = toCsv(one('Name', cell));
    const line = text.slice(text.indexOf('\r\n') + 2);
    expect(line.startsWith(`"'`)).toBe(true);
    expect(parseCsv(text)[1]).toEqual([shown]);
  });

  it('guards a text cell that looks like a negative number, but never a real number', () => {
    const text = toCsv({
      columns: [
        { key: 'a', label: 'A' },
        { key: 'b', label: 'B' },
      ],
      rows: [['-3.5', -3.5]],
    });
    expect(text.split('\r\n')[1]).toBe(`"'-3.5",-3.5`);
  });

  it('leaves text alone when the dangerous character is not first', () => {
    expect(
      toCsv(one('A', 'a=b', ' =1', 'x@y.com'))
        .split('\r\n')
        .slice(1, 4),
    ).toEqual(['a=b', ' =1', 'x@y.com']);
  });

  it('guards header labels too', () => {
    const text = toCsv({
      columns: [
        { key: 'a', label: '=cmd|calc', unit: '£m' },
        { key: 'b', label: '@B' },
      ],
      rows: [],
    });
    expect(parseCsv(text)[0]).toEqual(["'=cmd|calc (£m)", "'@B"]);
  });
});

describe('toCsv: refuses what would mislead', () => {
  it.each([NaN, Infinity, -Infinity])('throws on %s, naming the row and the column', (bad) => {
    const table: TableData = {
      columns: [
        { key: 'year', label: 'Year' },
        { key: 'gva', label: 'GVA', unit: '£m' },
      ],
      rows: [
        [2018, 1],
        [2019, bad],
      ],
    };
    expect(() => toCsv(table)).toThrow(/row 2, column "GVA" \(gva\)/);
    expect(() => toCsv(table)).toThrow(String(bad));
  });

  it('throws on a row whose cell count differs from the columns, rather than shift values under the wrong header', () => {
    expect(() => toCsv({ columns: [{ key: 'a', label: 'A' }], rows: [[1], [1, 2]] })).toThrow(
      /row 2 has 2 cells but the table has 1 columns/,
    );
  });
});

describe('csvBytes: the file as saved', () => {
  it('starts with the UTF-8 byte-order mark EF BB BF so Excel reads it as UTF-8', () => {
    const bytes = csvBytes(universityIncome);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(CSV_BOM).toBe('\uFEFF');
  });

  it('decodes as UTF-8 with "£" intact and is toCsv after the mark', () => {
    const bytes = csvBytes(universityIncome);
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    expect(text).toBe(CSV_BOM + toCsv(universityIncome));
    expect(text).toContain('(£m)');
    // "£" is C2 A3 in UTF-8, not the single A3 byte of Latin-1
    const pound = bytes.indexOf(0xa3);
    expect(bytes[pound - 1]).toBe(0xc2);
  });
});

describe("csvBytes read by Python's csv module (utf-8-sig), a second, strict reader", () => {
  it('gives back the same cells, BOM gone, guarded text and numbers as written', () => {
    const table: TableData = {
      columns: [
        { key: 'a', label: 'Area, name' },
        { key: 'b', label: 'Value', unit: '£m' },
      ],
      rows: [
        ['Bristol, City of', 34477.123456],
        ['"Bath"\r\nand NE Somerset', -3.5],
        ['=1+1', null],
        ['\ttab', 0],
      ],
    };
    const dir = mkdtempSync(join(tmpdir(), 'ee-csv-'));
    try {
      const path = join(dir, 'x.csv');
      writeFileSync(path, csvBytes(table));
      const py = 'import csv, json, sys; print(json.dumps(list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))))';
      expect(JSON.parse(execFileSync('python3', ['-c', py, path], { encoding: 'utf8' }))).toEqual([
        ['Area, name', 'Value (£m)'],
        ['Bristol, City of', '34477.123456'],
        ['"Bath"\r\nand NE Somerset', '-3.5'],
        ["'=1+1", ''],
        ["'\ttab", '0'],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
