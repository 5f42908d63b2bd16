import path from 'node:path';
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import i18next from 'eslint-plugin-i18next';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const root = import.meta.dirname;

/**
 * A forbidden module is one regular expression, used for static imports (`no-restricted-imports`) and for `import()`
 * (`no-restricted-syntax`, because no-restricted-imports does not see dynamic imports). A slash is written `\x2F`:
 * selector regexes end at the first `/`.
 */
const escape = (name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const packages = (...names) => `^(?:${names.map(escape).join('|')})(?:\\x2F|$)`;

const NODE_BUILTINS = {
  regex: `^node:|${packages(...new Set(builtinModules.map((name) => name.split('/')[0])))}`,
  name: 'Node built-ins',
};
const ELECTRON = { regex: packages('electron', 'electron-log'), name: 'Electron' };
const DATABASE = { regex: packages('kysely', 'better-sqlite3-multiple-ciphers'), name: 'the database (Kysely, the SQLite driver)' };
const UI = { regex: packages('react', 'react-dom', '@mantine'), name: 'UI libraries' };
const CHAIN = { regex: '^(?:\\.\\.\\x2F){3}', message: 'No ../../.. chains: import src-shared as @shared/….' };

/** What one zone must never import, statically or dynamically. */
function forbid(zone, ...modules) {
  const restrictions = [...modules.map((m) => ({ regex: m.regex, message: m.message ?? `${zone} imports no ${m.name}.` })), CHAIN];
  const dynamic = restrictions.map(({ regex, message }) => ({
    selector: `ImportExpression[source.value=/${regex}/]`,
    message,
  }));
  return {
    'no-restricted-imports': ['error', { patterns: restrictions }],
    'no-restricted-syntax': [
      'error',
      ...dynamic,
      {
        selector: "ImportExpression:not([source.type='Literal'])",
        message: 'import() names its module as a string literal, so that the layer rules can check it.',
      },
    ],
  };
}

/** Where code may run is visible (STYLE.md §1): folders a zone must never import from (static and `import()`). */
const zones = [
  { target: './src-shared', from: './src-main', message: 'src-shared is pure: it cannot depend on main.' },
  { target: './src-shared', from: './src-renderer', message: 'src-shared is pure: it cannot depend on the renderer.' },
  { target: './src-renderer', from: './src-main', message: 'The renderer reaches main only through invoke().' },
  { target: './src-main', from: './src-renderer', message: 'Main never imports renderer code.' },
  { target: './src-main/services', from: './src-main/app', message: 'Services never depend on the Electron shell.' },
  { target: './src-main/store', from: './src-main/app', message: 'The store never depends on the Electron shell.' },
  { target: './src-main/ipc', from: './src-main/app', message: 'The router never depends on the Electron shell.' },
  { target: './src-main/host', from: './src-main/app', message: 'The browser host never depends on the Electron shell.' },
  { target: './src-main/*.ts', from: './src-main/app', message: 'Shared main code never depends on the Electron shell.' },
];

const FEATURES = path.join(root, 'src-renderer', 'features');

/**
 * A feature reaches another feature only through its index.ts: src-renderer/features/<a>/** may import
 * `../<b>` or `../<b>/index`, never `../<b>/Screen`. Works on the specifier, so it needs no resolver and covers
 * every feature, including ones added later.
 */
const featureBoundaries = {
  meta: { type: 'problem', schema: [], messages: { internal: "Import feature '{{feature}}' through its index.ts, not '{{source}}'." } },
  create(context) {
    const file = context.physicalFilename;
    const own = path.relative(FEATURES, file).split(path.sep);
    if (own.length < 2 || own[0] === '..') return {};
    const check = (node) => {
      const source = node?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = path.relative(FEATURES, path.resolve(path.dirname(file), source)).split(path.sep);
      if (target[0] === '..' || target[0] === own[0]) return;
      if (target.length === 1 || (target.length === 2 && /^index(\.tsx?)?$/.test(target[1]))) return;
      context.report({ node, messageId: 'internal', data: { feature: target[0], source } });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

export default tseslint.config(
  {
    ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'coverage/**', 'build/**', 'test-results/**'],
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
      'import-x/no-restricted-paths': ['error', { zones, basePath: root }],
      'no-console': 'error',
      ...forbid('This file'),
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Prettier does not wrap long strings or comments. (Deprecated in core, kept until ESLint 11.)
      'max-len': ['error', { code: 140, tabWidth: 2 }],
    },
  },
  {
    files: ['src-shared/**/*.ts'],
    rules: forbid('src-shared is pure: it', NODE_BUILTINS, ELECTRON, DATABASE, UI),
  },
  {
    files: ['src-main/services/**/*.ts', 'src-main/store/**/*.ts', 'src-main/ipc/**/*.ts', 'src-main/host/**/*.ts', 'src-main/*.ts'],
    rules: {
      ...forbid('Only src-main/app and src-main/preload use Electron: this file', ELECTRON),
      'no-restricted-globals': ['error', 'window', 'document'],
    },
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src-main/preload/**/*.ts'],
    rules: forbid('A sandboxed preload', { regex: '^(?!electron$)', message: 'A sandboxed preload may import only electron.' }),
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { i18next, 'react-hooks': reactHooks, vaxtkraft: { rules: { 'feature-boundaries': featureBoundaries } } },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...forbid('The renderer', NODE_BUILTINS, ELECTRON, DATABASE),
      'vaxtkraft/feature-boundaries': 'error',
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          // Attributes that carry text a person reads; every other attribute is configuration.
          'jsx-attributes': {
            include: [
              'label',
              'title',
              'placeholder',
              'aria-label',
              'aria-description',
              'alt',
              'description',
              'error',
              'tooltip',
              'message',
              'nothingFoundMessage',
              'confirmLabel',
              'cancelLabel',
            ],
          },
          words: { exclude: ['[0-9!-/:-@[-`{-~]+', '[A-Z_-]+', 'Växtkraft'] },
        },
      ],
    },
  },
  {
    // Translations are prose: a sentence stays one string, however long (as in tests/unit/code-size.test.ts).
    files: ['src-shared/i18n/locales/**/*.ts'],
    rules: { 'max-len': ['error', { code: 140, tabWidth: 2, ignoreStrings: true, ignoreTemplateLiterals: true }] },
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
