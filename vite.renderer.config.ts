import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

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
    // The passphrase estimator's dictionaries (about 1.5 MB) in a file of their own, next to the app's code.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'passphrase-dictionaries', test: /@zxcvbn-ts/ }] } } },
  },
});
