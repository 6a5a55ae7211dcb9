import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

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
          patterns: [{ group: ['d3', 'd3/*'], message: 'Import D3 by module (d3-scale, d3-shape, …) so the bundle stays small.' }],
        },
      ],
    },
  },
  {
    // Layering: export/ never imports React; charts never read the store.
    files: ['src/export/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom'],
          patterns: [{ group: ['**/state/*', '**/dashboard/*'], message: 'export/ takes plain data: no React, no store, no dashboard.' }],
        },
      ],
    },
  },
  {
    files: ['src/charts/**', 'src/series/**', 'src/datasets/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/state/*', '**/dashboard/*'], message: 'Imports flow datasets → series → charts → dashboard.' }] },
      ],
    },
  },
);
