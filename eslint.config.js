// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test-results/', '.vite/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The engine, analysis and scenario layers stay pure: no DOM, no Node, no Phaser, no store.
    files: ['src/engine/**', 'src/analysis/**', 'src/scenario/**', 'src/bots/**', 'src/authoring/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path', 'phaser', 'zustand*', '*/store/*', '*/game/*', '*/cli/*'] }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'Date'],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Use the seeded generator in the state.' }],
    },
  },
);
