/**
 * The Kysely view of the store. Column names are snake_case; booleans are stored as 0/1.
 * `sort_name` is derived from `name` on every write (see services/companies.ts) so that the list can sort
 * and search Swedish names without a custom collation.
 */
export interface CompaniesTable {
  id: string;
  name: string;
  sort_name: string;
  org_number: string;
  municipality_code: string | null;
  municipality_other: string | null;
  sni_code: string | null;
  sni_version: string;
  employees: number | null;
  year_founded: number | null;
  contact_name: string | null;
  contact_phone: string | null;
  contact_email: string | null;
  advisor: string | null;
  office: string | null;
  growth_ambition: number | null;
  growth_ambition_date: string | null;
  consent_by: string | null;
  consent_at: string | null;
  consent_scope: string | null;
  status: string;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
  revision: number;
}

export interface PeopleTable {
  id: string;
  company_id: string;
  name: string;
  role: string;
  job_title: string | null;
  start_date: string | null;
  followup_consent: number;
  followup_consent_at: string | null;
  gender: string | null;
  birth_year: number | null;
  foreign_background: string | null;
  third_country_national: string | null;
  disability: string | null;
  accessibility_needs: string | null;
  education_level: string | null;
  employment_status: string | null;
  created_at: string;
  updated_at: string;
  revision: number;
}

export interface SettingsTable {
  key: string;
  value: string | null;
  updated_at: string;
}

export interface TombstonesTable {
  entity: string;
  entity_id: string;
  deleted_at: string;
  revision: number;
}

export interface Database {
  companies: CompaniesTable;
  people: PeopleTable;
  settings: SettingsTable;
  tombstones: TombstonesTable;
}

export type CompanyRow = CompaniesTable;
export type PersonRow = PeopleTable;
