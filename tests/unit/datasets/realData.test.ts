import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { DatasetKey } from '../../../src/datasets/catalog';
import { catalog, jsonCatalog } from '../../../src/datasets/catalog';
import { loadCatalog } from '../../../src/datasets/loadCatalog';
import { validateMeta } from '../../../src/datasets/meta';
import { formatProblem } from '../../../src/datasets/dataProblem';
import { parseDataset } from '../../../src/datasets/parseDataset';
import type { Column, DatasetSchema } from '../../../src/datasets/schema';

const root = process.cwd();
const schemas = Object.values(catalog) as DatasetSchema[];

const EXPECTED_ROWS: Record<DatasetKey, number> = {
  universityIncome: 12,
  populationGrowth2016: 9,
  headlineFigures: 6,
  snpp2022: 368,
  beisCo2Territorial: 288,
  desnzGhg2023: 6859,
  onsRegionalGdp2021: 704,
  onsRegionalGdp2025: 2166,
  subnationalIndicators: 2205,
  ladToCauth2025: 106,
  ladToCauth2024: 72,
  workshopThemes: 7,
  workshopChallenges: 38,
  workshopIdeaMentions: 160,
  workshopIdeaThemes: 139,
  workshopActionGrid: 28,
};

describe('the real data in data/', () => {
  const loaded = loadCatalog(root);

  it('loads every dataset in the catalog with zero problems', () => {
    expect(loaded.problems.map(formatProblem)).toEqual([]);
    expect(loaded.datasets).toBeDefined();
  });

  it.each(Object.entries(EXPECTED_ROWS) as [DatasetKey, number][])('%s has %i rows', (key, rows) => {
    expect(loaded.datasets?.[key].rows).toHaveLength(rows);
  });

  it('checks the row count of every dataset in the catalog, no more and no fewer', () => {
    expect(Object.keys(EXPECTED_ROWS).sort()).toEqual(Object.keys(catalog).sort());
  });

  it('watches each CSV and its .meta.json, and the hex map and its .meta.json', () => {
    expect(loaded.files).toHaveLength(2 * schemas.length + 2);
    for (const s of schemas) {
      expect(loaded.files).toContain(join(root, s.file));
      expect(loaded.files).toContain(join(root, s.file.replace(/\.csv$/, '.meta.json')));
    }
    expect(loaded.files).toContain(join(root, jsonCatalog.hexmapLad2023.file));
    expect(loaded.files).toContain(join(root, 'data/hexmap-lad-2023.meta.json'));
  });

  it('loads the hex map with its metadata and credit', () => {
    expect(Object.keys(loaded.datasets?.hexmapLad2023.value.hexes ?? {})).toHaveLength(361);
    expect(loaded.datasets?.hexmapLad2023.meta.attribution).toBe('Hex map: Open Innovations (MIT licence)');
  });

  it('holds every authority of the national files: 361 in the GDP release (6 tables) and in DESNZ, 296 of them English', () => {
    const gdp = loaded.datasets?.onsRegionalGdp2025.rows ?? [];
    const codes = new Set(gdp.map((r) => r.laCode));
    expect(codes.size).toBe(361);
    expect([...codes].filter((c) => c.startsWith('E'))).toHaveLength(296);
    expect(new Set(loaded.datasets?.desnzGhg2023.rows.map((r) => r.ladCode))).toEqual(codes);
    // The only [u] cells: Northern Ireland's 2023 population and per-head values (3 tables × 11 authorities).
    const suppressed = gdp.filter((r) => r.values.includes(null));
    expect(suppressed).toHaveLength(33);
    expect(new Set(suppressed.map((r) => r.itl1Region))).toEqual(new Set(['Northern Ireland']));
  });
});

/**
 * Put a letter into one numeric cell of a real file and check the message.
 * The CSV is parsed properly (quoted commas and all) to find the cell, then
 * written back with the header as it was.
 */
const records = new Map<string, string[][]>();
function realRecords(file: string): string[][] {
  let r = records.get(file);
  if (!r) {
    const text = readFileSync(join(root, file), 'utf8');
    r = Papa.parse<string[]>(text, { header: false, skipEmptyLines: true, delimiter: ',' }).data;
    records.set(file, r);
  }
  return r;
}

function withCell(file: string, dataRow: number, column: string, value: string): Buffer {
  const rows = realRecords(file).map((r) => [...r]);
  const index = rows[0]!.findIndex((h) => h.trim() === column);
  if (index < 0) throw new Error(`${file} has no column ${column}`);
  rows[dataRow]![index] = value;
  return Buffer.from(Papa.unparse(rows, { newline: '\n' }), 'utf8');
}

function numericColumns(schema: DatasetSchema): string[] {
  const names = (schema.columns as readonly Column[]).filter((c) => c.kind === 'number').map((c) => c.csv);
  if (schema.wide) for (let y = schema.wide.from; y <= schema.wide.to; y++) names.push(String(y));
  return names;
}

const cellCases = schemas.flatMap((schema) =>
  numericColumns(schema).map((column) => ({ id: schema.id, file: schema.file, column, schema })),
);

describe('a letter in any numeric cell of the real data', () => {
  it('covers every number column and every wide year column', () => {
    expect(cellCases.filter((c) => c.id === 'ons-snpp-2022-persons')).toHaveLength(26);
    expect(cellCases.filter((c) => c.id === 'beis-co2-territorial-2005-2020')).toHaveLength(46);
    expect(cellCases.length).toBeGreaterThan(80);
  });

  it.each(schemas.map((s) => [s.id, s] as const))('%s still parses cleanly after a round trip through papaparse', (_, schema) => {
    const rows = realRecords(schema.file).map((r) => [...r]);
    const bytes = Buffer.from(Papa.unparse(rows, { newline: '\n' }), 'utf8');
    expect(parseDataset(bytes, schema, schema.file).problems.map(formatProblem)).toEqual([]);
  });

  it.each(cellCases)('fails with $file, row 4 and column "$column"', ({ file, column, schema }) => {
    // Data row 3 is row 4 for a spreadsheet user: the header is row 1.
    const result = parseDataset(withCell(file, 3, column, '12x'), schema, file);
    expect(result.rows).toEqual([]);
    expect(result.problems).toHaveLength(1);
    const message = formatProblem(result.problems[0]!);
    expect(message).toContain(file);
    expect(message).toContain('row 4');
    expect(message).toContain(`column "${column}"`);
    expect(message).toContain('found "12x"');
    expect(message.startsWith(`${file}, row 4, column "${column}": expected a `)).toBe(true);
  });
});

describe('validateMeta', () => {
  const metaOf = (schema: DatasetSchema) => {
    const file = schema.file.replace(/\.csv$/, '.meta.json');
    return { file, json: JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, unknown> };
  };
  const university = metaOf(catalog.universityIncome);

  it.each(schemas.map((s) => [s.id, s] as const))('accepts data/%s.meta.json', (id, schema) => {
    const { file, json } = metaOf(schema);
    const result = validateMeta(json, file, id);
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.meta?.id).toBe(id);
    expect(result.meta?.licence).toBeTruthy();
  });

  it('refuses a meta without "licence" and names the file and the field', () => {
    const json = { ...university.json };
    delete json.licence;
    const result = validateMeta(json, university.file, 'university-income');
    expect(result.meta).toBeUndefined();
    expect(result.problems.map(formatProblem)).toEqual([
      'data/university-income.meta.json, column "licence": expected a non-empty text field; found nothing',
    ]);
  });

  it('refuses a blank "licence"', () => {
    const result = validateMeta({ ...university.json, licence: '  ' }, university.file, 'university-income');
    expect(result.problems.map(formatProblem)).toEqual([
      'data/university-income.meta.json, column "licence": expected a non-empty text field; found "  "',
    ]);
  });

  it("refuses an id that is not the schema's", () => {
    const result = validateMeta(university.json, university.file, 'something-else');
    expect(result.problems.map((p) => [p.column, p.expected])).toEqual([['id', '"something-else", the schema\'s id']]);
  });

  it('refuses a url that is not https and an unknown field', () => {
    const result = validateMeta({ ...university.json, url: 'http://example.org', licenceUrl: 'x' }, university.file, 'university-income');
    expect(result.problems.map((p) => [p.column, p.found])).toEqual([
      ['url', '"http://example.org"'],
      ['licenceUrl', 'an unknown field'],
    ]);
  });

  it('refuses a release date that is neither YYYY-MM(-DD) nor "not stated"', () => {
    const result = validateMeta({ ...university.json, released: 'March 2019' }, university.file, 'university-income');
    expect(result.problems.map((p) => [p.column, p.found])).toEqual([['released', '"March 2019"']]);
  });

  it('refuses caveats that are not a list of sentences', () => {
    const result = validateMeta({ ...university.json, caveats: 'one caveat' }, university.file, 'university-income');
    expect(result.problems.map((p) => [p.column, p.expected])).toEqual([['caveats', 'a list of sentences']]);
  });

  it('refuses a JSON list where an object belongs', () => {
    expect(validateMeta([], university.file, 'university-income').problems.map(formatProblem)).toEqual([
      'data/university-income.meta.json: expected a JSON object of metadata; found a list',
    ]);
  });
});
