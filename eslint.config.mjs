// npm run lint: typescript-eslint's recommended type-checked rules (floating and misused promises among them) and
// eslint-plugin-regexp's checks for regular expressions that backtrack super-linearly (lint runs on every keystroke).
import js from '@eslint/js';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.vscode-test/**', 'out-dbg/**', 'test-results/**', '.bench/**', '.scratch/**', 'packages/**/dist/**', '**/*.mjs', '**/*.js', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_' }],
      // A variable a closure reads before its one assignment (a server handler and the object it serves) stays `let`.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  {
    // Tests load some modules at run time on purpose: a bench times a require, the web suite is bundled after setup,
    // CommonJS-only helpers.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The product's regexes read hostile input on the extension host; the tests' read their own fixtures.
    files: ['src/**/*.ts'],
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      'regexp/optimal-quantifier-concatenation': 'error',
      'regexp/no-misleading-capturing-group': 'error',
    },
  },
);
