import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/** The built Electron bundles under the stand-in (tests/electron): run after `electron-vite build`. */
export default defineConfig({
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'src-shared') } },
  test: {
    include: ['tests/electron/**/*.electron.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
