import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-cli',
      'dist-bench',
      '.scratch',
      'node_modules',
      'data',
      'tests/output',
      'coverage',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The engine is pure: same input, same output in browser, worker and Node (DESIGN.md).
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'maplibre-gl', 'papaparse', 'node:*', 'zustand', 'shpjs', 'proj4'],
              message: 'src/engine must stay pure',
            },
            {
              group: ['../io/*', '../state/*', '../ui/*', '../cli/*'],
              message: 'src/engine depends on nothing but itself',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'Date', 'fetch', 'window', 'document', 'localStorage'],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'pass an rng instead' },
      ],
    },
  },
);
