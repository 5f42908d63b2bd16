/**
 * The figures of issue 18 (the Electron app as built), for tests/bench/run.ts; both need `electron-vite build`
 * first (npm run bench does it):
 *   package_app_mb                  app.asar plus app.asar.unpacked as `electron-builder --dir` makes them with a
 *                                   stand-in Electron distribution (target < 15 MB)
 *   main_bundle_start_to_window_ms  median of 5 starts of the built main process under the electron stand-in
 *                                   (tests/electron), from forking Node to the first window's page loaded (its
 *                                   load event), on an existing keychain-mode store; Chromium is already running
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ElectronStandIn } from '../electron/harness';
import { packageWithStandIn } from '../electron/package';
import { median, roundTo } from './common';
import type { Figure } from './common';

const RUNS = 5;

async function inTempDir<T>(prefix: string, work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  try {
    return await work(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function startToWindow(standIn: ElectronStandIn, home: string): Promise<number> {
  const start = performance.now();
  const run = await standIn.launch({ home, safeStorage: 'keychain' });
  await run.waitFor('window.loaded', (d) => d['id'] === 1, 60_000);
  const elapsed = performance.now() - start;
  await run.stop();
  return elapsed;
}

export const ELECTRON_FIGURES: Record<string, () => Promise<Figure>> = {
  package_app_mb: () =>
    inTempDir('vaxtkraft-bench-package-', async (dir) => {
      const app = await packageWithStandIn(dir);
      return { name: 'package_app_mb', value: roundTo((app.bytes.asar + app.bytes.unpacked) / 1e6, 2), unit: 'MB' };
    }),
  main_bundle_start_to_window_ms: () =>
    inTempDir('vaxtkraft-bench-electron-', async (home) => {
      const standIn = await ElectronStandIn.start();
      try {
        await startToWindow(standIn, home); // the first start creates the key and the store
        const times: number[] = [];
        for (let i = 0; i < RUNS; i++) times.push(await startToWindow(standIn, home));
        return { name: 'main_bundle_start_to_window_ms', value: roundTo(median(times), 0), unit: 'ms' };
      } finally {
        await standIn.close();
      }
    }),
};
