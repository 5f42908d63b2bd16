import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import i18next from 'eslint-plugin-i18next';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'url', 'util', 'stream', 'zlib', 'events', 'buffer'];

/** Where code may run is visible (STYLE.md §1): each zone names what it must never import. */
const zones = [
  { target: './src-shared', from: './src-main', message: 'src-shared is pure: it cannot depend on main.' },
  { target: './src-shared', from: './src-renderer', message: 'src-shared is pure: it cannot depend on the renderer.' },
  { target: './src-renderer', from: './src-main', message: 'The renderer reaches main only through invoke().' },
  { target: './src-main', from: './src-renderer', message: 'Main never imports renderer code.' },
  { target: './src-main/services', from: './src-main/app', message: 'Services never depend on the Electron shell.' },
  { target: './src-main/store', from: './src-main/app', message: 'The store never depends on the Electron shell.' },
  { target: './src-main/ipc', from: './src-main/app', message: 'The router never depends on the Electron shell.' },
  { target: './src-main/host', from: './src-main/app', message: 'The browser host never depends on the Electron shell.' },
];

export default tseslint.config(
  {
    ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'coverage/**', 'build/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.cjs', '.mjs', '.json'] })],
    },
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      'no-console': 'error',
      'no-restricted-imports': ['error', { patterns: [{ group: ['../../../*'], message: 'No ../../.. chains.' }] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src-shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'src-shared is pure: no electron.' }],
          patterns: [
            { group: NODE_BUILTINS, message: 'src-shared is pure: no Node built-ins.' },
            { group: ['react', 'react-dom', 'react/*', '@mantine/*'], message: 'src-shared is pure: no UI libraries.' },
            { group: ['../../../*'], message: 'No ../../.. chains.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/services/**/*.ts', 'src-main/store/**/*.ts', 'src-main/ipc/**/*.ts', 'src-main/host/**/*.ts', 'src-main/log.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Only src-main/app and src-main/preload may import electron.' }],
          patterns: [{ group: ['electron/*', 'electron-log', 'electron-log/*'], message: 'Only src-main/app may import Electron modules.' }, { group: ['../../../*'], message: 'No ../../.. chains.' }],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document'],
    },
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src-main/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['*', '!electron'], message: 'A sandboxed preload may import only electron.' }],
        },
      ],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { i18next, 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          // Attributes that carry text a person reads; every other attribute is configuration.
          'jsx-attributes': {
            include: ['label', 'title', 'placeholder', 'aria-label', 'aria-description', 'alt', 'description', 'error', 'tooltip', 'message', 'nothingFoundMessage', 'confirmLabel', 'cancelLabel'],
          },
          words: { exclude: ['[0-9!-/:-@[-`{-~]+', '[A-Z_-]+', 'Växtkraft'] },
        },
      ],
    },
  },
  {
    files: ['tests/**/*.ts', 'scripts/**/*.ts', '*.config.ts', '*.config.js'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
