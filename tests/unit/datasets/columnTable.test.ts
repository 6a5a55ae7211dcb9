import { describe, expect, it } from 'vitest';
import { fullTable } from '../../../src/datasets/fullTable';
import { formatProblem } from '../../../src/datasets/dataProblem';
import { parseDataset, readDataset } from '../../../src/datasets/parseDataset';
import { bool, defineSchema, num, numOrMissing, optionalNum, text } from '../../../src/datasets/schema';
import { tableCsv } from '../../../plugins/tableCsv';
import { toCsv } from '../../../src/export/toCsv';

/*
 * The build keeps a dataset's rows column by column (ColumnTable) and writes
 * the full-dataset CSV from the columns: the rows a chart reads and the CSV a
 * user downloads must be what row objects gave, every kind of cell included.
 */
const schema = defineSchema({
  id: 'column-table-test',
  file: 'data/column-table-test.csv',
  columns: [
    text('code', 'code', { description: 'Code' }),
    text('name', 'name', { description: 'Name', required: false }),
    num('year', 'year', { description: 'Year', unit: 'year', integer: true }),
    numOrMissing('value', 'value', { description: 'Value', unit: 'persons', missing: { '[x]': 'not available' } }),
    optionalNum('share', 'share', { description: 'Share', unit: '%' }),
    bool('flag', 'flag', 'A flag'),
  ],
  wide: { field: 'series', from: 2020, to: 2021, unit: 'tonnes', description: 'By year', missing: { NA: 'not available' } },
  key: ['code', 'year'],
});

const HEADER = 'code,name,year,value,share,flag,2020,2021';
const LINES = [
  'E06000023,"Bristol, City of",2022,472465.5,12.5,true,1,2',
  'E06000024,=SUM(A1),2022,[x],,no,NA,3e2',
  'e06000025,"He said ""hi""",2022,-0,-1.25,yes,-4,NA',
  'E06000022,,2023,1e3, 7 ,false,0.1,0.2',
  'E06000022,+44 college,2024,12.340,,false,5,6',
  'E06000022,"line\nbreak",2025,1,,true,7,8',
  'E06000022,Université,2026,2,,true,9,10',
];
const csv = (lines: readonly string[]) => new TextEncoder().encode([HEADER, ...lines].join('\n'));

describe('a dataset read into columns', () => {
  it('gives rows with every kind of cell as the schema types it', () => {
    const { rows, rowNumbers, problems } = parseDataset(csv(LINES), schema, schema.file);
    expect(problems).toEqual([]);
    expect(rows[0]).toEqual({
      code: 'E06000023',
      name: 'Bristol, City of',
      year: 2022,
      value: 472465.5,
      share: 12.5,
      flag: true,
      series: [1, 2],
    });
    expect(rows[1]).toEqual({
      code: 'E06000024',
      name: '=SUM(A1)',
      year: 2022,
      value: null,
      share: null,
      flag: false,
      series: [null, 300],
    });
    expect(rows[2]).toMatchObject({ value: 0, share: -1.25, flag: true, series: [-4, null] });
    expect(Object.is(rows[2]?.value, 0)).toBe(true);
    expect(rows[3]).toMatchObject({ name: '', value: 1000, share: 7 });
    expect(Object.keys(rows[0] ?? {})).toEqual(['code', 'name', 'year', 'value', 'share', 'flag', 'series']);
    // The quoted line break makes row 7 two lines long: row numbers count spreadsheet rows.
    expect(rowNumbers).toEqual([2, 3, 4, 5, 6, 7, 8]);
  });

  it.each([1, 2, 3, 1000])('writes the very CSV of the row objects, %i rows at a time', (chunk) => {
    const { table } = readDataset(csv(LINES), schema, schema.file);
    const { rows } = parseDataset(csv(LINES), schema, schema.file);
    if (!table) throw new Error('no table');
    const chunks = [...tableCsv(table, chunk)];
    expect(chunks).toHaveLength(1 + Math.ceil(LINES.length / chunk));
    expect(chunks.join('')).toBe(toCsv(fullTable(schema, rows)));
  });

  it('finds a repeated key among many rows, whatever the letter case, naming the first row', () => {
    const lines = Array.from({ length: 30_000 }, (_, i) => `E${String(i).padStart(8, '0')},n,${2000 + (i % 7)},${i},,true,1,2`);
    lines.push('e00012345,n,2004,1,,true,1,2', 'E00012345,n,2003,1,,true,1,2', 'E00029999,x,2004,9,,false,1,2');
    const { table, problems } = readDataset(csv(lines), schema, schema.file);
    expect(table).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual([
      `${schema.file}, row 30002: expected a unique combination of code + year (keys that differ only in letter case or invisible characters are the same key); found code=e00012345, year=2004, the same key as row 12347 (code=E00012345, year=2004) but for letter case or invisible characters`,
      `${schema.file}, row 30004: expected a unique combination of code + year; found code=E00029999, year=2004 again (first on row 30001)`,
    ]);
  });
});
