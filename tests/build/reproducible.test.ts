import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Two production builds of the same tree give the same dist/, byte for byte:
 * no build date in any file, fixed ZIP timestamps, stable ordering. Builds
 * into folders of its own (OUT_DIR), so the working tree's dist/ is untouched.
 */
const root = process.cwd();
/** Inside the project: scripts/build.ts renames its output into place, which cannot cross file systems. */
const work = join(root, `.tmp/reproducible-${process.pid}`);
const BUILD_TIMEOUT = 150_000;

function build(outDir: string): Promise<{ code: number | null; output: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, OUT_DIR: outDir };
  for (const k of Object.keys(env)) if (k.startsWith('VITEST') || k === 'NODE_ENV' || k === 'BASE_PATH') delete env[k];
  return new Promise((resolve, reject) => {
    const child = spawn(join(root, 'node_modules/.bin/tsx'), ['scripts/build.ts'], { cwd: root, env, timeout: BUILD_TIMEOUT });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** Every file under dir, as paths relative to it, sorted. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the production build', () => {
  it(
    'is reproducible: two builds of the same tree are identical, file for file and byte for byte',
    async () => {
      rmSync(work, { recursive: true, force: true });
      mkdirSync(work, { recursive: true });
      const [a, b] = [join(work, 'a'), join(work, 'b')];
      for (const out of [a, b]) {
        const { code, output } = await build(out);
        expect(code, output).toBe(0);
      }
      expect(existsSync(join(a, 'index.html'))).toBe(true);
      const names = files(a);
      expect(names.some((n) => n.startsWith('data/') && n.endsWith('.zip'))).toBe(true);
      expect(files(b)).toEqual(names);
      const differ = names.filter((n) => !readFileSync(join(a, n)).equals(readFileSync(join(b, n))));
      expect(differ).toEqual([]);
    },
    2 * BUILD_TIMEOUT + 30_000,
  );
});
