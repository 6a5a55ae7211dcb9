import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { evidenceData } from './plugins/evidenceData';

export default defineConfig({
  // Relative asset URLs let the same build serve from / or any sub-path.
  base: './',
  plugins: [react(), evidenceData()],
  resolve: {
    // d3-scale's only use of d3-interpolate is numbers to pixels: a small stand-in keeps d3-color (its colour parsing) out of every page.
    alias: { 'd3-interpolate': fileURLToPath(new URL('./src/charts/vendor/interpolateNumbers.ts', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
  },
  test: {
    // Bundled, not loaded by Node, so the tests see d3-scale on the same stand-in for d3-interpolate as the pages.
    server: { deps: { inline: ['d3-scale'] } },
    // Per project and slowest files, after the summary (.ci/run's own --reporter flags replace these).
    reporters: ['default', './tests/support/timeReporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          // Fast, in-process tests: no production build in here (see "build").
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['tests/unit/setup.ts'],
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          // The real `npm run build` in throwaway copies or folders: slow, one file at a time.
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          testTimeout: 300_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          // One production build for every browser test file, before any starts.
          globalSetup: ['tests/browser/support/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
