/**
 * Production build: validate the data, build into a temporary folder, and
 * only when everything succeeded replace dist/. A failed build leaves dist/
 * exactly as it was and exits non-zero with one line per data problem.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build } from 'vite';
import { dataDate } from '../plugins/dataDate';
import { DataError, DeriverError, evidenceFrom, shareEvidence } from '../plugins/evidenceData';
import { fullDatasetZips } from '../plugins/fullDatasets';

// We load vite.config.ts with the bundling loader on purpose; its notice about the native one is noise here.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
// A production build whoever calls it: vitest's NODE_ENV=test would otherwise bundle React's development build.
process.env.NODE_ENV = 'production';
const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, process.env.OUT_DIR ?? 'dist');
const tmpDir = resolve(root, `.tmp/build-${process.pid}`);
const zipDir = resolve(root, `.tmp/zips-${process.pid}`);
const base = process.env.BASE_PATH ?? './';

/**
 * Parse data/ once for the whole build. Fails fast, before Vite starts, with
 * the full list of problems. Otherwise writes the full-dataset ZIPs into
 * zipDir and hands only the derived evidence to the client and server-render
 * builds (see shareEvidence): the parsed rows are let go before Vite starts,
 * so the two never hold memory at the same time.
 */
function loadData(): void {
  let loaded: ReturnType<typeof evidenceFrom>;
  try {
    loaded = evidenceFrom(root);
  } catch (e) {
    if (e instanceof DataError || e instanceof DeriverError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
  rmSync(zipDir, { recursive: true, force: true });
  try {
    for (const z of fullDatasetZips(loaded.datasets, loaded.evidence, dataDate(root))) {
      mkdirSync(dirname(join(zipDir, z.path)), { recursive: true });
      writeFileSync(join(zipDir, z.path), z.bytes);
    }
  } catch (e) {
    rmSync(zipDir, { recursive: true, force: true });
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
  shareEvidence(root, { evidence: loaded.evidence, charts: loaded.charts, files: loaded.files });
}

/**
 * Collect the parsed rows now (`npm run build` runs node with --expose-gc):
 * left to itself V8 keeps them while Vite allocates on top, and the peak is
 * the sum of the two instead of the larger.
 */
const collectGarbage = (): void => (globalThis as { gc?: () => void }).gc?.();

/** Move the ZIPs written by loadData into the built site, beside what Vite wrote. */
function moveZips(): void {
  const from = join(zipDir, 'data');
  if (!existsSync(from)) return;
  mkdirSync(join(tmpDir, 'data'), { recursive: true });
  for (const f of readdirSync(from)) renameSync(join(from, f), join(tmpDir, 'data', f));
  rmSync(zipDir, { recursive: true, force: true });
}

async function main(): Promise<void> {
  const started = performance.now();
  loadData();
  const dataMs = performance.now() - started;
  collectGarbage();
  rmSync(tmpDir, { recursive: true, force: true });
  mkdirSync(tmpDir, { recursive: true });
  try {
    await build({ root, base, configLoader: 'bundle', logLevel: 'warn', build: { outDir: tmpDir, emptyOutDir: true } });
    const { prerender } = await import('./prerender');
    await prerender({ root, outDir: tmpDir, base });
    moveZips();
  } catch (e) {
    rmSync(zipDir, { recursive: true, force: true });
    rmSync(tmpDir, { recursive: true, force: true });
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
  rmSync(outDir, { recursive: true, force: true });
  renameSync(tmpDir, outDir);
  const peakMb = (process.resourceUsage().maxRSS * 1024) / 1e6; // Node reports kilobytes
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(
    `built ${outDir} in ${s(performance.now() - started)} (data and full-dataset ZIPs ${s(dataMs)}), peak memory ${peakMb.toFixed(0)} MB`,
  );
}

if (!existsSync(resolve(root, 'data'))) {
  console.error('data/ is missing');
  process.exit(1);
}
await main();
