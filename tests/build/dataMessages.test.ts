import { spawn } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * What a data editor sees when `npm run build` refuses their data: the real
 * build script, run in a throwaway copy of the project (only data/ is
 * changed), fails before Vite starts with one line per problem naming the
 * file, row and column, printed once, data characters escaped, no stack trace.
 */
const root = process.cwd();
const SKIP = new Set(['node_modules', 'dist', '.tmp', '.git', 'bench']);
const RUN_TIMEOUT = 60_000;
const copies: string[] = [];

function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'evidence-explorer-data-'));
  copies.push(dir);
  cpSync(root, dir, { recursive: true, filter: (source) => !SKIP.has(relative(root, source).split(sep)[0] ?? '') });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

function runBuild(cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (k.startsWith('VITEST') || k === 'NODE_ENV' || k === 'OUT_DIR' || k === 'BASE_PATH') delete env[k];
  return new Promise((resolve, reject) => {
    const child = spawn(join(cwd, 'node_modules/.bin/tsx'), ['scripts/build.ts'], { cwd, env, timeout: RUN_TIMEOUT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** What every refusal has in common: non-zero, no stack, nothing built, each line once. */
function expectCleanRefusal({ code, stdout, stderr }: { code: number | null; stdout: string; stderr: string }, dir: string): string[] {
  expect(code, stderr).toBe(1);
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr).not.toMatch(/Error:|node:internal|\.ts:\d+/);
  expect(stdout).toBe('');
  expect(existsSync(join(dir, 'dist'))).toBe(false);
  const lines = stderr.trimEnd().split('\n');
  expect(new Set(lines).size, 'each line printed once').toBe(lines.length);
  return lines;
}

afterAll(() => {
  for (const dir of copies) {
    // Remove the link first so nothing can ever reach the real node_modules.
    if (existsSync(join(dir, 'node_modules'))) unlinkSync(join(dir, 'node_modules'));
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('npm run build on bad data: one line per problem, no stack trace', () => {
  it(
    'an idea whose text no longer matches its theme row (with a right-to-left override and a line break) is named by file, row and column, escaped',
    async () => {
      const dir = copyProject();
      const file = join(dir, 'data/workshop-idea-mentions.csv');
      const csv = readFileSync(file, 'utf8');
      const before = "Have a 'learner in every office' providing insights and finding out / reshaping 'how we do it here'";
      expect(csv).toContain(`,${before},`);
      writeFileSync(file, csv.replace(`,${before},`, `,"Have a \u202Elearner in\nevery office, now.",`));

      const lines = expectCleanRefusal(await runBuild(dir), dir);

      expect(lines).toEqual([
        'Bad data: 2 problems',
        `  - data/workshop-idea-themes.csv, row 4, column "idea_key": expected the key of an idea in data/workshop-idea-mentions.csv; found "have a learner in every office providing insights and finding out reshaping how we do it here", which matches no idea's text there`,
        `  - data/workshop-idea-mentions.csv, row 4, column "text": expected an idea with a row in data/workshop-idea-themes.csv (idea_key "have a \\u202elearner in every office now"); found "Have a \\u202elearner in\\u000aevery office, now.", which has no row there`,
      ]);
      expect(lines.join('\n')).not.toMatch(/[\u202a-\u202e]/);
    },
    RUN_TIMEOUT + 10_000,
  );

  it(
    'a data file that is a folder, and a metadata file that cannot be read, each get one line naming the path',
    async () => {
      const dir = copyProject();
      rmSync(join(dir, 'data/university-income.csv'));
      mkdirSync(join(dir, 'data/university-income.csv'));
      const unreadable = process.getuid?.() !== 0; // root reads any file
      if (unreadable) chmodSync(join(dir, 'data/headline-figures.meta.json'), 0o000);

      const lines = expectCleanRefusal(await runBuild(dir), dir);

      expect(lines).toContain('  - data/university-income.csv: expected the data file; found a folder of that name');
      if (unreadable)
        expect(lines).toContain(
          '  - data/headline-figures.meta.json: expected metadata beside the data file; found a file that cannot be read (permission denied)',
        );
      expect(lines[0]).toBe(`Bad data: ${lines.length - 1} problem${lines.length === 2 ? '' : 's'}`);
    },
    RUN_TIMEOUT + 10_000,
  );

  it(
    'a 10 MB caveat in a .meta.json is refused with the file and the field, and the build writes nothing',
    async () => {
      const dir = copyProject();
      const file = join(dir, 'data/ons-regional-gdp-2021.meta.json');
      const meta = JSON.parse(readFileSync(file, 'utf8')) as { caveats: string[] };
      meta.caveats.push('x'.repeat(10 * 1024 * 1024));
      writeFileSync(file, JSON.stringify(meta));

      const lines = expectCleanRefusal(await runBuild(dir), dir);

      expect(lines).toEqual([
        'Bad data: 1 problem',
        `  - data/ons-regional-gdp-2021.meta.json, column "caveats[${meta.caveats.length - 1}]": expected text of at most 1000 characters; found 10,485,760 characters`,
      ]);
    },
    RUN_TIMEOUT + 10_000,
  );
});
