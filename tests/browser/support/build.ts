import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const DIST = join(ROOT, 'dist');

const MARKER = join(ROOT, '.tmp/browser-build.json');
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

/**
 * Make sure dist/ holds a production build of the current sources, running
 * `npm run build` only when an input changed since the build this helper last
 * made. Called once per test run, by the browser project's globalSetup
 * (tests/browser/support/globalSetup.ts), before any browser test file starts.
 * EE_SKIP_BUILD=1 uses whatever dist/ holds. Returns what it did, for the log.
 */
export async function buildOnce(): Promise<string> {
  if (process.env.EE_SKIP_BUILD === '1' && existsSync(join(DIST, 'index.html'))) return 'used dist/ as it is (EE_SKIP_BUILD=1)';
  if (upToDate()) return 'dist/ is up to date';
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const startedAt = Date.now();
  try {
    await promisify(execFile)('npm', ['run', 'build'], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  } catch (e) {
    const { stdout = '', stderr = '' } = e as { stdout?: string; stderr?: string };
    throw new Error(`npm run build failed:\n${stdout}\n${stderr}`.trim(), { cause: e });
  }
  const marker: Marker = { startedAt, indexMtimeMs: statSync(join(DIST, 'index.html')).mtimeMs };
  writeFileSync(MARKER, `${JSON.stringify(marker)}\n`);
  return `built dist/ in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`;
}

/** The built site for a browser test file: globalSetup has built it already. */
export async function ensureBuilt(): Promise<string> {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error('dist/ has no build: run browser tests with `npx vitest run --project browser …`, whose globalSetup builds it');
  return DIST;
}
