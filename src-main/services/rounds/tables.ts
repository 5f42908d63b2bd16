import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema';

/** The Kysely view of migration 0050; kept here until the lead merges it into store/schema.ts. */
export interface RoundsTable {
  id: string;
  company_id: string;
  kind: string;
  date: string;
  advisor: string;
  based_on_round_id: string | null;
  framework_id: string;
  framework_version: number;
  catalogue_version: number;
  vision: string | null;
  last_step: string | null;
  completed_at: string | null;
  completed_by: string | null;
  custom_snapshot: string | null;
  created_at: string;
  updated_at: string;
  revision: number;
}

export interface RoundAnswersTable {
  round_id: string;
  question_id: string;
  level: number | null;
  note: string | null;
  updated_at: string;
}

export interface RoundAreaTargetsTable {
  round_id: string;
  area_id: string;
  target_level: number;
  updated_at: string;
}

export interface GoalsTable {
  id: string;
  round_id: string;
  kind: string;
  label: string | null;
  current_value: number | null;
  target_value: number | null;
  target_year: number | null;
  area_ids: string;
  created_at: string;
  updated_at: string;
  revision: number;
}

export interface StrategiesTable {
  id: string;
  round_id: string;
  text: string;
  area_ids: string;
  created_at: string;
  updated_at: string;
  revision: number;
}

export interface CustomCompetencesTable {
  id: string;
  company_id: string;
  name_sv: string;
  name_en: string;
  description_sv: string | null;
  description_en: string | null;
  levels: string | null;
  created_at: string;
  updated_at: string;
  revision: number;
}

export interface RoundPeopleTable {
  round_id: string;
  person_id: string;
  role: string;
  updated_at: string;
}

export interface RoundPersonCompetencesTable {
  round_id: string;
  person_id: string;
  competence_id: string;
  position: number;
  required_level: number | null;
  self_level: number | null;
  advisor_level: number | null;
  note: string | null;
  updated_at: string;
}

export interface AssessmentTables {
  rounds: RoundsTable;
  round_answers: RoundAnswersTable;
  round_area_targets: RoundAreaTargetsTable;
  goals: GoalsTable;
  strategies: StrategiesTable;
  custom_competences: CustomCompetencesTable;
  round_people: RoundPeopleTable;
  round_person_competences: RoundPersonCompetencesTable;
}

export type AssessmentDb = Kysely<Database & AssessmentTables>;

/** The store with the assessment tables typed (a no-op at run time). */
export function adb(db: Kysely<Database>): AssessmentDb {
  return db as unknown as AssessmentDb;
}

/** Like inTransaction, for the assessment view of the store. */
export async function inTx<T>(db: Kysely<Database>, fn: (trx: AssessmentDb) => Promise<T>): Promise<T> {
  const a = adb(db);
  return a.isTransaction ? fn(a) : a.transaction().execute((trx) => fn(trx as unknown as AssessmentDb));
}
