/**
 * `npm run bench [-- --json FILE] [-- --only a,b]`: the figures of the foundation issue, as medians.
 * Every store lives in a temp folder that is removed at the end.
 */
import { systemClock } from '@shared/clock';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Sqlite from 'better-sqlite3-multiple-ciphers';
import type { Kysely } from 'kysely';
import { api } from '@shared/api';
import type { ParsedInputOf } from '@shared/api';
import { MUNICIPALITIES } from '@shared/domain/municipalities';
import { createRouter } from '../../src-main/ipc/router';
import type { Router } from '../../src-main/ipc/router';
import { createCompany, getCompany } from '../../src-main/services/companies';
import { createPerson } from '../../src-main/services/people';
import { createKysely } from '../../src-main/store/open';
import { migrate } from '../../src-main/store/migrate';
import { dbPath } from '../../src-main/store/paths';
import type { Database } from '../../src-main/store/schema';
import { Session } from '../../src-main/store/session';
import { ASSESSMENT_FIGURES } from './assessments';
import { exchangeFigures } from './exchange';
import { OFFICE_FIGURES } from './offices';
import { DELTA_FIGURES } from './delta';
import { CONVERGENCE_FIGURES } from './convergence';
import { GAP_FIGURES } from './gaps';
import { PLAN_FIGURES } from './plans';
import { DOCUMENT_FIGURES } from './documents';
import { BUSINESS_CHECK_FIGURES } from './businessCheck';
import { REPORT_FIGURES } from './reports';
import { CONTACT_LOG_FIGURES } from './contactLog';
import { DE_MINIMIS_FIGURES } from './deMinimis';
import { PASSPORT_FIGURES } from './passport';
import { BACKUP_FIGURES } from './backups';
import { RIGHTS_FIGURES } from './rights';
import { ELECTRON_FIGURES } from './electron';
import { RENDERER_FIGURES } from './renderer';
import { median } from './common';
import type { Figure } from './common';
import { withCheckDigit } from '@shared/domain/orgNumber';

const PASSPHRASE = 'bench passphrase, long enough';
const RUNS = 5;
const SEARCH_RUNS = 25;

// ---------- arguments ----------

function parseArgs(argv: string[]): { json: string | null; only: Set<string> | null } {
  let json: string | null = null;
  let only: Set<string> | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = argv[++i] ?? null;
    else if (a.startsWith('--json=')) json = a.slice('--json='.length);
    else if (a === '--only') only = new Set((argv[++i] ?? '').split(',').filter(Boolean));
    else if (a.startsWith('--only=')) only = new Set(a.slice('--only='.length).split(',').filter(Boolean));
    else throw new Error(`Unknown option: ${a}`);
  }
  return { json, only };
}

// ---------- helpers ----------

const round = (v: number, digits = 2) => Math.round(v * 10 ** digits) / 10 ** digits;

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

let root: string | undefined;
let dirCount = 0;
const freshDir = () => path.join((root ??= fs.mkdtempSync(path.join(os.tmpdir(), 'vaxtkraft-bench-'))), `store-${++dirCount}`);

/** Closed at the end even when a figure fails, so that the temp folder can be removed. */
const openStores: Array<{ close(): void }> = [];
function track<T extends { close(): void }>(store: T): T {
  let closed = false;
  const close = store.close;
  store.close = () => {
    if (!closed) close();
    closed = true;
  };
  openStores.push(store);
  return store;
}

/** An encrypted store made by the app's own Session (passphrase, SQLCipher KDF). */
async function encryptedStore(): Promise<{ db: Kysely<Database>; session: Session; close(): void }> {
  const session = new Session({ dataDir: freshDir(), unlockMode: 'passphrase', systemLocale: 'en' });
  await session.create(PASSPHRASE);
  return track({ db: session.db, session, close: () => session.close() });
}

/** The same database without the key pragmas: same journal, foreign keys, sync level and migrations. */
async function plainStore(): Promise<{ db: Kysely<Database>; session: Session; close(): void }> {
  const dir = freshDir();
  fs.mkdirSync(dir, { recursive: true });
  const raw = new Sqlite(dbPath(dir));
  raw.pragma('journal_mode = WAL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('synchronous = NORMAL');
  const db = createKysely(raw);
  await migrate(db);
  // Only what the router and handlers use: an always-unlocked session over the plain database.
  const session = {
    unlocked: true,
    status: () => ({ storeExists: true, unlocked: true, unlockMode: 'passphrase', language: null, systemLanguage: 'en' }),
    db,
    deps: systemClock,
  } as unknown as Session;
  return track({ db, session, close: () => raw.close() });
}

// ---------- fictitious data ----------

const FIRST = ['Anna', 'Erik', 'Maria', 'Lars', 'Karin', 'Johan', 'Sara', 'Per', 'Eva', 'Ali', 'Fatima', 'Nils'];
const LAST = ['Ek', 'Berg', 'Lind', 'Holm', 'Strand', 'Nyström', 'Åkesson', 'Öberg', 'Sandberg', 'Karimi'];
const TRADES = ['Snickeri', 'Bygg', 'Måleri', 'Redovisning', 'Frisör', 'Café', 'Elservice', 'Trädgård', 'Design', 'IT-konsult'];
const PLACES = ['Ekbacken', 'Norrgården', 'Sjövik', 'Lövsta', 'Bergslagen', 'Älvdalen', 'Kvarnby', 'Storåsen', 'Hagalund'];
const ROLES = ['owner', 'manager', 'employee', 'employee', 'prospective'] as const;

/** A valid organisation number for a limited company: 556 + index + Luhn check digit (digits 3–4 of 20 or more). */
function orgNumber(n: number): string {
  return withCheckDigit(`55${String(6000000 + n).padStart(7, '0')}`);
}

function companyInput(n: number): ParsedInputOf<'companies.create'> {
  return api['companies.create'].input.parse({
    name: `${PLACES[n % PLACES.length]} ${TRADES[(n * 7) % TRADES.length]} ${n} AB`,
    orgNumber: orgNumber(n),
    municipalityCode: MUNICIPALITIES[n % MUNICIPALITIES.length]!.code,
    sniCode: n % 2 ? '62010' : '43320',
    employees: n % 20,
    yearFounded: 1980 + (n % 40),
    contactName: `${FIRST[n % FIRST.length]} ${LAST[n % LAST.length]}`,
    contactEmail: `info${n}@example.se`,
    contactPhone: '019-123 45 67',
    advisor: 'Karin Berg',
    office: 'Örebro',
  });
}

function peopleInputs(n: number): Array<Omit<ParsedInputOf<'people.create'>, 'companyId'>> {
  return ROLES.map((role, i) => {
    const { companyId: _unused, ...rest } = api['people.create'].input.parse({
      companyId: '01900000-0000-7000-8000-000000000000',
      name: `${FIRST[(n + i) % FIRST.length]} ${LAST[(n * 3 + i) % LAST.length]}`,
      role,
      jobTitle: i === 0 ? 'VD' : null,
      startDate: '2020-01-15',
    });
    return rest;
  });
}

function buildInputs(count: number) {
  return Array.from({ length: count }, (_, n) => ({ company: companyInput(n), people: peopleInputs(n) }));
}

/** The same writes on any store: `count` companies with five people each, in one transaction. */
async function insertAll(db: Kysely<Database>, inputs: ReturnType<typeof buildInputs>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const { company, people } of inputs) {
      const created = await createCompany(trx, company);
      for (const person of people) await createPerson(trx, { ...person, companyId: created.id });
    }
  });
}

// ---------- workloads (shared between figures, computed once) ----------

function once<T>(fn: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | undefined;
  return () => (p ??= fn());
}

const insertRuns = once(async () => {
  const inputs = buildInputs(1000);
  const encrypted: number[] = [];
  const plain: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    for (const [open, times] of [
      [encryptedStore, encrypted],
      [plainStore, plain],
    ] as const) {
      const store = await open();
      try {
        times.push(await time(() => insertAll(store.db, inputs)));
      } finally {
        store.close();
      }
    }
  }
  return { encrypted, plain };
});

const QUERIES: Array<ParsedInputOf<'companies.list'> | Record<string, unknown>> = [
  { query: 'snickeri' },
  { query: 'västerås' },
  { query: '551000' },
  { sort: 'municipality', limit: 200 },
  { statuses: ['prospect'], sizeClass: 'micro', sort: 'updatedAt', direction: 'desc' },
];

/** Reads through the router: the list queries the register screen makes, and opening 50 companies. */
async function readWorkload(router: Router, ids: string[]): Promise<void> {
  for (const q of QUERIES) {
    const r = await router.handle('companies.list', q);
    if (!r.ok) throw new Error(`companies.list failed: ${r.error.code}`);
  }
  for (const id of ids) {
    const r = await router.handle('companies.get', { id });
    if (!r.ok) throw new Error(`companies.get failed: ${r.error.code}`);
  }
}

const readStores = once(async () => {
  const inputs = buildInputs(5000);
  const stores = { encrypted: await encryptedStore(), plain: await plainStore() };
  const routers = {} as Record<'encrypted' | 'plain', { router: Router; ids: string[] }>;
  for (const kind of ['encrypted', 'plain'] as const) {
    const store = stores[kind];
    await insertAll(store.db, inputs);
    const rows = await store.db.selectFrom('companies').select('id').orderBy('id').execute();
    const ids = rows.filter((_, i) => i % 100 === 0).map((r) => r.id);
    await getCompany(store.db, { id: ids[0]! });
    routers[kind] = { router: createRouter(store.session), ids };
  }
  return { routers };
});

const readRuns = once(async () => {
  const { routers } = await readStores();
  const encrypted: number[] = [];
  const plain: number[] = [];
  for (const kind of ['encrypted', 'plain'] as const) await readWorkload(routers[kind].router, routers[kind].ids);
  for (let run = 0; run < RUNS * 2; run++) {
    encrypted.push(await time(() => readWorkload(routers.encrypted.router, routers.encrypted.ids)));
    plain.push(await time(() => readWorkload(routers.plain.router, routers.plain.ids)));
  }
  return { encrypted, plain };
});

// ---------- figures ----------

const FIGURES: Record<string, () => Promise<Figure>> = {
  async unlock_ms() {
    const dir = freshDir();
    const first = new Session({ dataDir: dir, unlockMode: 'passphrase', systemLocale: 'en' });
    await first.create(PASSPHRASE);
    first.close();
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const session = new Session({ dataDir: dir, unlockMode: 'passphrase', systemLocale: 'en' });
      times.push(await time(() => session.unlock(PASSPHRASE)));
      session.close();
    }
    return { name: 'unlock_ms', value: round(median(times), 1), unit: 'ms' };
  },

  async insert_1000_companies_ms() {
    const { encrypted } = await insertRuns();
    return { name: 'insert_1000_companies_ms', value: round(median(encrypted), 1), unit: 'ms' };
  },

  async search_5000_companies_ms() {
    const { router } = (await readStores()).routers.encrypted;
    const input = { query: 'snickeri' };
    const first = await router.handle('companies.list', input);
    if (!first.ok) throw new Error(`companies.list failed: ${first.error.code}`);
    const times: number[] = [];
    for (let run = 0; run < SEARCH_RUNS; run++) times.push(await time(() => router.handle('companies.list', input)));
    return { name: 'search_5000_companies_ms', value: round(median(times)), unit: 'ms' };
  },

  async insert_ratio_encrypted_vs_plain() {
    const { encrypted, plain } = await insertRuns();
    return { name: 'insert_ratio_encrypted_vs_plain', value: round(median(encrypted) / median(plain)), unit: 'ratio' };
  },

  async read_ratio_encrypted_vs_plain() {
    const { encrypted, plain } = await readRuns();
    return { name: 'read_ratio_encrypted_vs_plain', value: round(median(encrypted) / median(plain)), unit: 'ratio' };
  },
  ...ASSESSMENT_FIGURES,
  ...GAP_FIGURES,
  ...PLAN_FIGURES,
  ...DOCUMENT_FIGURES,
  ...BUSINESS_CHECK_FIGURES,
  ...exchangeFigures(),
  ...OFFICE_FIGURES,
  ...DELTA_FIGURES,
  ...CONVERGENCE_FIGURES,
  ...REPORT_FIGURES,
  ...CONTACT_LOG_FIGURES,
  ...DE_MINIMIS_FIGURES,
  ...PASSPORT_FIGURES,
  ...BACKUP_FIGURES,
  ...RIGHTS_FIGURES,
  ...ELECTRON_FIGURES,
  ...RENDERER_FIGURES,
};

async function main(): Promise<void> {
  const { json, only } = parseArgs(process.argv.slice(2));
  // Only `--only`-filtered figures run; an unknown name is an error rather than an empty table.
  const names = Object.keys(FIGURES).filter((n) => !only || only.has(n));
  const figures: Figure[] = [];
  try {
    const unknown = [...(only ?? [])].filter((n) => !(n in FIGURES));
    if (unknown.length) throw new Error(`Unknown figure(s): ${unknown.join(', ')}. Known: ${Object.keys(FIGURES).join(', ')}`);
    for (const name of names) {
      const figure = await FIGURES[name]!();
      figures.push(figure);
      const ratio = figure.target ? `   target < ${figure.target} ${figure.unit}, ratio ${round(figure.value / figure.target)}` : '';
      process.stdout.write(`${figure.name.padEnd(36)} ${String(figure.value).padStart(10)} ${figure.unit}${ratio}\n`);
    }
  } finally {
    for (const store of openStores) store.close();
    if (root) fs.rmSync(root, { recursive: true, force: true });
  }
  if (json) {
    fs.mkdirSync(path.dirname(path.resolve(json)), { recursive: true });
    fs.writeFileSync(json, `${JSON.stringify(figures, null, 2)}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
