import { buildOnce } from './build';

/**
 * The browser project's globalSetup: one production build (when the sources
 * changed since the last) in the main vitest process, before any browser test
 * file starts, so every file serves the same dist/.
 */
export default async function setup(): Promise<void> {
  const started = performance.now();
  const what = await buildOnce();
  console.log(`browser tests: ${what} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
