/**
 * Production build: validate the data, build into a temporary folder, and
 * only when everything succeeded replace dist/. A failed build leaves dist/
 * exactly as it was and exits non-zero with one line per data problem.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { DataError, evidenceFrom } from '../plugins/evidenceData';

// We load vite.config.ts with the bundling loader on purpose; its notice about the native one is noise here.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
// A production build whoever calls it: vitest's NODE_ENV=test would otherwise bundle React's development build.
process.env.NODE_ENV = 'production';
const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, process.env.OUT_DIR ?? 'dist');
const tmpDir = resolve(root, `.tmp/build-${process.pid}`);
const base = process.env.BASE_PATH ?? './';

async function main(): Promise<void> {
  const started = performance.now();
  try {
    evidenceFrom(root); // fail fast, before Vite starts, with the full list of problems
  } catch (e) {
    if (e instanceof DataError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
  rmSync(tmpDir, { recursive: true, force: true });
  mkdirSync(tmpDir, { recursive: true });
  try {
    await build({ root, base, configLoader: 'bundle', logLevel: 'warn', build: { outDir: tmpDir, emptyOutDir: true } });
    const { prerender } = await import('./prerender');
    await prerender({ root, outDir: tmpDir, base });
  } catch (e) {
    rmSync(tmpDir, { recursive: true, force: true });
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
  rmSync(outDir, { recursive: true, force: true });
  renameSync(tmpDir, outDir);
  console.log(`built ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

if (!existsSync(resolve(root, 'data'))) {
  console.error('data/ is missing');
  process.exit(1);
}
await main();
