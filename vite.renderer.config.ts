import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** A test for the modules of these packages (names are matched whole, so `react` is not `react-redux`). */
const packages = (...names: string[]) => new RegExp(`node_modules[\\\\/](${names.join('|').replace(/\./g, '\\.')})[\\\\/]`);

/**
 * Shared chunks by what needs them; each screen is a lazy module of its own (src-renderer/App.tsx), and the rest is
 * split by what imports it. `framework`: what every screen needs (React, i18next, zustand). `charts`: recharts with
 * its d3 and state helpers, for the screens with a chart, the report and the print views. The passphrase estimator's
 * dictionaries (about 1.5 MB), loaded only where a new passphrase is chosen. Mantine stays with the screens that use
 * each component. tests/unit/rendererChunks.test.ts checks from the build's manifest that the overview needs none of
 * the charts, the report, print or exchange.
 */
export const RENDERER_CHUNK_GROUPS = [
  // Highest priority first takes a module: React goes to `framework` even though recharts needs it too.
  {
    name: 'framework',
    priority: 30,
    test: packages(
      ...['react', 'react-dom', 'react-is', 'scheduler', 'clsx', 'zustand', 'use-sync-external-store'],
      ...['i18next', 'react-i18next', 'html-parse-stringify', 'void-elements'],
    ),
  },
  { name: 'passphrase-dictionaries', priority: 20, test: packages('@zxcvbn-ts') },
  {
    name: 'charts',
    priority: 10,
    test: packages(
      ...['recharts', 'd3-[a-z]+', 'victory-vendor', 'internmap', 'decimal.js-light', 'es-toolkit', 'eventemitter3', 'tiny-invariant'],
      ...['@reduxjs', 'redux', 'redux-thunk', 'reselect', 'immer', 'react-redux'],
    ),
  },
];

/** The renderer build, used by the browser host (`npm run build:renderer`) and reused by electron.vite.config.ts. */
export default defineConfig({
  root: resolve(import.meta.dirname, 'src-renderer'),
  base: './',
  plugins: [react()],
  // `@shared/…` is src-shared, the same alias as in tsconfig.base.json, so no import climbs with ../../..
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'src-shared') } },
  build: {
    outDir: resolve(import.meta.dirname, 'out/renderer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    // .vite/manifest.json: which chunk each screen needs, read by tests/unit/rendererChunks.test.ts.
    manifest: true,
    rolldownOptions: {
      // A feature's index.ts only re-exports: what a screen does not import from it is left out of its chunk.
      treeshake: { moduleSideEffects: [{ test: /src-renderer[\\/]features[\\/][^\\/]+[\\/]index\.ts$/, sideEffects: false }] },
      output: { codeSplitting: { groups: RENDERER_CHUNK_GROUPS } },
    },
  },
});
