import { execFile } from 'node:child_process';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { listPackage } from '@electron/asar';
import { allFiles, ROOT } from '../e2e/harness';

/**
 * `electron-builder --dir` offline: Electron's distribution is a folder with a placeholder executable (the real
 * binary cannot be downloaded here), the driver is not rebuilt for Electron, and fuses (which need the real
 * binary) are off for this check only. What it proves is what the package holds, not that it starts.
 */
export interface PackagedApp {
  asar: string;
  /** Paths inside the asar, each starting with `/`. */
  files: string[];
  /** Files beside the asar in app.asar.unpacked, relative to it. */
  unpacked: string[];
  bytes: { asar: number; unpacked: number };
}

export async function packageWithStandIn(workDir: string): Promise<PackagedApp> {
  const dist = join(workDir, 'electron-dist');
  await mkdir(dist, { recursive: true });
  await writeFile(join(dist, 'electron'), '#!/bin/sh\necho "placeholder for the Electron binary" >&2\nexit 1\n');
  await chmod(join(dist, 'electron'), 0o755);
  const { version } = JSON.parse(await readFile(join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string };
  const config = join(workDir, 'electron-builder.check.json');
  await writeFile(
    config,
    JSON.stringify({
      extends: join(ROOT, 'electron-builder.yml'),
      electronDist: dist,
      electronVersion: version,
      npmRebuild: false,
      electronFuses: null,
      directories: { output: join(workDir, 'release'), buildResources: 'resources' },
    }),
  );
  const builder = join(ROOT, 'node_modules', '.bin', 'electron-builder');
  await promisify(execFile)(builder, ['--dir', '--linux', '--x64', '--projectDir', ROOT, '--config', config], {
    cwd: ROOT,
    env: { ...process.env, CI: 'true' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const resources = join(workDir, 'release', 'linux-unpacked', 'resources');
  const asar = join(resources, 'app.asar');
  const unpackedDir = join(resources, 'app.asar.unpacked');
  const unpackedFiles = await allFiles(unpackedDir).catch(() => [] as string[]);
  let unpackedBytes = 0;
  for (const file of unpackedFiles) unpackedBytes += (await stat(file)).size;
  return {
    asar,
    files: listPackage(asar, { isPack: false }),
    unpacked: unpackedFiles.map((file) => relative(unpackedDir, file)),
    bytes: { asar: (await stat(asar)).size, unpacked: unpackedBytes },
  };
}

/** The packages npm installs for production (package-lock.json entries not marked dev): what may be in the asar. */
export async function productionPackages(): Promise<Set<string>> {
  const lock = JSON.parse(await readFile(join(ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dev?: boolean }>;
  };
  const names = Object.entries(lock.packages)
    .filter(([path, entry]) => path.startsWith('node_modules/') && !entry.dev)
    .map(([path]) => path.slice('node_modules/'.length));
  return new Set(names);
}
