/**
 * Several offices, each a real encrypted store, that edit through the router and exchange files: what the
 * convergence property, its plain cases and its benchmark share. The offices know each other's keys and share one
 * exchange folder: "send changes" writes a delta there for each office, and the receiver applies it from its inbox.
 * A full file with a passphrase travels the old way. Every office resolves a conflict by the same fixed policy (the
 * later stamp wins, ties by office name), so that where the data ends up depends on the edits only, never on the
 * order in which files arrive.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { ChannelName, InputOf } from '@shared/api';
import { AppError } from '@shared/api/errors';
import type { ExchangePreview } from '@shared/api/exchange';
import { createRouter } from '../../src-main/ipc/router';
import type { Router } from '../../src-main/ipc/router';
import { applyInbox, previewInbox } from '../../src-main/services/exchange/inbox';
import { readExchangeFileHere } from '../../src-main/services/exchange/read';
import { sendChanges } from '../../src-main/services/exchange/send';
import type { ExchangeFile } from '../../src-main/services/exchange/format';
import { storeSchema } from '../../src-main/services/exchange/rows';
import { openFile } from '../../src-main/services/offices';
import type { Database } from '../../src-main/store/schema';
import { makeTempStore } from './tempStore';
import { linkOffices } from './folderOffices';
import type { TempStore } from './tempStore';
import { tableState } from './refusal';
import { apply, exportAll, PASS, preview, seed } from './exchangeStores';

export interface Office {
  name: string;
  index: number;
  store: TempStore;
  router: Router;
}

/**
 * One file on its way: who made it, for whom, and its content (read once, for the conflict policy). A delta lies in
 * the shared folder under `name`; a passphrase file travels as `base64`.
 */
export interface Sent {
  from: number;
  to: number[];
  file: ExchangeFile;
  delta: { name: string; bytes: Uint8Array } | null;
  base64: string;
}

export interface World {
  offices: Office[];
  /** The shared exchange folder. */
  folder: string;
  /** `book[i][j]`: office j's id in office i's address book. */
  book: string[][];
  /** Milliseconds of the one simulated time line; each office's clock is this plus its index (no two stamps tie). */
  time: number;
  /** Files made and not yet applied everywhere, one entry per recipient. */
  pending: Array<{ sent: Sent; to: number }>;
  /** Conflicts decided by the policy so far, by resolution. */
  stats: { mine: number; theirs: number; refusedEdits: number; edits: number; applied: number; waited: number };
  cleanup(): void;
}

const START = Date.parse('2025-03-03T07:00:00.000Z');
const STEP_MS = 1000;

export async function makeWorld(count: number): Promise<World> {
  const names = Array.from({ length: count }, (_, index) => String.fromCharCode(65 + index));
  const stores: TempStore[] = [];
  for (let index = 0; index < count; index++) stores.push(await makeTempStore({ start: new Date(START) }));
  // Each office named `Kontor X`, in every other's address book, all with one exchange folder.
  const { offices: linked, folder } = await linkOffices(
    stores,
    names.map((n) => `Kontor ${n}`),
  );
  const offices: Office[] = stores.map((store, index) => ({ name: names[index]!, index, store, router: createRouter(store.session) }));
  const book = linked.map((o) => linked.map((other) => (other === o ? '' : o.officeIds.get(other.name)!)));
  return {
    offices,
    folder,
    book,
    time: START,
    pending: [],
    stats: { mine: 0, theirs: 0, refusedEdits: 0, edits: 0, applied: 0, waited: 0 },
    cleanup() {
      for (const o of offices) o.store.cleanup();
      fs.rmSync(folder, { recursive: true, force: true });
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

/** The office writes a full file of everything it holds, with the passphrase, for every other office. */
export async function sendFull(world: World, from: number): Promise<Sent> {
  const office = world.offices[from]!;
  tick(world, office);
  const { base64 } = await exportAll(office.store);
  const { file } = await readExchangeFileHere(base64, PASS);
  const to = world.offices.filter((o) => o.index !== from).map((o) => o.index);
  const sent: Sent = { from, to, file, delta: null, base64 };
  for (const t of to) world.pending.push({ sent, to: t });
  return sent;
}

/** "Send changes" from the office to every other, each file sealed for its office, into the shared folder. */
export async function sendDeltas(world: World, from: number, full = false): Promise<Sent[]> {
  const office = world.offices[from]!;
  const out: Sent[] = [];
  for (const other of world.offices) {
    if (other === office) continue;
    tick(world, office);
    const r = await sendChanges(office.store.db, world.book[from]![other.index]!, office.store.deps, { full });
    const bytes = fs.readFileSync(r.path);
    const { file } = await openFile(other.store.db, bytes, undefined, other.store.deps);
    const sent: Sent = { from, to: [other.index], file, delta: { name: r.fileName, bytes }, base64: '' };
    world.pending.push({ sent, to: other.index });
    out.push(sent);
  }
  return out;
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

/**
 * The office previews the file (from its inbox, for a delta), decides its conflicts by the policy and applies it.
 * A delta that needs an earlier one not applied yet is refused (false: it waits); any other refusal fails the test.
 * A delta applied before is put back in the folder, as a duplicate that arrives again.
 */
export async function deliver(world: World, sent: Sent, to: number): Promise<boolean> {
  const office = world.offices[to]!;
  const { db, deps } = office.store;
  tick(world, office);
  let p: ExchangePreview;
  if (sent.delta) {
    const where = path.join(world.folder, sent.delta.name);
    if (!fs.existsSync(where)) fs.writeFileSync(where, sent.delta.bytes);
    try {
      p = await previewInbox(db, { name: sent.delta.name }, deps);
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'exchange.dependsOnMissing') throw error;
      world.stats.waited += 1;
      return false;
    }
  } else p = await preview(office.store, sent.base64);
  const resolutions = await policy(office, p, sent, world.offices[sent.from]!);
  for (const r of Object.values(resolutions)) world.stats[r] += 1;
  if (sent.delta) await applyInbox(db, { previewId: p.previewId, resolutions }, deps);
  else await apply(office.store, p, resolutions);
  world.stats.applied += 1;
  return true;
}

/** Delivers the pending file at `pick` (modulo); a duplicate, or one that must wait, stays pending and comes again. */
export async function deliverPending(world: World, pick: number, duplicate = false): Promise<void> {
  if (world.pending.length === 0) return;
  const i = pick % world.pending.length;
  const { sent, to } = world.pending[i]!;
  if ((await deliver(world, sent, to)) && !duplicate) world.pending.splice(i, 1);
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

/**
 * Everything still pending, in an order drawn from `random`: from a random place, the first file that can be applied
 * is. When none can (each needs one that never comes), the offices are stuck, and the test fails.
 */
export async function drain(world: World, random: () => number): Promise<void> {
  while (world.pending.length > 0) {
    const start = Math.floor(random() * world.pending.length);
    let applied = false;
    for (let k = 0; k < world.pending.length && !applied; k++) {
      const i = (start + k) % world.pending.length;
      const { sent, to } = world.pending[i]!;
      applied = await deliver(world, sent, to);
      if (applied) world.pending.splice(i, 1);
    }
    if (!applied) throw new Error(`stuck: ${world.pending.length} files wait for files that never come`);
  }
}

/**
 * Tables that never travel: the import log, the agreed revisions, the per-office marks and sequences, settings,
 * the own identity and address book, the self-assessment mode and the status history, and what each office records of
 * a person's rights itself (consent events, the log of exports and erasures, notes flagged for review).
 */
export const LOCAL_TABLES = new Set([
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
  'consent_events',
  'rights_log',
  'review_flags',
]);

/** The office's shared data, every travelling table in full, as one comparable text. */
export async function sharedData(office: Office): Promise<string> {
  const state = await tableState(office.store.db);
  for (const name of Object.keys(state)) if (LOCAL_TABLES.has(name)) delete state[name];
  return JSON.stringify(state);
}

/**
 * Until nothing changes: every office sends its changes to every other, delivered in a random order. Returns the
 * rounds it took, or null when it did not settle within `maxRounds`.
 */
export async function settle(world: World, random: () => number, maxRounds = 8): Promise<number | null> {
  for (let round = 1; round <= maxRounds; round++) {
    const before = await Promise.all(world.offices.map(sharedData));
    for (const o of world.offices) await sendDeltas(world, o.index);
    await drain(world, random);
    const after = await Promise.all(world.offices.map(sharedData));
    if (after.every((s, i) => s === before[i])) return round;
  }
  return null;
}
