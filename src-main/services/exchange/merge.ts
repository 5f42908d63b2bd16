import type { Kysely } from 'kysely';
import type { Database, TombstonesTable } from '../../store/schema';
import type { ExchangeConflict, ExchangeEntity } from '@shared/api/exchange';
import { EXCHANGE_ENTITIES } from '@shared/api/exchange';
import type { ExchangeFile, TombstoneRecord } from './format';
import type { EntityDef, EntityTable, Row, RoundChildKey, RoundChildTable, Schema } from './rows';
import { newerTombstone, sameContentOp } from './tieBreak';
import { markSessionConflicts, SESSIONS_FIELD } from './sessionConflicts';
import {
  childSignature,
  DIFFERING_FIELD_NAMES,
  differingFields,
  recordToRow,
  ROUND_CHILD_KEYS,
  ROUND_CHILDREN,
  roundChildRows,
  sameRow,
} from './rows';

/** Conflict fields that are not a record's own: one side deleted it, an organisation number clash, a second plan. */
export const SPECIAL_CONFLICT_FIELDS = ['deleted', 'orgNumber', 'plan'] as const;

/** Every name a conflict's `fields` can hold (the UI has a label for each). */
export const CONFLICT_FIELD_NAMES: readonly string[] = [
  ...new Set([...DIFFERING_FIELD_NAMES, ...ROUND_CHILD_KEYS, ...SPECIAL_CONFLICT_FIELDS, SESSIONS_FIELD]),
];

/**
 * What happens to one record. `keepLocal`: the record here is newer (or stays deleted here) and the file's
 * older state never overwrites it. A conflict is changed on both sides since the common base revision; the
 * advisor decides it.
 */
export type Op =
  | { op: 'insert' }
  | { op: 'update' }
  | { op: 'unchanged' }
  | { op: 'keepLocal' }
  | { op: 'delete' }
  | { op: 'conflict'; fields: string[]; onlyMine: boolean; theirs: 'write' | 'delete' };

export interface Decision {
  entity: ExchangeEntity;
  id: string;
  /** The company the record belongs to (itself for a company; empty for a provider): groups the preview. */
  companyId: string;
  name: string;
  decision: Op;
  incoming: Row | null;
  /** A round's children, as rows of their tables. */
  children: Record<RoundChildKey, Row[]> | null;
  tombstone: TombstoneRecord | null;
  local: Row | null;
  localTombstone: TombstonesTable | null;
  /** The common base revision, if known. */
  base: number | null;
}

export interface Plan {
  decisions: Decision[];
  /** Tombstones for records that are not here: kept, so that the deletion travels on. */
  tombstonesToRecord: TombstoneRecord[];
  /** The base revisions recorded here, by `entity:id`. */
  localBases: Map<string, number>;
}

export const conflictKey = (entity: string, id: string) => `${entity}:${id}`;

const CHUNK = 500;

export async function inChunks<T>(ids: string[], load: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) out.push(...(await load(ids.slice(i, i + CHUNK))));
  return out;
}

/** Whole rows of a travelling table (by id) or of a round's children (by round), for comparing with the file's. */
export const selectIn = (db: Kysely<Database>, table: EntityTable | RoundChildTable, column: 'id' | 'round_id', ids: string[]) =>
  inChunks(ids, (c): Promise<Row[]> => db.selectFrom(table).selectAll().where(db.dynamic.ref(column), 'in', c).execute());

/** Tombstones and agreed revisions of the given records, whatever their entity. */
const bookkeepingOf = (db: Kysely<Database>, table: 'tombstones' | 'exchange_base', ids: string[]) =>
  inChunks(ids, (c) => db.selectFrom(table).selectAll().where('entity_id', 'in', c).execute());

interface Local {
  rows: Map<ExchangeEntity, Map<string, Row>>;
  tombstones: Map<string, TombstonesTable>;
  bases: Map<string, number>;
  companyByOrgNumber: Map<string, string>;
  /** Children of the local rounds the file also has, by child key then round id. */
  roundChildren: Map<RoundChildKey, Map<string, Row[]>>;
  /** company_id of every plan named by an activity in the file (here). */
  planCompany: Map<string, string>;
  /** The plan here of every company the file brings a plan for (one plan per company). */
  planByCompany: Map<string, string>;
}

function idsOf(file: ExchangeFile, def: EntityDef): string[] {
  const records = file[def.fileKey] as { id: string }[];
  return [...records.map((r) => r.id), ...file.tombstones.filter((t) => t.entity === def.entity).map((t) => t.entityId)];
}

async function loadLocal(db: Kysely<Database>, file: ExchangeFile, schema: Schema): Promise<Local> {
  const rows = new Map<ExchangeEntity, Map<string, Row>>();
  const allIds: string[] = [];
  for (const entity of schema.order) {
    const def = schema.defs[entity];
    const ids = idsOf(file, def);
    allIds.push(...ids);
    rows.set(entity, new Map((await selectIn(db, def.table, 'id', ids)).map((r) => [r['id'] as string, r])));
  }
  const tombstones: TombstonesTable[] = await bookkeepingOf(db, 'tombstones', allIds);
  const bases = await bookkeepingOf(db, 'exchange_base', allIds);
  const orgNumbers = await inChunks(
    file.companies.map((c) => c.orgNumber),
    (c) => db.selectFrom('companies').select(['id', 'org_number']).where('org_number', 'in', c).execute(),
  );
  const localRounds = file.rounds.map((r) => r.id).filter((id) => rows.get('round')!.has(id));
  const roundChildren = new Map<RoundChildKey, Map<string, Row[]>>();
  for (const key of ROUND_CHILD_KEYS) {
    const m = new Map<string, Row[]>();
    for (const r of await selectIn(db, ROUND_CHILDREN[key].table, 'round_id', localRounds)) {
      const list = m.get(r['round_id'] as string);
      if (list) list.push(r);
      else m.set(r['round_id'] as string, [r]);
    }
    roundChildren.set(key, m);
  }
  // Activities the file deletes name their plan only here: without it, a conflict on one belongs to no company and is never shown.
  const localActivities = [...rows.get('activity')!.values()].map((r) => r['plan_id'] as string);
  const planIds = [...new Set([...file.activities.map((a) => a.planId), ...localActivities])];
  const plans = await inChunks(planIds, (c) => db.selectFrom('plans').select(['id', 'company_id']).where('id', 'in', c).execute());
  const planCompanies = [...new Set(file.plans.map((p) => p.companyId))];
  const companyPlans = await inChunks(planCompanies, (c) =>
    db.selectFrom('plans').select(['id', 'company_id']).where('company_id', 'in', c).execute(),
  );
  return {
    planByCompany: new Map(companyPlans.map((p) => [p.company_id, p.id])),
    rows,
    tombstones: new Map(tombstones.map((r) => [conflictKey(r.entity, r.entity_id), r])),
    bases: new Map(bases.map((r) => [conflictKey(r.entity, r.entity_id), r.revision])),
    companyByOrgNumber: new Map(orgNumbers.map((r) => [r.org_number, r.id])),
    roundChildren,
    planCompany: new Map(plans.map((p) => [p.id, p.company_id])),
  };
}

function commonBase(file: ExchangeFile, local: Local, entity: ExchangeEntity, id: string): number | null {
  const a = file.base[entity][id];
  const b = local.bases.get(conflictKey(entity, id));
  if (a === undefined && b === undefined) return null;
  return Math.max(a ?? 0, b ?? 0);
}

function decideRow(
  incoming: Row,
  local: Row | null,
  localTombstone: TombstonesTable | null,
  base: number | null,
  same: boolean,
  fields: string[],
): Op {
  const theirs = incoming['revision'] as number;
  if (local) {
    const mine = local['revision'] as number;
    if (same) return { op: 'unchanged' };
    const conflict: Op = { op: 'conflict', fields, onlyMine: false, theirs: 'write' };
    if (base === null) {
      if (theirs > mine) return { op: 'update' };
      if (theirs < mine) return { op: 'keepLocal' };
      return fields.length === 0 ? sameContentOp(incoming, local) : conflict;
    }
    const localChanged = mine > base;
    const incomingChanged = theirs > base;
    if (incomingChanged && !localChanged) return { op: 'update' };
    if (!incomingChanged && localChanged) return { op: 'keepLocal' };
    if (fields.length === 0) return sameContentOp(incoming, local);
    // Neither side changed since they agreed: the file brings nothing new (what differs is local, e.g. a person
    // deleted here and left out of a round). Only a change on both sides is the advisor's call.
    if (!incomingChanged && !localChanged) return { op: 'keepLocal' };
    return conflict;
  }
  if (localTombstone) {
    const localChanged = base === null || localTombstone.revision > base;
    const incomingChanged = base === null ? theirs >= localTombstone.revision : theirs > base;
    if (!incomingChanged) return { op: 'keepLocal' };
    return localChanged ? { op: 'conflict', fields: ['deleted'], onlyMine: false, theirs: 'write' } : { op: 'insert' };
  }
  return { op: 'insert' };
}

/**
 * A completed round is never changed by an import: when only one side has completed it, that side wins; when
 * both have and they differ, the advisor decides.
 */
function decideRound(incoming: Row, local: Row, base: number | null, same: boolean, fields: string[]): Op {
  if (same || fields.length === 0) return decideRow(incoming, local, null, base, same, fields);
  const mineDone = local['completed_at'] !== null;
  const theirsDone = incoming['completed_at'] !== null;
  if (mineDone && theirsDone) return { op: 'conflict', fields, onlyMine: false, theirs: 'write' };
  if (mineDone) return { op: 'keepLocal' };
  if (theirsDone) return { op: 'update' };
  return decideRow(incoming, local, null, base, same, fields);
}

function decideTombstone(t: TombstoneRecord, local: Row, base: number | null): Op {
  const mine = local['revision'] as number;
  if (t.entity === 'round' && local['completed_at'] !== null) return { op: 'keepLocal' };
  const localChanged = base === null ? mine >= t.revision : mine > base;
  const incomingChanged = base === null || t.revision > base;
  if (!incomingChanged) return { op: 'keepLocal' };
  if (!localChanged) return { op: 'delete' };
  return { op: 'conflict', fields: ['deleted'], onlyMine: false, theirs: 'delete' };
}

function nameOf(entity: ExchangeEntity, row: Row): string {
  switch (entity) {
    case 'round':
      // Labelled by the UI from `roundKind` and `roundDate` (see conflictOf).
      return row['date'] as string;
    case 'custom_competence':
      return row['name_sv'] as string;
    case 'plan':
      return '';
    case 'activity':
      return row['title'] as string;
    case 'contact':
    case 'aid':
      return row['date'] as string;
    default:
      return row['name'] as string;
  }
}

type CompanyOf = (entity: ExchangeEntity, row: Row) => string;

/** Decides every record of the file against the store as it is now; writes nothing. */
export async function planImport(db: Kysely<Database>, file: ExchangeFile, schema: Schema): Promise<Plan> {
  const local = await loadLocal(db, file, schema);
  const filePlanCompany = new Map(file.plans.map((p) => [p.id, p.companyId]));
  const companyOf: CompanyOf = (entity, row) => {
    if (entity === 'company') return row['id'] as string;
    if (entity === 'provider') return '';
    if (entity === 'activity') {
      const planId = row['plan_id'] as string;
      return filePlanCompany.get(planId) ?? local.planCompany.get(planId) ?? '';
    }
    return row['company_id'] as string;
  };
  const decisions = planRecords(file, schema, local, companyOf);
  await markSessionConflicts(db, file, decisions);
  const { tombstoneDecisions, tombstonesToRecord } = planTombstones(file, local, companyOf);
  await blockCompanyDeletions(db, tombstoneDecisions);
  return { decisions: [...decisions, ...tombstoneDecisions], tombstonesToRecord, localBases: local.bases };
}

/** The records the file brings: each inserted, updated, unchanged, kept or a conflict. */
function planRecords(file: ExchangeFile, schema: Schema, local: Local, companyOf: CompanyOf): Decision[] {
  const decisions: Decision[] = [];
  for (const entity of schema.order) {
    const def = schema.defs[entity];
    const localRows = local.rows.get(entity)!;
    for (const record of file[def.fileKey] as Row[]) {
      const id = record['id'] as string;
      const incoming = recordToRow(def, record);
      const l = localRows.get(id) ?? null;
      const lt = local.tombstones.get(conflictKey(entity, id)) ?? null;
      const base = commonBase(file, local, entity, id);
      let children: Record<RoundChildKey, Row[]> | null = null;
      let decision: Op;
      if (entity === 'round') {
        children = roundChildRows(record);
        let same = false;
        const fields = l ? differingFields(def, l, incoming) : [];
        if (l) {
          for (const key of ROUND_CHILD_KEYS) {
            if (childSignature(key, children[key]) !== childSignature(key, local.roundChildren.get(key)!.get(id) ?? [])) fields.push(key);
          }
          same = sameRow(def, l, incoming) && !fields.some((f) => (ROUND_CHILD_KEYS as string[]).includes(f));
        }
        decision = l ? decideRound(incoming, l, base, same, fields) : decideRow(incoming, null, lt, base, false, []);
      } else {
        const same = l !== null && sameRow(def, l, incoming);
        decision = decideRow(incoming, l, lt, base, same, l ? differingFields(def, l, incoming) : []);
      }
      if (entity === 'company') {
        const owner = local.companyByOrgNumber.get(incoming['org_number'] as string);
        const writes = decision.op === 'insert' || decision.op === 'update' || decision.op === 'conflict';
        if (writes && owner !== undefined && owner !== id)
          decision = { op: 'conflict', fields: ['orgNumber'], onlyMine: true, theirs: 'write' };
      }
      if (entity === 'plan') {
        // One plan per company: a different plan here for the same company stays; the file's cannot be taken.
        const here = local.planByCompany.get(incoming['company_id'] as string);
        if (here !== undefined && here !== id) decision = { op: 'conflict', fields: ['plan'], onlyMine: true, theirs: 'write' };
      }
      decisions.push({
        entity,
        id,
        companyId: companyOf(entity, incoming),
        name: nameOf(entity, l ?? incoming),
        decision,
        incoming,
        children,
        tombstone: null,
        local: l,
        localTombstone: lt,
        base,
      });
    }
  }

  return decisions;
}

/** The file's tombstones: a deletion here, a conflict, or one to keep so that the deletion travels on. */
function planTombstones(
  file: ExchangeFile,
  local: Local,
  companyOf: CompanyOf,
): { tombstoneDecisions: Decision[]; tombstonesToRecord: TombstoneRecord[] } {
  const decisions: Decision[] = [];
  const tombstonesToRecord: TombstoneRecord[] = [];
  for (const t of file.tombstones) {
    const entity = t.entity as ExchangeEntity;
    const l = (EXCHANGE_ENTITIES as readonly string[]).includes(t.entity) ? local.rows.get(entity)?.get(t.entityId) : undefined;
    if (!l) {
      const lt = local.tombstones.get(conflictKey(t.entity, t.entityId));
      if (!lt || newerTombstone(t, lt)) tombstonesToRecord.push(t);
      continue;
    }
    const base = commonBase(file, local, entity, t.entityId);
    const d: Decision = {
      entity,
      id: t.entityId,
      companyId: companyOf(entity, l),
      name: nameOf(entity, l),
      decision: decideTombstone(t, l, base),
      incoming: null,
      children: null,
      tombstone: t,
      local: l,
      localTombstone: null,
      base,
    };
    decisions.push(d);
  }

  return { tombstoneDecisions: decisions, tombstonesToRecord };
}

/**
 * A company goes with its people, rounds, plan, contacts and declared aid: if some person here would be left behind, or
 * a round, an activity, a contact or declared aid here changed since the offices last agreed, deleting it is the
 * advisor's call.
 */
async function blockCompanyDeletions(db: Kysely<Database>, tombstoneDecisions: Decision[]): Promise<void> {
  const companyTombstones = tombstoneDecisions.filter((d) => d.entity === 'company');
  const deletedPeople = new Set(tombstoneDecisions.filter((d) => d.entity === 'person' && d.decision.op === 'delete').map((d) => d.id));
  const ids = companyTombstones.filter((d) => d.decision.op === 'delete').map((d) => d.id);
  const blocked = new Set<string>();
  for (const p of await inChunks(ids, (c) => db.selectFrom('people').select(['id', 'company_id']).where('company_id', 'in', c).execute())) {
    if (!deletedPeople.has(p.id)) blocked.add(p.company_id);
  }
  const changedSinceBase = async (entity: string, rows: { id: string; company_id: string; revision: number }[]) => {
    const bases = new Map(
      (
        await bookkeepingOf(
          db,
          'exchange_base',
          rows.map((r) => r.id),
        )
      )
        .filter((b) => b.entity === entity)
        .map((b) => [b.entity_id, b.revision]),
    );
    for (const r of rows) {
      const b = bases.get(r.id);
      if (b === undefined || r.revision > b) blocked.add(r.company_id);
    }
  };
  await changedSinceBase(
    'round',
    await inChunks(ids, (c) => db.selectFrom('rounds').select(['id', 'company_id', 'revision']).where('company_id', 'in', c).execute()),
  );
  await changedSinceBase(
    'activity',
    await inChunks(ids, (c) =>
      db
        .selectFrom('activities')
        .innerJoin('plans', 'plans.id', 'activities.plan_id')
        .select(['activities.id as id', 'plans.company_id as company_id', 'activities.revision as revision'])
        .where('plans.company_id', 'in', c)
        .execute(),
    ),
  );
  for (const [entity, table] of [
    ['contact', 'contacts'],
    ['aid', 'declared_aid'],
  ] as const) {
    await changedSinceBase(
      entity,
      await inChunks(ids, (c) => db.selectFrom(table).select(['id', 'company_id', 'revision']).where('company_id', 'in', c).execute()),
    );
  }
  for (const d of companyTombstones) {
    if (d.decision.op === 'delete' && blocked.has(d.id))
      d.decision = { op: 'conflict', fields: ['deleted'], onlyMine: false, theirs: 'delete' };
  }
}

export function conflictOf(d: Decision): ExchangeConflict | null {
  if (d.decision.op !== 'conflict') return null;
  const conflict: ExchangeConflict = {
    key: conflictKey(d.entity, d.id),
    entity: d.entity,
    id: d.id,
    name: d.name,
    fields: d.decision.fields,
    onlyMine: d.decision.onlyMine,
  };
  const row = d.local ?? d.incoming;
  if (d.entity === 'round' && row) {
    conflict.roundKind = row['kind'] as NonNullable<ExchangeConflict['roundKind']>;
    conflict.roundDate = row['date'] as string;
  }
  return conflict;
}
