/**
 * Several offices, each a real encrypted store, that edit through the router and exchange files: what the
 * convergence property, its plain cases and its benchmark share. Every office resolves a conflict by the same
 * fixed policy (the later stamp wins, ties by office name), so that where the data ends up depends on the
 * edits only, never on the order in which files arrive.
 */
import type { Kysely } from 'kysely';
import type { ChannelName, InputOf } from '@shared/api';
import type { ExchangePreview } from '@shared/api/exchange';
import { createRouter } from '../../src-main/ipc/router';
import type { Router } from '../../src-main/ipc/router';
import { readExchangeFileHere } from '../../src-main/services/exchange/read';
import type { ExchangeFile } from '../../src-main/services/exchange/format';
import { storeSchema } from '../../src-main/services/exchange/rows';
import type { Database } from '../../src-main/store/schema';
import { makeTempStore, orgNumberFor } from './tempStore';
import type { TempStore } from './tempStore';
import { tableState } from './refusal';
import { apply, exportAll, PASS, preview, seed } from './exchangeStores';

export interface Office {
  name: string;
  index: number;
  store: TempStore;
  router: Router;
}

/** One file on its way: who made it, for whom, and its content (read once, for the conflict policy). */
export interface Sent {
  from: number;
  to: number[];
  base64: string;
  file: ExchangeFile;
}

export interface World {
  offices: Office[];
  /** Milliseconds of the one simulated time line; each office's clock is this plus its index (no two stamps tie). */
  time: number;
  /** Files made and not yet applied everywhere, one entry per recipient. */
  pending: Array<{ sent: Sent; to: number }>;
  /** Conflicts decided by the policy so far, by resolution. */
  stats: { mine: number; theirs: number; refusedEdits: number; edits: number; applied: number };
  cleanup(): void;
}

const START = Date.parse('2025-03-03T07:00:00.000Z');
const STEP_MS = 1000;

export async function makeWorld(count: number): Promise<World> {
  const offices: Office[] = [];
  for (let index = 0; index < count; index++) {
    const store = await makeTempStore({ start: new Date(START) });
    offices.push({ name: String.fromCharCode(65 + index), index, store, router: createRouter(store.session) });
  }
  return {
    offices,
    time: START,
    pending: [],
    stats: { mine: 0, theirs: 0, refusedEdits: 0, edits: 0, applied: 0 },
    cleanup() {
      for (const o of offices) o.store.cleanup();
    },
  };
}

/** Moves the time line on and sets the office's clock to it: every write gets its own instant. */
export function tick(world: World, office: Office): void {
  world.time += STEP_MS;
  office.store.clock.set(new Date(world.time + office.index));
}

/**
 * A call through the router, as the screens make it. A refusal (a rule, a record already gone) is an answer the
 * advisor would see and leaves the store as it was; anything else fails the test.
 */
export async function edit<C extends ChannelName>(world: World, office: Office, channel: C, input: InputOf<C>): Promise<boolean> {
  tick(world, office);
  const r = await office.router.handle(channel, input);
  if (!r.ok && r.error.code === 'internal') throw new Error(`${channel} at ${office.name} failed inside: ${JSON.stringify(input)}`);
  if (r.ok) world.stats.edits += 1;
  else world.stats.refusedEdits += 1;
  return r.ok;
}

/** Companies made at office `at`, two people each; a plan is made where it is first opened, at any office. */
export async function seedShared(world: World, companies: number, at = 0, from = 0): Promise<string[]> {
  const office = world.offices[at]!;
  tick(world, office);
  return seed(office.store, companies, from);
}

/** The office writes a full file of everything it holds, for every other office. */
export async function sendFull(world: World, from: number): Promise<Sent> {
  const office = world.offices[from]!;
  tick(world, office);
  const { base64 } = await exportAll(office.store);
  const { file } = await readExchangeFileHere(base64, PASS);
  const to = world.offices.filter((o) => o.index !== from).map((o) => o.index);
  const sent = { from, to, base64, file };
  for (const t of to) world.pending.push({ sent, to: t });
  return sent;
}

type Stamped = { updatedAt?: string; deletedAt?: string; id?: string; entityId?: string };

/** The stamp of the file's version of a record: its last change, or its deletion. */
function incomingStamp(file: ExchangeFile, fileKey: keyof ExchangeFile, entity: string, id: string): string {
  const records = file[fileKey] as Stamped[];
  const record = records.find((r) => r.id === id);
  if (record) return record.updatedAt!;
  return file.tombstones.find((t) => t.entity === entity && t.entityId === id)!.deletedAt;
}

async function localStamp(db: Kysely<Database>, table: string, entity: string, id: string): Promise<string> {
  const row = await db
    .selectFrom(table as 'companies')
    .select('updated_at')
    .where('id', '=', id)
    .executeTakeFirst();
  if (row) return row.updated_at;
  const t = await db
    .selectFrom('tombstones')
    .select('deleted_at')
    .where('entity', '=', entity)
    .where('entity_id', '=', id)
    .executeTakeFirstOrThrow();
  return t.deleted_at;
}

/** The test's fixed policy: the later change (or deletion) wins; on a tie, the office first in the alphabet. */
export async function policy(office: Office, p: ExchangePreview, sent: Sent, sender: Office): Promise<Record<string, 'mine' | 'theirs'>> {
  const { defs } = await storeSchema(office.store.db);
  const out: Record<string, 'mine' | 'theirs'> = {};
  for (const c of p.companies.flatMap((x) => x.conflicts)) {
    const def = defs[c.entity];
    if (c.onlyMine) {
      out[c.key] = 'mine';
      continue;
    }
    const mine = await localStamp(office.store.db, def.table, c.entity, c.id);
    const theirs = incomingStamp(sent.file, def.fileKey, c.entity, c.id);
    const theirsWins = theirs > mine || (theirs === mine && sender.name < office.name);
    out[c.key] = theirsWins ? 'theirs' : 'mine';
  }
  return out;
}

/** The office previews the file, decides its conflicts by the policy and applies it. A refused file fails the test. */
export async function deliver(world: World, sent: Sent, to: number): Promise<void> {
  const office = world.offices[to]!;
  tick(world, office);
  const p = await preview(office.store, sent.base64);
  const resolutions = await policy(office, p, sent, world.offices[sent.from]!);
  for (const r of Object.values(resolutions)) world.stats[r] += 1;
  await apply(office.store, p, resolutions);
  world.stats.applied += 1;
}

/** Delivers the pending file at `pick` (modulo); a duplicate stays pending and arrives again later. */
export async function deliverPending(world: World, pick: number, duplicate = false): Promise<void> {
  if (world.pending.length === 0) return;
  const i = pick % world.pending.length;
  const { sent, to } = world.pending[i]!;
  if (!duplicate) world.pending.splice(i, 1);
  await deliver(world, sent, to);
}

/** A small seeded generator (mulberry32): the order of the final deliveries, reproducible from the property's seed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Everything still pending, in an order drawn from `random`. */
export async function drain(world: World, random: () => number): Promise<void> {
  while (world.pending.length > 0) await deliverPending(world, Math.floor(random() * world.pending.length));
}

/**
 * Tables that never travel: the import log, the agreed revisions, the per-office marks and sequences, settings,
 * the own identity and address book, the self-assessment mode and the status history.
 */
const LOCAL_TABLES = new Set([
  'import_log',
  'exchange_base',
  'exchange_marks',
  'exchange_sent',
  'exchange_received',
  'settings',
  'office_identity',
  'offices',
  'self_assessment',
  'company_status_events',
  'kysely_migration',
  'kysely_migration_lock',
]);

/** The office's shared data, every travelling table in full, as one comparable text. */
export async function sharedData(office: Office): Promise<string> {
  const state = await tableState(office.store.db);
  for (const name of Object.keys(state)) if (LOCAL_TABLES.has(name)) delete state[name];
  return JSON.stringify(state);
}

/**
 * Until nothing changes: every office sends a full file to every other, delivered in a random order. Returns the
 * rounds it took, or null when it did not settle within `maxRounds`.
 */
export async function settle(world: World, random: () => number, maxRounds = 4): Promise<number | null> {
  for (let round = 1; round <= maxRounds; round++) {
    const before = await Promise.all(world.offices.map(sharedData));
    for (const o of world.offices) await sendFull(world, o.index);
    await drain(world, random);
    const after = await Promise.all(world.offices.map(sharedData));
    if (after.every((s, i) => s === before[i])) return round;
  }
  return null;
}

// ---------- edits ----------

/** One edit an advisor makes at an office; `pick`s choose a record among the office's own, modulo their number. */
export type Edit =
  | { op: 'renameCompany'; company: number; name: string }
  | { op: 'companyFields'; company: number; employees: number; contactName: string | null }
  | { op: 'deleteCompany'; company: number }
  | { op: 'addCompany'; name: string }
  | { op: 'addPerson'; company: number; name: string }
  | { op: 'editPerson'; person: number; jobTitle: string | null }
  | { op: 'deletePerson'; person: number }
  | { op: 'addContact'; company: number; people: number; quarters: number }
  | { op: 'editContact'; contact: number; summary: string | null }
  | { op: 'addActivity'; company: number; people: number; title: string }
  | { op: 'editActivity'; activity: number; status: 'planned' | 'booked' | 'cancelled'; hours: number }
  | { op: 'deleteActivity'; activity: number }
  | { op: 'planNote'; company: number; note: string | null };

async function pickId(db: Kysely<Database>, table: 'companies' | 'people' | 'contacts' | 'activities', pick: number) {
  const rows = await db.selectFrom(table).select('id').orderBy('id').execute();
  return rows.length === 0 ? null : rows[pick % rows.length]!.id;
}

/** The company's people chosen by the bits of `mask`. */
async function peopleOf(db: Kysely<Database>, companyId: string, mask: number): Promise<string[]> {
  const rows = await db.selectFrom('people').select('id').where('company_id', '=', companyId).orderBy('id').execute();
  return rows.filter((_, i) => (mask >> i) & 1).map((r) => r.id);
}

let companiesMade = 0;

/** Makes the edit through the router; false when there was nothing to edit or the app refused it. */
export async function makeEdit(world: World, office: Office, e: Edit): Promise<boolean> {
  const { db } = office.store;
  const company = 'company' in e ? await pickId(db, 'companies', e.company) : null;
  const run = <C extends ChannelName>(channel: C, input: InputOf<C>) => edit(world, office, channel, input);
  switch (e.op) {
    case 'addCompany':
      companiesMade += 1;
      return run('companies.create', { name: e.name, orgNumber: orgNumberFor(100_000 + companiesMade), municipalityCode: '1880' });
    case 'editPerson':
    case 'deletePerson': {
      const id = await pickId(db, 'people', e.person);
      if (id === null) return false;
      return e.op === 'deletePerson' ? run('people.delete', { id }) : run('people.update', { id, patch: { jobTitle: e.jobTitle } });
    }
    case 'editContact': {
      const id = await pickId(db, 'contacts', e.contact);
      return id !== null && run('contacts.update', { id, patch: { summary: e.summary } });
    }
    case 'editActivity':
    case 'deleteActivity': {
      const id = await pickId(db, 'activities', e.activity);
      if (id === null) return false;
      if (e.op === 'deleteActivity') return run('activities.delete', { id });
      return run('activities.update', { id, patch: { status: e.status, hours: e.hours } });
    }
  }
  if (company === null) return false;
  switch (e.op) {
    case 'renameCompany':
      return run('companies.update', { id: company, patch: { name: e.name } });
    case 'companyFields':
      return run('companies.update', { id: company, patch: { employees: e.employees, contactName: e.contactName } });
    case 'deleteCompany':
      return run('companies.delete', { id: company });
    case 'addPerson':
      return run('people.create', { companyId: company, name: e.name, role: 'employee' });
    case 'addContact':
      return run('contacts.create', {
        companyId: company,
        date: office.store.deps.today(),
        kind: 'visit',
        advisor: `Rådgivare ${office.name}`,
        personIds: await peopleOf(db, company, e.people),
        hours: e.quarters / 4,
        summary: null,
        nextSteps: [],
      });
    case 'addActivity':
      return run('activities.create', {
        companyId: company,
        title: e.title,
        level: 'individual',
        personIds: await peopleOf(db, company, e.people),
      });
    case 'planNote':
      return run('plans.update', { companyId: company, patch: { note: e.note } });
  }
}
