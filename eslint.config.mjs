// Lint: typescript-eslint's recommended rules plus the rooms' one-way doors.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group: [group], message })) }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-artifacts/**', 'examples/**', '.tmp*/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-new-func': 'error',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: restrict(['**/gas/**', '**/sidebar/**', '**/local/**', 'node:*', 'fs', 'path', 'exceljs', 'hyperformula'], 'src/core depends on nothing: no gas, sidebar, local or Node imports.'),
  },
  {
    files: ['src/gas/**/*.ts'],
    rules: restrict(['**/sidebar/**', '**/local/**', 'node:*', 'exceljs', 'hyperformula'], 'src/gas may only import src/core (and bundled libraries).'),
  },
  {
    files: ['src/sidebar/**/*.ts'],
    rules: restrict(['**/local/**', 'node:*', 'exceljs', 'hyperformula', 'chrono-node'], 'src/sidebar talks to gas only through google.script.run; it may import core types and pure helpers.'),
  },
  {
    files: ['**/*.cjs', '**/*.mjs', '**/*.js'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
