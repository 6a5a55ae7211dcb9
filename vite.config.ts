import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { evidenceData } from './plugins/evidenceData';

export default defineConfig({
  // Relative asset URLs let the same build serve from / or any sub-path.
  base: './',
  plugins: [react(), evidenceData()],
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
