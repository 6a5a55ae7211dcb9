import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const DIST = join(ROOT, 'dist');

const MARKER = join(ROOT, '.tmp/browser-build.json');
const LOCK = join(ROOT, '.tmp/browser-build.lock');
/** A lock older than this was left by a crashed run. */
const STALE_LOCK_MS = 5 * 60_000;
/** What a build reads: a change to any of these makes dist/ stale. */
const INPUTS = [
  'index.html',
  'vite.config.ts',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'src',
  'data',
  'plugins',
  'scripts',
  'public',
];

interface Marker {
  /** When our build started: inputs changed after it are not in dist/. */
  readonly startedAt: number;
  /** dist/index.html's mtime right after our build; a different one means someone else rebuilt dist/. */
  readonly indexMtimeMs: number;
}

function newestMtime(path: string): number {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // a deleted file shows up as the folder's mtime
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

function upToDate(): boolean {
  const index = join(DIST, 'index.html');
  if (!existsSync(index) || !existsSync(MARKER)) return false;
  let marker: Marker;
  try {
    marker = JSON.parse(readFileSync(MARKER, 'utf8')) as Marker;
  } catch {
    return false;
  }
  if (statSync(index).mtimeMs !== marker.indexMtimeMs) return false;
  return Math.max(...INPUTS.map((p) => newestMtime(join(ROOT, p)))) < marker.startedAt;
}

function tryLock(): boolean {
  try {
    mkdirSync(LOCK); // atomic: exactly one process creates it
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    try {
      if (Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
    } catch {
      // removed meanwhile by its owner
    }
    return false;
  }
}

/**
 * Make sure dist/ holds a production build of the current sources, running
 * `npm run build` at most once however many browser test files (or test runs
 * at the same time) ask. dist/ counts as current when it is the build this
 * helper last made and no input changed since. EE_SKIP_BUILD=1 uses whatever
 * dist/ holds. Returns the folder to serve.
 */
export async function ensureBuilt(): Promise<string> {
  if (process.env.EE_SKIP_BUILD === '1' && existsSync(join(DIST, 'index.html'))) return DIST;
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const deadline = Date.now() + STALE_LOCK_MS + 60_000;
  while (!tryLock()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for another build to finish (lock ${LOCK})`);
    await new Promise((r) => setTimeout(r, 250));
  }
  try {
    if (upToDate()) return DIST;
    const startedAt = Date.now();
    try {
      await promisify(execFile)('npm', ['run', 'build'], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
    } catch (e) {
      const { stdout = '', stderr = '' } = e as { stdout?: string; stderr?: string };
      throw new Error(`npm run build failed:\n${stdout}\n${stderr}`.trim(), { cause: e });
    }
    const marker: Marker = { startedAt, indexMtimeMs: statSync(join(DIST, 'index.html')).mtimeMs };
    writeFileSync(MARKER, `${JSON.stringify(marker)}\n`);
    return DIST;
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
