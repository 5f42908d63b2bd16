import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractAll } from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screen } from '../e2e/harness';
import { ElectronStandIn } from './harness';
import { packageWithStandIn, productionPackages } from './package';
import type { PackagedApp } from './package';

const DRIVER = 'node_modules/better-sqlite3-multiple-ciphers/build/Release/better_sqlite3.node';

/** `/node_modules/@scope/name/…` -> `@scope/name`; null outside node_modules. */
function packageOf(file: string): string | null {
  const match = /^\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  return match?.[1] ?? null;
}

describe('the package electron-builder makes (with a stand-in Electron distribution)', () => {
  let workDir: string;
  let app: PackagedApp;

  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'vaxtkraft-package-'));
    app = await packageWithStandIn(workDir);
  }, 300_000);

  afterAll(async () => {
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  it('holds the built app, its package.json and icon, and the runtime dependencies only', async () => {
    for (const file of [
      '/out/main/index.js',
      '/out/preload/index.cjs',
      '/out/renderer/index.html',
      '/package.json',
      '/resources/icons/icon.png',
    ]) {
      expect(app.files).toContain(file);
    }
    const allowed = /^\/(out|out\/(main|preload|renderer)(\/.*)?|node_modules(\/.*)?|resources(\/icons(\/icon\.png)?)?|package\.json)$/;
    expect(app.files.filter((f) => !allowed.test(f))).toEqual([]);
    expect(app.files.filter((f) => /\.map$|^\/src-|^\/tests(\/|$)/.test(f))).toEqual([]);

    const production = await productionPackages();
    const packed = new Set(app.files.map(packageOf).filter((p): p is string => p !== null));
    expect([...packed].filter((p) => !production.has(p))).toEqual([]);
    expect(packed.has('better-sqlite3-multiple-ciphers')).toBe(true);
    // Renderer libraries were bundled by Vite into out/renderer, main's dependencies into out/main.
    for (const bundled of ['react', 'react-dom', '@mantine/core', 'recharts', '@tabler/icons-react', 'zod', 'kysely', 'exceljs']) {
      expect(packed.has(bundled), bundled).toBe(false);
    }
  });

  it('unpacks only the driver .node file, none of its sources or build leftovers', () => {
    expect(app.unpacked).toEqual([DRIVER]);
    expect(
      app.files.filter((f) => /better-sqlite3-multiple-ciphers\/(src|deps|build\/Release\/(obj|obj\.target|test_extension))/.test(f)),
    ).toEqual([]);
  });

  // 14.9 MB before issues 14–16; their code and data (SNI 2007 and 2025 in two languages, the report's suppression
  // and the new documents) brought it to 15.35 MB. The budget is there to catch a dependency or source packed by mistake.
  it('stays under 16 MB (asar plus unpacked)', () => {
    const mb = (app.bytes.asar + app.bytes.unpacked) / 1e6;
    expect(mb).toBeLessThan(16);
  });

  it('starts from what it holds: the extracted asar runs under the stand-in to the first screen', async () => {
    const extracted = join(workDir, 'extracted');
    extractAll(app.asar, extracted);
    const standIn = await ElectronStandIn.start();
    try {
      const home = join(workDir, 'home');
      // Electron starts what the packed package.json names as main.
      const { main } = JSON.parse(await readFile(join(extracted, 'package.json'), 'utf8')) as { main: string };
      const run = await standIn.launch({ home, mainBundle: join(extracted, main), appPath: extracted });
      await screen(await run.page(1), 'overview');
      expect(run.all('window.create')[0]?.['options']).toMatchObject({
        webPreferences: { preload: join(extracted, 'out', 'preload', 'index.cjs') },
      });
      await run.stop();
    } finally {
      await standIn.close();
    }
  });
});
