import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '@shared/api';
import { AppError } from '@shared/api/errors';
import type { ExchangeCounts, ExchangeEntity } from '@shared/api/exchange';
import type { Database } from '../../store/schema';
import { inTransaction, systemClock } from '../../store/transaction';
import type { ServiceDeps } from '../../store/transaction';
import { removeCompany } from '../companies';
import type { ExchangeFile } from './format';
import { writeImportLog } from './log';
import type { Decision, Plan } from './merge';
import { emptyExchangeCounts } from './counts';
import { eraseAbsentPeople } from './erasePeople';
import { bumpTiesKeptHere } from './tieBreak';
import { resendKept } from './resendKept';
import { conflictKey, inChunks, planImport } from './merge';
import { changeCounter, dropPreview, takePreview } from './previews';
import type { StoredPreview } from './previews';
import { checkReferences } from './references';
import { checkRecordRules } from './recordRules';
import { writeActivitySessions } from './activitySessions';
import type { EntityDef, EntityTable, Row, Schema } from './rows';
import { ROUND_CHILD_KEYS, ROUND_CHILDREN, storeSchema } from './rows';
import { insertRows, presentIds, tombstoneRow, updateRows, upsertKeyed } from './write';
import { recordImportedConsents } from '../consent/hooks';

/** Applying a previewed file: the advisor's decisions written in one transaction. */

type Resolutions = ParsedInputOf<'exchange.apply'>['resolutions'];

/** One application of a file: where it writes, and what it has counted and agreed on so far. */
interface Run {
  trx: Kysely<Database>;
  schema: Schema;
  plan: Plan;
  now: string;
  result: ExchangeCounts;
  /** exchange_base rows: the revisions both sides now agree on. */
  bases: Row[];
}

function count(run: Run, d: Decision, key: keyof ExchangeCounts['companies']): void {
  run.result[run.schema.defs[d.entity].countKey][key] += 1;
}

function agree(run: Run, d: Decision, revision: number): void {
  if (run.plan.localBases.get(conflictKey(d.entity, d.id)) !== revision) run.bases.push({ entity: d.entity, entity_id: d.id, revision });
}

/** The table and column a record's parent lives in, for the records that need one to exist. */
const PARENT: Partial<Record<ExchangeEntity, { table: EntityTable; column: string }>> = {
  person: { table: 'companies', column: 'company_id' },
  round: { table: 'companies', column: 'company_id' },
  custom_competence: { table: 'companies', column: 'company_id' },
  plan: { table: 'companies', column: 'company_id' },
  activity: { table: 'plans', column: 'plan_id' },
  contact: { table: 'companies', column: 'company_id' },
  aid: { table: 'companies', column: 'company_id' },
};

/**
 * Applies the advisor's decisions in ONE transaction: on any error nothing at all is written. `after` adds its own
 * bookkeeping to the same transaction (the inbox records the file's sequence number: services/exchange/inbox.ts).
 */
export async function applyImport(
  db: Kysely<Database>,
  input: ParsedInputOf<'exchange.apply'>,
  deps: ServiceDeps = systemClock,
  after?: (trx: Kysely<Database>, stored: StoredPreview) => Promise<void>,
): Promise<ExchangeCounts> {
  const nowDate = deps.now();
  const stored = takePreview(input.previewId, nowDate.getTime());
  const now = nowDate.toISOString();

  const counts = await inTransaction(db, async (trx) => {
    const schema = await storeSchema(trx);
    const plan = await currentPlan(trx, stored, schema, deps.today());
    assertResolved(plan, input.resolutions);
    const run: Run = { trx, schema, plan, now, result: emptyExchangeCounts(), bases: [] };
    const { inserts, updates, deletes } = await sortDecisions(run, input.resolutions);
    await writeRecords(run, inserts, updates, stored.file);
    await applyDeletes(run, deletes);
    await resendKept(trx, plan.decisions, new Set(deletes.map((d) => d.id)));
    await eraseAbsentPeople(trx, [...inserts.values(), ...updates.values()].flat(), deletes, now);
    await recordImportedConsents(trx, [...inserts.values(), ...updates.values()].flat(), deps, stored.file.sender?.name ?? null);
    await bumpTiesKeptHere(trx, schema, plan, stored.file);
    await upsertKeyed(trx, 'tombstones', plan.tombstonesToRecord.map(tombstoneRow));
    await upsertKeyed(trx, 'exchange_base', run.bases);
    await writeImportLog(trx, stored, run.result, now);
    await after?.(trx, stored);
    return run.result;
  });
  dropPreview(input.previewId);
  return counts;
}

/** The preview's plan, or, when the store has changed since the preview, one checked and made again here. */
async function currentPlan(trx: Kysely<Database>, stored: StoredPreview, schema: Schema, today: string): Promise<Plan> {
  if ((await changeCounter(trx)) === stored.changes) return stored.plan;
  await checkReferences(trx, stored.file);
  await checkRecordRules(trx, stored.file, today);
  return planImport(trx, stored.file, schema);
}

function assertResolved(plan: Plan, resolutions: Resolutions): void {
  const unresolved = plan.decisions.filter((d) => {
    if (d.decision.op !== 'conflict') return false;
    const choice = resolutions[conflictKey(d.entity, d.id)];
    return choice === undefined || (choice === 'theirs' && d.decision.onlyMine);
  });
  if (unresolved.length > 0) throw new AppError('exchange.unresolvedConflicts', { count: unresolved.length });
}

interface Sorted {
  inserts: Map<ExchangeEntity, Decision[]>;
  updates: Map<ExchangeEntity, Decision[]>;
  deletes: Decision[];
}

/** Sorts the decisions into what to write; a conflict kept as mine is settled (and counted) here. */
async function sortDecisions(run: Run, resolutions: Resolutions): Promise<Sorted> {
  const inserts = new Map<ExchangeEntity, Decision[]>(run.schema.order.map((e) => [e, []]));
  const updates = new Map<ExchangeEntity, Decision[]>(run.schema.order.map((e) => [e, []]));
  const deletes: Decision[] = [];
  for (const d of run.plan.decisions) {
    const op = d.decision;
    const theirRevision = (d.incoming?.['revision'] as number | undefined) ?? d.tombstone!.revision;
    if (op.op === 'conflict') {
      if (resolutions[conflictKey(d.entity, d.id)] === 'theirs') {
        if (op.theirs === 'delete') deletes.push(d);
        else if (d.local) updates.get(d.entity)!.push(d);
        else inserts.get(d.entity)!.push(d);
      } else {
        await keepMine(run.trx, run.schema.defs[d.entity], d, theirRevision, run.now);
        if (d.local || d.localTombstone) agree(run, d, theirRevision);
        count(run, d, 'keptLocal');
      }
    } else if (op.op === 'insert') inserts.get(d.entity)!.push(d);
    else if (op.op === 'update') updates.get(d.entity)!.push(d);
    else if (op.op === 'delete') deletes.push(d);
    else if (op.op === 'unchanged') {
      count(run, d, 'unchanged');
      agree(run, d, theirRevision);
    } else count(run, d, 'keptLocal');
  }
  return { inserts, updates, deletes };
}

/**
 * A record whose tombstone here the file overrules comes back: its tombstone goes, but only once the record is written.
 * One kept out (its parent stays away here) keeps its tombstone: dropped, the deletion stopped travelling, since the
 * sender's marks already hold that revision (found by the convergence property).
 */
async function reviveTombstoned(run: Run, entity: ExchangeEntity, written: Decision[]): Promise<void> {
  const ids = written.filter((d) => d.localTombstone).map((d) => d.id);
  await inChunks(ids, (c) => run.trx.deleteFrom('tombstones').where('entity', '=', entity).where('entity_id', 'in', c).execute());
}

/** Parents before children; a record whose parent stays away here (the advisor's choice) stays away too. */
async function writeRecords(run: Run, inserts: Sorted['inserts'], updates: Sorted['updates'], file: ExchangeFile): Promise<void> {
  const { trx } = run;
  const presentPeople = new Set<string>();
  for (const entity of run.schema.order) {
    const def = run.schema.defs[entity];
    let ins = inserts.get(entity)!;
    let upd = updates.get(entity)!;
    const parent = PARENT[entity];
    if (parent) {
      const here = await presentIds(
        trx,
        parent.table,
        [...ins, ...upd].map((d) => d.incoming![parent.column] as string),
      );
      /** Whether the record is written: its parent is here. One whose parent is not stays as it is here (kept local). */
      const parentPresent = (d: Decision) => {
        if (here.has(d.incoming![parent.column] as string)) return true;
        count(run, d, 'keptLocal');
        return false;
      };
      ins = ins.filter(parentPresent);
      upd = upd.filter(parentPresent);
    }
    await reviveTombstoned(run, entity, ins);
    await insertRows(
      trx,
      def.table,
      ins.map((d) => d.incoming!),
    );
    await updateRows(
      trx,
      def.table,
      upd.map((d) => d.incoming!),
    );
    if (entity === 'round') await writeRoundChildren(trx, ins, upd, presentPeople);
    if (entity === 'activity') await writeActivitySessions(trx, [...ins, ...upd], file);
    for (const d of ins) {
      count(run, d, 'new');
      agree(run, d, d.incoming!['revision'] as number);
    }
    for (const d of upd) {
      count(run, d, 'updated');
      agree(run, d, d.incoming!['revision'] as number);
    }
    if (entity === 'person') {
      // Rounds name people: the ones here now, for their children below.
      const wanted = file.rounds.flatMap((r) => [...r.people.map((p) => p.personId), ...r.ratings.map((x) => x.personId)]);
      for (const id of await presentIds(trx, 'people', wanted)) presentPeople.add(id);
    }
  }
}

const DELETE_ORDER: ExchangeEntity[] = [
  'aid',
  'contact',
  'activity',
  'plan',
  'round',
  'custom_competence',
  'person',
  'provider',
  'company',
];

async function applyDeletes(run: Run, deletes: Decision[]): Promise<void> {
  const { trx } = run;
  for (const entity of DELETE_ORDER) {
    for (const d of deletes.filter((x) => x.entity === entity)) {
      if (entity === 'company') {
        // The same removal as the register's: people leave tombstones, the rest goes by cascade.
        const t = d.tombstone!;
        const removed = await removeCompany(run.trx, d.id, { deleted_at: t.deletedAt, revision: t.revision }, run.now);
        run.result.people.deleted += removed.people;
        count(run, d, 'deleted');
        continue;
      }
      if (entity === 'provider') {
        const used = await trx.selectFrom('activities').select('id').where('provider_id', '=', d.id).limit(1).execute();
        if (used.length > 0) {
          count(run, d, 'keptLocal');
          continue;
        }
      }
      await trx.deleteFrom(run.schema.defs[entity].table).where('id', '=', d.id).execute();
      await upsertKeyed(trx, 'tombstones', [tombstoneRow(d.tombstone!)]);
      count(run, d, 'deleted');
    }
  }
}

/** A round written from the file takes the file's children, all of them: they follow the round's revision. */
async function writeRoundChildren(
  db: Kysely<Database>,
  inserted: Decision[],
  updated: Decision[],
  presentPeople: Set<string>,
): Promise<void> {
  const updatedIds = updated.map((d) => d.id);
  for (const key of ROUND_CHILD_KEYS) {
    const { table } = ROUND_CHILDREN[key];
    await inChunks(updatedIds, (c) => db.deleteFrom(table).where('round_id', 'in', c).execute());
    let rows = [...inserted, ...updated].flatMap((d) => d.children![key]);
    // A person deleted here (and kept deleted) takes their place in the round with them, as the cascade would.
    if (key === 'people' || key === 'ratings') rows = rows.filter((r) => presentPeople.has(r['person_id'] as string));
    await insertRows(db, table, rows);
  }
}

/**
 * Keep mine: the record here gets a revision above both sides', so that it wins the next exchange in either
 * direction instead of raising the same conflict again.
 */
async function keepMine(db: Kysely<Database>, def: EntityDef, d: Decision, theirRevision: number, now: string): Promise<void> {
  if (d.local) {
    const revision = Math.max(d.local['revision'] as number, theirRevision) + 1;
    await db.updateTable(def.table).set({ revision, updated_at: now }).where('id', '=', d.id).execute();
  } else if (d.localTombstone) {
    const revision = Math.max(d.localTombstone.revision, theirRevision) + 1;
    await db.updateTable('tombstones').set({ revision }).where('entity', '=', d.entity).where('entity_id', '=', d.id).execute();
  }
}
