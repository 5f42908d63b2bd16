import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The layer rules in eslint.config.js, proven against the real config: in every zone a probe file with forbidden
 * imports (static and `import()`) must be reported by the rule that owns them, and the allowed imports next to them
 * must not. A rule that silently stops matching (a renamed folder, a changed option) fails here.
 * Probe files are written inside the zones' folders only while ESLint reads them, and removed in `finally`.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');

type Kind = 'module' | 'path' | 'feature';
const RULES: Record<Kind, { static: string; dynamic: string }> = {
  module: { static: 'no-restricted-imports', dynamic: 'no-restricted-syntax' },
  path: { static: 'import-x/no-restricted-paths', dynamic: 'import-x/no-restricted-paths' },
  feature: { static: 'vaxtkraft/feature-boundaries', dynamic: 'vaxtkraft/feature-boundaries' },
};

interface Zone {
  dir: string;
  forbidden: Array<[Kind, string]>;
  allowed: string[];
}

const NOT_ELECTRON: Zone['forbidden'] = [
  ['module', 'electron'],
  ['module', 'electron/main'],
  ['module', 'electron-log/main'],
  ['path', '../app/main'],
];
const mainZone = (dir: string): Zone => ({ dir, forbidden: NOT_ELECTRON, allowed: ['kysely', 'node:fs', 'fs', '@shared/clock', '../log'] });

const ZONES: Zone[] = [
  {
    dir: 'src-shared',
    forbidden: [
      ['module', 'node:fs'],
      ['module', 'fs/promises'],
      ['module', 'electron'],
      ['module', 'kysely'],
      ['module', 'react'],
      ['path', '../src-main/log'],
    ],
    allowed: ['zod', './clock'],
  },
  mainZone('src-main/services'),
  mainZone('src-main/store'),
  mainZone('src-main/ipc'),
  mainZone('src-main/host'),
  {
    dir: 'src-main/preload',
    forbidden: [
      ['module', 'node:fs'],
      ['module', '@shared/api'],
      ['module', './other'],
    ],
    allowed: ['electron'],
  },
  {
    dir: 'src-renderer',
    forbidden: [
      ['module', 'node:fs'],
      ['module', 'fs'],
      ['module', 'path'],
      ['module', 'child_process'],
      ['module', 'electron'],
      ['module', 'electron/renderer'],
      ['module', 'kysely'],
      ['module', 'better-sqlite3-multiple-ciphers'],
      ['path', '../src-main/log'],
    ],
    allowed: ['react', 'zustand', '@shared/clock', './main'],
  },
  {
    dir: 'src-renderer/features/companies',
    forbidden: [
      ['feature', '../people/PeopleSection'],
      ['feature', '../people/sub/store'],
      ['module', 'node:path'],
      ['module', 'electron'],
    ],
    allowed: ['../people', '../people/index', '../people/index.ts', './companyStore', '@shared/clock'],
  },
];

interface Line {
  text: string;
  rule: string | null;
}

function probeLines(zone: Zone): Line[] {
  const lines: Line[] = [];
  for (const [kind, spec] of zone.forbidden) lines.push({ text: `import '${spec}';`, rule: RULES[kind].static });
  for (const spec of zone.allowed) lines.push({ text: `import '${spec}';`, rule: null });
  for (const [kind, spec] of zone.forbidden) lines.push({ text: `void import('${spec}');`, rule: RULES[kind].dynamic });
  for (const spec of zone.allowed) lines.push({ text: `void import('${spec}');`, rule: null });
  // A computed module name would slip past every rule above, so it is refused as such.
  lines.push({ text: "void import(String('zod'));", rule: 'no-restricted-syntax' });
  return lines;
}

const probes = ZONES.map((zone) => ({
  zone,
  file: path.join(ROOT, zone.dir, `__lint_probe_${crypto.randomBytes(6).toString('hex')}.ts`),
  lines: probeLines(zone),
}));
const results = new Map<string, ESLint.LintResult>();

function removeProbes(): void {
  for (const probe of probes) fs.rmSync(probe.file, { force: true });
}

beforeAll(async () => {
  try {
    for (const probe of probes) fs.writeFileSync(probe.file, `${probe.lines.map((l) => l.text).join('\n')}\nexport {};\n`, { flag: 'wx' });
    const eslint = new ESLint({ cwd: ROOT });
    for (const result of await eslint.lintFiles(probes.map((p) => p.file))) results.set(result.filePath, result);
  } finally {
    removeProbes();
  }
}, 120_000);

afterAll(removeProbes);

describe('eslint.config.js holds the layers', () => {
  it('leaves no probe file behind', () => {
    for (const probe of probes) expect(fs.existsSync(probe.file)).toBe(false);
  });

  for (const probe of probes) {
    it(`${probe.zone.dir}: forbidden imports are reported, static and dynamic; allowed ones are not`, () => {
      const result = results.get(probe.file);
      expect(result, 'ESLint linted the probe').toBeDefined();
      expect(result!.fatalErrorCount).toBe(0);
      const rulesAt = (line: number) => result!.messages.filter((m) => m.line === line).map((m) => m.ruleId);
      const seen = probe.lines.map((line, i) => ({ text: line.text, rules: rulesAt(i + 1) }));
      const expected = probe.lines.map((line) => ({ text: line.text, rules: line.rule ? [line.rule] : [] }));
      expect(seen).toEqual(expected);
    });
  }
});
