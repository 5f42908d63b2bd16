import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** electron-builder's own YAML reader (js-yaml, which it depends on), so the file is read as `npm run dist` reads it. */
const { load } = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

const config = load(fs.readFileSync(path.resolve(import.meta.dirname, '..', '..', 'electron-builder.yml'), 'utf8')) as {
  electronFuses?: Record<string, unknown>;
  asar?: unknown;
};

/**
 * The fuses `npm run dist` flips in the packaged Electron binary (issue 11). Each is named: a fuse left out keeps
 * Electron's default, which for the first four is "on".
 */
describe('electron-builder.yml: Electron fuses', () => {
  it.each([
    ['runAsNode', false],
    ['enableNodeOptionsEnvironmentVariable', false],
    ['enableNodeCliInspectArguments', false],
    ['grantFileProtocolExtraPrivileges', false],
    ['onlyLoadAppFromAsar', true],
    ['enableEmbeddedAsarIntegrityValidation', true],
    ['enableCookieEncryption', true],
  ])('%s is %s', (fuse, value) => {
    expect(config.electronFuses?.[fuse]).toBe(value);
  });

  it('packs an asar, which onlyLoadAppFromAsar and the integrity check need', () => {
    expect(config.asar).not.toBe(false);
  });
});
