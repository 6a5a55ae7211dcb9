import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const D3 = { group: ['d3', 'd3/*'], message: 'Import D3 by module (d3-scale, d3-shape, …) so the bundle stays small.' };

/** One no-restricted-imports entry per layer: the folders it may not import, and whether it may import React. */
function layers(rules) {
  return Object.entries(rules).map(([layer, { deny, react = true }]) => ({
    files: [`src/${layer}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: react ? [] : ['react', 'react-dom', 'react-dom/server', 'react-dom/client'],
          patterns: [
            D3,
            {
              group: deny.flatMap((d) => [`**/${d}/*`, `**/${d}/**`]),
              message: `src/${layer}/ may not import ${deny.join(', ')}${react ? '' : ' or React'}: imports flow datasets → series → themes → charts → units → dashboard → App.`,
            },
          ],
        },
      ],
    },
  }));
}

export default tseslint.config(
  { ignores: ['dist', '.tmp', 'node_modules', 'tests/fixtures', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [D3],
        },
      ],
    },
  },
  // Layering, one entry per folder of src/: imports flow
  //   datasets → series → themes → charts → units → dashboard → App,
  // state is read by dashboard and App only, and export/ takes plain data (no React, no store).
  ...layers({
    datasets: { deny: ['series', 'themes', 'charts', 'units', 'state', 'dashboard', 'export'], react: false },
    series: { deny: ['themes', 'charts', 'units', 'state', 'dashboard', 'export'], react: false },
    themes: { deny: ['charts', 'units', 'state', 'dashboard', 'export'], react: false },
    charts: { deny: ['units', 'state', 'dashboard', 'export'] },
    // Units run at build time in Node too: no React, no store.
    units: { deny: ['state', 'dashboard', 'export'], react: false },
    state: { deny: ['charts', 'dashboard', 'export'] },
    export: { deny: ['charts', 'units', 'state', 'dashboard'], react: false },
  }),
);
