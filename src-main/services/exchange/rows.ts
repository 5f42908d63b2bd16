import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { sortKey } from '../companies';
import type { Database } from '../../store/schema';
import type { ExchangeEntity } from '@shared/api/exchange';

/** The Kysely view of migration 0040; kept here until the lead merges it into store/schema.ts. */
export interface ImportLogTable {
  id: string;
  imported_at: string;
  advisor: string | null;
  office: string | null;
  source_office: string | null;
  source_advisor: string | null;
  exported_at: string;
  file_sha256: string;
  counts: string;
}

export interface ExchangeBaseTable {
  entity: string;
  entity_id: string;
  revision: number;
}

export type ExchangeDb = Kysely<Database & { import_log: ImportLogTable; exchange_base: ExchangeBaseTable }>;

export function exchangeDb(db: Kysely<Database>): ExchangeDb {
  return db.withTables<{ import_log: ImportLogTable; exchange_base: ExchangeBaseTable }>();
}

/** Rows are handled generically here: every table's columns are listed below. */
export type Row = Record<string, unknown>;

/** The store without table typing, for the tables whose Kysely view belongs to other services. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- generic row copying over many tables
export type AnyDb = Kysely<any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const anyDb = (db: Kysely<Database>): AnyDb => db as unknown as Kysely<any>;

/** camelCase field of a file record -> snake_case column; booleans are 0/1, id lists JSON text in the store. */
export type ColumnMap = ReadonlyArray<readonly [string, string, ('bool' | 'json')?]>;

const TRAVELLING: ColumnMap = [
  ['id', 'id'],
  ['revision', 'revision'],
  ['createdAt', 'created_at'],
  ['updatedAt', 'updated_at'],
];

const COMPANY_COLUMNS: ColumnMap = [
  ...TRAVELLING,
  ['name', 'name'],
  ['orgNumber', 'org_number'],
  ['municipalityCode', 'municipality_code'],
  ['municipalityOther', 'municipality_other'],
  ['sniCode', 'sni_code'],
  ['sniVersion', 'sni_version'],
  ['employees', 'employees'],
  ['yearFounded', 'year_founded'],
  ['contactName', 'contact_name'],
  ['contactPhone', 'contact_phone'],
  ['contactEmail', 'contact_email'],
  ['advisor', 'advisor'],
  ['office', 'office'],
  ['growthAmbition', 'growth_ambition', 'bool'],
  ['growthAmbitionDate', 'growth_ambition_date'],
  ['consentBy', 'consent_by'],
  ['consentAt', 'consent_at'],
  ['consentScope', 'consent_scope'],
  ['status', 'status'],
  ['archivedAt', 'archived_at'],
];

const PERSON_COLUMNS: ColumnMap = [
  ...TRAVELLING,
  ['companyId', 'company_id'],
  ['name', 'name'],
  ['role', 'role'],
  ['jobTitle', 'job_title'],
  ['startDate', 'start_date'],
  ['followupConsent', 'followup_consent', 'bool'],
  ['followupConsentAt', 'followup_consent_at'],
  ['gender', 'gender'],
  ['birthYear', 'birth_year'],
  ['foreignBackground', 'foreign_background'],
  ['thirdCountryNational', 'third_country_national'],
  ['disability', 'disability'],
  ['accessibilityNeeds', 'accessibility_needs'],
  ['educationLevel', 'education_level'],
  ['employmentStatus', 'employment_status'],
];

const ROUND_COLUMNS: ColumnMap = [
  ...TRAVELLING,
  ['companyId', 'company_id'],
  ['kind', 'kind'],
  ['date', 'date'],
  ['advisor', 'advisor'],
  ['basedOnRoundId', 'based_on_round_id'],
  ['frameworkId', 'framework_id'],
  ['frameworkVersion', 'framework_version'],
  ['catalogueVersion', 'catalogue_version'],
  ['vision', 'vision'],
  ['lastStep', 'last_step'],
  ['completedAt', 'completed_at'],
  ['completedBy', 'completed_by'],
  ['customSnapshot', 'custom_snapshot'],
];

const CUSTOM_COMPETENCE_COLUMNS: ColumnMap = [
  ...TRAVELLING,
  ['companyId', 'company_id'],
  ['nameSv', 'name_sv'],
  ['nameEn', 'name_en'],
  ['descriptionSv', 'description_sv'],
  ['descriptionEn', 'description_en'],
  ['levels', 'levels'],
];

const PLAN_COLUMNS: ColumnMap = [...TRAVELLING, ['companyId', 'company_id'], ['nextFollowUp', 'next_follow_up'], ['note', 'note']];

const ACTIVITY_COLUMNS: ColumnMap = [
  ...TRAVELLING,
  ['planId', 'plan_id'],
  ['title', 'title'],
  ['typeId', 'type_id'],
  ['level', 'level'],
  ['competenceIds', 'competence_ids', 'json'],
  ['personIds', 'person_ids', 'json'],
  ['providerId', 'provider_id'],
  ['plannedStart', 'planned_start'],
  ['plannedEnd', 'planned_end'],
  ['hours', 'hours'],
  ['costSek', 'cost_sek'],
  ['fundingSource', 'funding_source'],
  ['responsible', 'responsible'],
  ['status', 'status'],
  ['outcomeRating', 'outcome_rating'],
  ['outcomeComment', 'outcome_comment'],
  ['internalNote', 'internal_note'],
];
/** Migration 0070 (reports) adds this column; carried when the store has it. */
const ACCESSIBILITY: ColumnMap = [['accessibilityAdaptations', 'accessibility_adaptations']];

const PROVIDER_COLUMNS: ColumnMap = [
  ...TRAVELLING,
  ['name', 'name'],
  ['kind', 'kind'],
  ['municipalityCode', 'municipality_code'],
  ['contact', 'contact'],
  ['topics', 'topics', 'json'],
];

/** The children of a round, each a table keyed by round and the listed key columns. */
export const ROUND_CHILDREN = {
  answers: {
    table: 'round_answers',
    key: ['question_id'],
    columns: [
      ['questionId', 'question_id'],
      ['level', 'level'],
      ['note', 'note'],
      ['updatedAt', 'updated_at'],
    ] as ColumnMap,
  },
  areaTargets: {
    table: 'round_area_targets',
    key: ['area_id'],
    columns: [
      ['areaId', 'area_id'],
      ['targetLevel', 'target_level'],
      ['updatedAt', 'updated_at'],
    ] as ColumnMap,
  },
  goals: {
    table: 'goals',
    key: ['id'],
    columns: [
      ...TRAVELLING,
      ['kind', 'kind'],
      ['label', 'label'],
      ['currentValue', 'current_value'],
      ['targetValue', 'target_value'],
      ['targetYear', 'target_year'],
      ['areaIds', 'area_ids', 'json'],
    ] as ColumnMap,
  },
  strategies: {
    table: 'strategies',
    key: ['id'],
    columns: [...TRAVELLING, ['text', 'text'], ['areaIds', 'area_ids', 'json']] as ColumnMap,
  },
  people: {
    table: 'round_people',
    key: ['person_id'],
    columns: [
      ['personId', 'person_id'],
      ['role', 'role'],
      ['updatedAt', 'updated_at'],
    ] as ColumnMap,
  },
  ratings: {
    table: 'round_person_competences',
    key: ['person_id', 'competence_id'],
    columns: [
      ['personId', 'person_id'],
      ['competenceId', 'competence_id'],
      ['position', 'position'],
      ['requiredLevel', 'required_level'],
      ['selfLevel', 'self_level'],
      ['advisorLevel', 'advisor_level'],
      ['note', 'note'],
      ['updatedAt', 'updated_at'],
    ] as ColumnMap,
  },
} as const;
export type RoundChildKey = keyof typeof ROUND_CHILDREN;
export const ROUND_CHILD_KEYS = Object.keys(ROUND_CHILDREN) as RoundChildKey[];

export interface EntityDef {
  entity: ExchangeEntity;
  table: string;
  columns: ColumnMap;
  /** The file's array. */
  fileKey: 'companies' | 'people' | 'rounds' | 'customCompetences' | 'plans' | 'activities' | 'providers';
  /** Where the counts go. */
  countKey: 'companies' | 'people' | 'rounds' | 'customCompetences' | 'plans' | 'activities' | 'providers';
  /** Fields that may differ without a revision bump (not exchange data): never a reason to update or conflict. */
  ignored?: readonly string[];
}

export interface Schema {
  defs: Record<ExchangeEntity, EntityDef>;
  /** In write order: parents before children. */
  order: ExchangeEntity[];
  hasAccessibility: boolean;
}

/** The entities as this store has them (the activities' accessibility column exists from migration 0070 on). */
export async function storeSchema(db: Kysely<Database>): Promise<Schema> {
  const info = await sql<{ name: string }>`PRAGMA table_info(activities)`.execute(db);
  const hasAccessibility = info.rows.some((r) => r.name === 'accessibility_adaptations');
  const defs: Record<ExchangeEntity, EntityDef> = {
    company: { entity: 'company', table: 'companies', columns: COMPANY_COLUMNS, fileKey: 'companies', countKey: 'companies' },
    person: { entity: 'person', table: 'people', columns: PERSON_COLUMNS, fileKey: 'people', countKey: 'people' },
    provider: { entity: 'provider', table: 'providers', columns: PROVIDER_COLUMNS, fileKey: 'providers', countKey: 'providers' },
    custom_competence: {
      entity: 'custom_competence',
      table: 'custom_competences',
      columns: CUSTOM_COMPETENCE_COLUMNS,
      fileKey: 'customCompetences',
      countKey: 'customCompetences',
    },
    round: { entity: 'round', table: 'rounds', columns: ROUND_COLUMNS, fileKey: 'rounds', countKey: 'rounds', ignored: ['last_step'] },
    plan: { entity: 'plan', table: 'plans', columns: PLAN_COLUMNS, fileKey: 'plans', countKey: 'plans' },
    activity: {
      entity: 'activity',
      table: 'activities',
      columns: hasAccessibility ? [...ACTIVITY_COLUMNS, ...ACCESSIBILITY] : ACTIVITY_COLUMNS,
      fileKey: 'activities',
      countKey: 'activities',
    },
  };
  return { defs, order: ['company', 'person', 'provider', 'custom_competence', 'round', 'plan', 'activity'], hasAccessibility };
}

export function toRecord(map: ColumnMap, row: Row): Row {
  const out: Row = {};
  for (const [field, column, kind] of map) {
    const v = row[column];
    out[field] = v === null || v === undefined ? (v ?? null) : kind === 'bool' ? v === 1 : kind === 'json' ? JSON.parse(v as string) : v;
  }
  return out;
}

export function toRow(map: ColumnMap, record: Row): Row {
  const out: Row = {};
  for (const [field, column, kind] of map) {
    const v = record[field];
    out[column] = v === null || v === undefined ? null : kind === 'bool' ? (v ? 1 : 0) : kind === 'json' ? JSON.stringify(v) : v;
  }
  return out;
}

/** A file record as the row the store would hold. */
export function recordToRow(def: EntityDef, record: Row): Row {
  const row = toRow(def.columns, record);
  if (def.entity === 'company') row['sort_name'] = sortKey(record['name'] as string);
  return row;
}

const BOOKKEEPING = new Set(['id', 'revision', 'createdAt', 'updatedAt']);

/** Names of the fields that differ between two rows (travelling bookkeeping and ignored columns aside). */
export function differingFields(def: EntityDef, a: Row, b: Row): string[] {
  return def.columns
    .filter(([field, column]) => !BOOKKEEPING.has(field) && !def.ignored?.includes(column))
    .filter(([, column]) => a[column] !== b[column])
    .map(([field]) => field);
}

/** Every field name `differingFields` can report, over every entity and store version. */
export const DIFFERING_FIELD_NAMES: readonly string[] = [
  ...new Set(
    [
      COMPANY_COLUMNS,
      PERSON_COLUMNS,
      ROUND_COLUMNS,
      CUSTOM_COMPETENCE_COLUMNS,
      PLAN_COLUMNS,
      ACTIVITY_COLUMNS,
      ACCESSIBILITY,
      PROVIDER_COLUMNS,
    ]
      .flatMap((map) => map.map(([field]) => field))
      .filter((field) => !BOOKKEEPING.has(field)),
  ),
];

/** Same content and same bookkeeping: nothing to do. */
export function sameRow(def: EntityDef, a: Row, b: Row): boolean {
  return def.columns.every(([, column]) => def.ignored?.includes(column) || a[column] === b[column]);
}

/** A round's children, as rows of their tables (round_id included), from a file record. */
export function roundChildRows(record: Row): Record<RoundChildKey, Row[]> {
  const out = {} as Record<RoundChildKey, Row[]>;
  for (const key of ROUND_CHILD_KEYS) {
    const child = ROUND_CHILDREN[key];
    out[key] = ((record[key] as Row[] | undefined) ?? []).map((c) => ({ round_id: record['id'], ...toRow(child.columns, c) }));
  }
  return out;
}

/** One text per child set, order-independent: two rounds hold the same children exactly when these are equal. */
export function childSignature(key: RoundChildKey, rows: Row[]): string {
  const child = ROUND_CHILDREN[key];
  return rows
    .map((r) => JSON.stringify(child.columns.map(([, c]) => r[c] ?? null)))
    .sort()
    .join('\n');
}

export function sortChildren(key: RoundChildKey, rows: Row[]): Row[] {
  const child = ROUND_CHILDREN[key];
  const k = (r: Row) => child.key.map((c) => String(r[c])).join('\u0000');
  return [...rows].sort((a, b) => (k(a) < k(b) ? -1 : k(a) > k(b) ? 1 : 0));
}
