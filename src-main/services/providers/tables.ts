import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema';

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
