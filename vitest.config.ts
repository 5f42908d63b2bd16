import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'src-shared') } },
  test: {
    // SQLCipher key derivation is deliberately slow; integration tests open real encrypted stores.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
          environment: 'node',
          // The passphrase estimator, as the main process installs it (tests parse the contract without the router).
          setupFiles: ['src-shared/domain/passphraseEstimator.ts'],
        },
      },
      {
        // The renderer's hooks and components in a DOM (jsdom), with the real i18n resources.
        extends: true,
        plugins: [react()],
        test: {
          name: 'renderer',
          include: ['tests/renderer/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/renderer/setup.ts'],
        },
      },
    ],
  },
});
