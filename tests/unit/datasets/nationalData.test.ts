import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataError, evidenceFrom } from '../../../plugins/evidenceData';
import { catalog } from '../../../src/datasets/catalog';
import { fullTable } from '../../../src/datasets/fullTable';
import { validateHexJson } from '../../../src/datasets/hexmap';
import { formatProblem } from '../../../src/datasets/dataProblem';
import { parseDataset } from '../../../src/datasets/parseDataset';
import { SUPPRESSED } from '../../../src/datasets/schemas/onsRegionalGdp2025';

const root = process.cwd();
const gdp = catalog.onsRegionalGdp2025;
const gdpHeader = readFileSync(join(root, gdp.file), 'utf8').split('\n')[0] as string;
const gdpRow = (cells: string[]) => `Table 6,total_resident_population,Northern Ireland,N09000003,Belfast,${cells.join(',')}`;
const years = (last: string) => [...Array.from({ length: 25 }, () => '1000'), last];

describe('ONS [u]: a missing value with its reason', () => {
  it('reads [u] in a year column as a missing value (null), the reason given by the schema', () => {
    const result = parseDataset(Buffer.from(`${gdpHeader}\n${gdpRow(years('[u]'))}\n`), gdp, gdp.file);
    expect(result.problems).toEqual([]);
    expect(result.rows[0]?.values.at(-1)).toBeNull();
    expect(gdp.wide?.missing?.['[u]']).toBe(SUPPRESSED);
  });

  it('refuses another marker and says [u] is the one accepted', () => {
    const result = parseDataset(Buffer.from(`${gdpHeader}\n${gdpRow(years('[x]'))}\n`), gdp, gdp.file);
    expect(result.problems.map(formatProblem)).toEqual([
      'data/ons-regional-gdp-2025.csv, row 2, column "2023": expected a number from 0 to 100000000 or [u] for a missing value; found "[x]"',
    ]);
  });

  it('reads NA as missing in the indicators’ published value, and refuses an empty cell there', () => {
    const s = catalog.subnationalIndicators;
    const header = 'unique,group,Geography,Indicator,id,Category,Period,Measure,unit,real';
    const line = (real: string) =>
      `E09000001,City of London,Local Authority District,Gross median weekly pay,Gross median weekly pay,Pay,2023,Pounds,£,${real}`;
    expect(parseDataset(Buffer.from(`${header}\n${line('NA')}\n`), s, s.file).rows[0]?.value).toBeNull();
    expect(parseDataset(Buffer.from(`${header}\n${line('')}\n`), s, s.file).problems.map((p) => [p.row, p.column, p.found])).toEqual([
      [2, 'real', 'an empty cell'],
    ]);
  });
});

describe('the hex map is checked', () => {
  const file = 'data/hexmap-lad-2023.hexjson';
  const real = JSON.parse(readFileSync(join(root, file), 'utf8')) as { layout: string; hexes: Record<string, Record<string, unknown>> };

  it('accepts the real file and keeps name, q, r and region of its 361 hexes', () => {
    const { value, problems } = validateHexJson(real, file);
    expect(problems).toEqual([]);
    expect(Object.keys(value?.hexes ?? {})).toHaveLength(361);
    expect(value?.hexes.E06000023).toEqual({ n: 'Bristol, City of', q: 0, r: 3, region: 'E12000009' });
  });

  it('names the file and the key of each bad hex', () => {
    const hexes = { ...real.hexes, E06000023: { ...real.hexes.E06000023, q: 'seven' }, E06000024: { ...real.hexes.E06000024, region: '' } };
    const { value, problems } = validateHexJson({ ...real, layout: 'hex', hexes }, file);
    expect(value).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual([
      `${file}, column "layout": expected one of: odd-r, even-r, odd-q, even-q; found "hex"`,
      `${file}, column "hexes.E06000023.q": expected a whole number; found "seven"`,
      `${file}, column "hexes.E06000024.region": expected a region code such as E12000009; found ""`,
    ]);
  });

  it('refuses two hexes in one cell', () => {
    const hexes = { ...real.hexes, E06000024: { ...real.hexes.E06000024, q: real.hexes.E06000023?.q, r: real.hexes.E06000023?.r } };
    expect(validateHexJson({ ...real, hexes }, file).problems.map((p) => [p.column, p.found])).toEqual([
      ['hexes.E06000024', 'the cell of E06000023'],
    ]);
  });
});

describe('a bad national file stops the build with file, row and column', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  /** A copy of data/ with one file edited, and what evidenceFrom (the build's first step) says of it. */
  const buildWith = (file: string, edit: (text: string) => string): string => {
    const dir = mkdtempSync(join(tmpdir(), 'ee-national-'));
    dirs.push(dir);
    cpSync(join(root, 'data'), join(dir, 'data'), { recursive: true });
    writeFileSync(join(dir, file), edit(readFileSync(join(root, file), 'utf8')));
    try {
      evidenceFrom(dir);
    } catch (e) {
      if (e instanceof DataError) return e.message;
      throw e;
    }
    return 'no error';
  };

  it('a letter in a number of the GDP file', { timeout: 30_000 }, () => {
    // Row 3 of the file is Stockton-on-Tees in Table 1; its 2005 value becomes "3510x".
    const message = buildWith(gdp.file, (t) => t.replace(',3397,3510,', ',3397,3510x,'));
    expect(message).toBe(
      'Bad data: 1 problem\n  - data/ons-regional-gdp-2025.csv, row 3, column "2005": expected a number from 0 to 100000000 or [u] for a missing value; found "3510x"',
    );
  });

  it('an unknown authority code in the combined authority lookup', { timeout: 30_000 }, () => {
    const file = catalog.ladToCauth2025.file;
    const message = buildWith(file, (t) => t.replace('E08000002,Bury', 'E08000099,Bury'));
    expect(message).toBe(
      `Bad data: 1 problem\n  - ${file}, row 3, column "LAD25CD": expected a local authority code found in the data (data/ons-regional-gdp-2025.csv), after the code changes in src/series/compare/laCodes.ts; found "E08000099" (Bury), which matches no authority`,
    );
  });

  it('a hex map that misses an authority', { timeout: 30_000 }, () => {
    const message = buildWith('data/hexmap-lad-2023.hexjson', (t) => t.replace(/\s*"E06000001":\{[^}]*\},/, ''));
    expect(message).toContain(
      'data/hexmap-lad-2023.hexjson, column "hexes": expected a hex for E06000001 (in data/ons-regional-gdp-2025.csv); found none',
    );
  });
});

describe('the full-dataset table of the GDP file', () => {
  it('keeps the official year headers: the unit is in the measure column, not "(see measure)"', () => {
    const result = parseDataset(Buffer.from(`${gdpHeader}\n${gdpRow(years('[u]'))}\n`), gdp, gdp.file);
    const table = fullTable(gdp, result.rows as unknown as Record<string, unknown>[]);
    expect(table.columns.map((c) => c.unit).filter(Boolean)).toEqual([]);
    expect(table.rows[0]?.at(-1)).toBeNull();
  });
});
