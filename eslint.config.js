// Lint with layering rules: the folder a file lives in decides what it may import (VS Code's way).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const electronOnly = {
  name: 'electron',
  message:
    "Only electron/main|window|security|preload and electron/ipc/register import 'electron' (it throws in plain Node).",
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      '.tsbuild/',
      'test-results/',
      'db/migrations/',
      'test/fixtures/insecure/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [electronOnly] }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    // The Electron glue: the only files allowed to import 'electron'.
    files: [
      'electron/main.ts',
      'electron/window.ts',
      'electron/security.ts',
      'electron/preload.ts',
      'electron/ipc/register.ts',
    ],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The store: never the shell, never the UI, never the services above it.
    files: ['db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnly],
          patterns: [
            {
              group: ['**/electron/**', '**/renderer/**'],
              message: 'db/ is the bottom layer: it imports neither electron/ nor renderer/.',
            },
          ],
        },
      ],
    },
  },
  {
    // Domain services run in plain Node and never reach up into IPC glue or the UI.
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnly],
          patterns: [
            { group: ['**/renderer/**'], message: 'core never imports the renderer.' },
            {
              group: ['**/ipc/register', '**/main', '**/window', '**/security', '**/preload'],
              message: 'core never imports the Electron glue.',
            },
          ],
        },
      ],
    },
  },
  {
    // The UI sees the contract's types and nothing else outside renderer/.
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // typescript-eslint's variant knows `import type`; the base rule is off here so it cannot double-report.
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [electronOnly],
          patterns: [
            {
              regex: '(^|/)electron/(?!ipc/(contract|result)$)',
              message: 'The renderer imports only the contract and result types from electron/ipc.',
            },
            {
              regex: '(^|/)electron/ipc/(contract|result)$',
              allowTypeImports: true,
              message: 'The renderer imports only types from the contract (import type).',
            },
            {
              regex:
                '(^|/)db/(?!domain/)|^(better-sqlite3|drizzle-orm|zod|fs|path|crypto|child_process)(/|$)|^node:',
              message:
                'The renderer has no Node, database or zod imports; of db/ it may read only db/domain (pure labels, dates, vocabulary).',
            },
          ],
        },
      ],
    },
  },
  {
    // Vite's config runs in Node at build time and is type-checked by the test project; it is not UI code.
    files: ['renderer/vite.config.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
);
