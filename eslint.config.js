import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', 'storybook-static/**', '.data/**', '.test-results/**',
      'packages/core/src/contract/openapi.d.ts', 'custom-elements.json',
      'packages/service-form/src/internal/vendor/ajv.js'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['packages/*/src/**/*.ts', 'packages/*/stories/**/*.ts', 'packages/*/examples.ts'],
    ignores: ['packages/server/**'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['packages/*/src/**/*.ts'],
    ignores: ['packages/server/**'],
    ...wcConfigs['flat/recommended'],
    settings: { wc: { elementBaseClasses: ['LitElement', 'DvcElement'] } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error',
        { selector: "CallExpression[callee.name='eval']", message: 'No eval: the SDK must run under a strict CSP.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function: the SDK must run under a strict CSP.' }],
    },
  },
  { files: ['**/*.mjs', '*.js', 'scripts/**'], languageOptions: { globals: globals.node } },
  { files: ['examples/**/*.js'], languageOptions: { globals: globals.browser } },
  {
    files: ['packages/*/test/**/*.ts', 'e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
