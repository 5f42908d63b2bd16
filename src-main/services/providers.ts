import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import type { ParsedInputOf } from '@shared/api';
import { AppError } from '@shared/api/errors';
import { ACTIVITY_TYPE_IDS } from '@shared/api/plans';
import type { ActivityType, Provider, ProviderKind } from '@shared/api/plans';
import type { Database } from '../store/schema';
import { systemClock } from '../store/transaction';
import type { ServiceDeps } from '../store/transaction';
import activityTypesV1 from '../../resources/catalogues/activity-types.v1.json';
import { writeTombstones } from '../store/tombstones';

/** The Kysely view of migration 0060; kept here until the lead merges it into store/schema.ts. */
export interface ProvidersTable {
  id: string;
  name: string;
  kind: string;
  municipality_code: string | null;
  contact: string | null;
  /** JSON: string[] */
  topics: string;
  created_at: string;
  updated_at: string;
  revision: number;
}

export interface PlansTable {
  id: string;
  company_id: string;
  next_follow_up: string | null;
  note: string | null;
  created_at: string;
  updated_at: string;
  revision: number;
}

export interface ActivitiesTable {
  id: string;
  plan_id: string;
  title: string;
  type_id: string | null;
  level: string;
  /** JSON: string[] */
  competence_ids: string;
  /** JSON: string[] */
  person_ids: string;
  provider_id: string | null;
  planned_start: string | null;
  planned_end: string | null;
  hours: number | null;
  cost_sek: number | null;
  funding_source: string | null;
  responsible: string | null;
  status: string;
  outcome_rating: number | null;
  outcome_comment: string | null;
  internal_note: string | null;
  /** Added by migration 0070 (programme report). */
  accessibility_adaptations: string | null;
  created_at: string;
  updated_at: string;
  revision: number;
}

export interface PlanTables {
  providers: ProvidersTable;
  plans: PlansTable;
  activities: ActivitiesTable;
}

export type PlanDb = Kysely<Database & PlanTables>;

/** The store with the plan tables typed (a no-op at run time). */
export function pdb(db: Kysely<Database>): PlanDb {
  return db as unknown as PlanDb;
}

export async function inPlanTx<T>(db: Kysely<Database>, fn: (trx: PlanDb) => Promise<T>): Promise<T> {
  const p = pdb(db);
  return p.isTransaction ? fn(p) : p.transaction().execute((trx) => fn(trx as unknown as PlanDb));
}

export function jsonIds(json: string): string[] {
  const v: unknown = JSON.parse(json);
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

// ---------- activity types (data, validated once at load) ----------

const bilingual = z.strictObject({ sv: z.string().min(1), en: z.string().min(1) });
const activityTypesSchema = z.strictObject({
  catalogue: z.literal('activity-types'),
  version: z.number().int().positive(),
  types: z
    .array(z.strictObject({ id: z.enum(ACTIVITY_TYPE_IDS), typicalHours: z.number().min(0), name: bilingual, description: bilingual }))
    .refine((ts) => ACTIVITY_TYPE_IDS.every((id) => ts.some((t) => t.id === id)), 'every activity type'),
});

const ACTIVITY_TYPES: ActivityType[] = activityTypesSchema.parse(activityTypesV1).types;

export function activityTypes(): ActivityType[] {
  return ACTIVITY_TYPES;
}

export function activityType(id: string): ActivityType | undefined {
  return ACTIVITY_TYPES.find((t) => t.id === id);
}

// ---------- providers ----------

const collator = new Intl.Collator('sv');

function toProvider(row: ProvidersTable, activityCount: number): Provider {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as ProviderKind,
    municipalityCode: row.municipality_code,
    contact: row.contact,
    topics: jsonIds(row.topics),
    activityCount,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: row.revision,
  };
}

async function usage(db: PlanDb, providerId: string): Promise<number> {
  const r = await db
    .selectFrom('activities')
    .select(sql<number>`count(*)`.as('n'))
    .where('provider_id', '=', providerId)
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

async function loadProvider(db: PlanDb, id: string): Promise<ProvidersTable> {
  const row = await db.selectFrom('providers').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('plan.providerNotFound', { id });
  return row;
}

export async function listProviders(db: Kysely<Database>): Promise<Provider[]> {
  const p = pdb(db);
  const rows = await p.selectFrom('providers').selectAll().execute();
  const counts = await p
    .selectFrom('activities')
    .select(['provider_id', sql<number>`count(*)`.as('n')])
    .where('provider_id', 'is not', null)
    .groupBy('provider_id')
    .execute();
  const byId = new Map(counts.map((c) => [c.provider_id, Number(c.n)]));
  return rows
    .sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id))
    .map((r) => toProvider(r, byId.get(r.id) ?? 0));
}

export async function createProvider(
  db: Kysely<Database>,
  input: ParsedInputOf<'providers.create'>,
  deps: ServiceDeps = systemClock,
): Promise<Provider> {
  const iso = deps.now().toISOString();
  const row: ProvidersTable = {
    id: uuidv7(),
    name: input.name,
    kind: input.kind,
    municipality_code: input.municipalityCode ?? null,
    contact: input.contact ?? null,
    topics: JSON.stringify(input.topics ?? []),
    created_at: iso,
    updated_at: iso,
    revision: 1,
  };
  await pdb(db).insertInto('providers').values(row).execute();
  return toProvider(row, 0);
}

export async function updateProvider(
  db: Kysely<Database>,
  input: ParsedInputOf<'providers.update'>,
  deps: ServiceDeps = systemClock,
): Promise<Provider> {
  return inPlanTx(db, async (trx) => {
    const current = await loadProvider(trx, input.id);
    const { patch } = input;
    const columns = {
      name: patch.name ?? current.name,
      kind: patch.kind ?? current.kind,
      municipality_code: patch.municipalityCode !== undefined ? patch.municipalityCode : current.municipality_code,
      contact: patch.contact !== undefined ? patch.contact : current.contact,
      topics: patch.topics !== undefined ? JSON.stringify(patch.topics) : current.topics,
    };
    const changed = (Object.keys(columns) as (keyof typeof columns)[]).some((k) => columns[k] !== current[k]);
    const next = changed ? { ...current, ...columns, updated_at: deps.now().toISOString(), revision: current.revision + 1 } : current;
    if (changed) await trx.updateTable('providers').set(next).where('id', '=', input.id).execute();
    return toProvider(next, await usage(trx, input.id));
  });
}

/** A provider that activities name cannot be deleted: the plans would silently lose who delivers what. */
export async function deleteProvider(
  db: Kysely<Database>,
  input: ParsedInputOf<'providers.delete'>,
  deps: ServiceDeps = systemClock,
): Promise<{ deleted: true }> {
  return inPlanTx(db, async (trx) => {
    const current = await loadProvider(trx, input.id);
    const count = await usage(trx, input.id);
    if (count > 0) throw new AppError('plan.providerInUse', { count });
    await trx.deleteFrom('providers').where('id', '=', input.id).execute();
    await writeTombstones(trx, [{ entity: 'provider', entity_id: current.id, deleted_at: deps.now().toISOString(), revision: current.revision + 1 }]);
    return { deleted: true as const };
  });
}
