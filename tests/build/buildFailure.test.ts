import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The real production build (scripts/build.ts) run in a throwaway copy of the
 * project, so the working tree's dist/ is never touched.
 */
const root = process.cwd();
const SKIP = new Set(['node_modules', 'dist', '.tmp', '.git']);
const BUILD_TIMEOUT = 120_000;
const copies: string[] = [];

function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'evidence-explorer-build-'));
  copies.push(dir);
  cpSync(root, dir, {
    recursive: true,
    filter: (source) => {
      const top = relative(root, source).split(sep)[0] ?? '';
      return !SKIP.has(top);
    },
  });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

function runBuild(cwd: string): Promise<{ code: number | null; output: string }> {
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (k.startsWith('VITEST') || k === 'NODE_ENV' || k === 'OUT_DIR' || k === 'BASE_PATH') delete env[k];
  return new Promise((resolve, reject) => {
    const child = spawn(join(cwd, 'node_modules/.bin/tsx'), ['scripts/build.ts'], { cwd, env, timeout: BUILD_TIMEOUT });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** Replace one cell, found by header name; `row` counts as a spreadsheet does (header = row 1). */
function setCell(file: string, row: number, column: string, value: string): void {
  const records = Papa.parse<string[]>(readFileSync(file, 'utf8'), { header: false, skipEmptyLines: true }).data;
  const col = records[0]!.indexOf(column);
  expect(col).toBeGreaterThanOrEqual(0);
  records[row - 1]![col] = value;
  writeFileSync(file, `${Papa.unparse(records, { newline: '\n' })}\n`);
}

const leftoverBuildDirs = (dir: string) =>
  existsSync(join(dir, '.tmp')) ? readdirSync(join(dir, '.tmp')).filter((f) => f.startsWith('build-')) : [];

afterAll(() => {
  for (const dir of copies) {
    // Remove the link first so nothing can ever reach the real node_modules.
    if (existsSync(join(dir, 'node_modules'))) unlinkSync(join(dir, 'node_modules'));
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('the production build', () => {
  it(
    'fails on a letter in data/university-income.csv, names file, row 5 and column, and leaves dist/ as it was',
    async () => {
      const dir = copyProject();
      setCell(join(dir, 'data/university-income.csv'), 5, 'income_gbp_million', '9O');
      mkdirSync(join(dir, 'dist'));
      writeFileSync(join(dir, 'dist/keep.txt'), 'the previous build');

      const { code, output } = await runBuild(dir);

      expect(code).not.toBe(0);
      expect(code).not.toBeNull(); // null: killed by the timeout
      expect(output).toContain('data/university-income.csv');
      expect(output).toContain('row 5');
      expect(output).toContain('income_gbp_million');
      expect(output).toContain('data/university-income.csv, row 5, column "income_gbp_million"');
      expect(output).toContain('found "9O"');
      expect(output).toContain('Bad data: 1 problem');
      expect(readFileSync(join(dir, 'dist/keep.txt'), 'utf8')).toBe('the previous build');
      expect(existsSync(join(dir, 'dist/index.html'))).toBe(false);
      expect(leftoverBuildDirs(dir)).toEqual([]);
    },
    BUILD_TIMEOUT + 30_000,
  );

  it(
    'succeeds on the unmodified data and writes dist/index.html',
    async () => {
      const dir = copyProject();

      const { code, output } = await runBuild(dir);

      expect(code, output).toBe(0);
      expect(existsSync(join(dir, 'dist/index.html'))).toBe(true);
      expect(output).toContain('built ');
      expect(leftoverBuildDirs(dir)).toEqual([]);
    },
    BUILD_TIMEOUT + 30_000,
  );
});
