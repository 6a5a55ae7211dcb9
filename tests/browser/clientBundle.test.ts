/**
 * The browser never receives build-time code: the CSV parser, the dataset
 * schemas, the national comparison's builder and the charts' `derive`
 * (src/units/<name>.derive.ts) run in the build only, and the pages get what
 * they return; nor does d3-color, which no chart runs. Each tell-tale below is a string minification keeps (a message,
 * a property name, a column), checked first to be in its source, so a rename
 * there cannot make this test pass by itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureBuilt, ROOT } from './support/build';

const require = createRequire(import.meta.url);

const TELL_TALES: readonly { what: string; source: string; text: string }[] = [
  { what: 'papaparse', source: require.resolve('papaparse'), text: '__parsed_extra' },
  { what: 'the dataset schemas (src/datasets/schema.ts)', source: 'src/datasets/schema.ts', text: 'patternHint' },
  {
    what: 'a dataset schema (DESNZ greenhouse gases)',
    source: 'src/datasets/schemas/desnzGhg2023.ts',
    text: 'a GSS code such as E06000023',
  },
  { what: 'the national comparison builder', source: 'src/series/compare/buildCompare.ts', text: 'CompareDataError' },
  { what: 'a chart’s derive (the hex map)', source: 'src/units/compareHexmap.derive.ts', text: 'layout must be odd-r or even-r' },
  // Not build-time code, but code no chart runs: d3-scale reached it through d3-interpolate (aliased in vite.config.ts).
  { what: 'd3-color and its named colours', source: require.resolve('d3-color'), text: 'aliceblue' },
];

let scripts: { file: string; text: string }[];

beforeAll(async () => {
  const dist = await ensureBuilt();
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
  scripts = walk(dist)
    .filter((f) => /\.(m?js)$/.test(f))
    .map((file) => ({ file: file.slice(dist.length + 1), text: readFileSync(file, 'utf8') }));
});

describe('no build-time code in what the browser loads', () => {
  test('the build wrote scripts to look in', () => {
    expect(scripts.some((s) => /^assets\/boot-/.test(s.file))).toBe(true);
  });

  for (const t of TELL_TALES)
    test(`no script carries ${t.what}`, () => {
      const source = readFileSync(t.source.startsWith('/') ? t.source : join(ROOT, t.source), 'utf8');
      expect(source, `the tell-tale is still in ${t.source}`).toContain(t.text);
      expect(scripts.filter((s) => s.text.includes(t.text)).map((s) => s.file)).toEqual([]);
    });
});
