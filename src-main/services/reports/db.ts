import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema';
import type { AssessmentTables } from '../rounds/tables';
import type { ActivitiesTable, PlanTables } from '../providers';

export interface StatusEventsTable {
  id: string;
  company_id: string;
  status: string;
  at: string;
}

export interface ReportTables {
  company_status_events: StatusEventsTable;
  activities: ActivitiesTable & { accessibility_adaptations: string | null };
}

export type ReportDb = Kysely<Database & AssessmentTables & PlanTables & ReportTables>;

export function rdb(db: Kysely<Database>): ReportDb {
  return db as unknown as ReportDb;
}
