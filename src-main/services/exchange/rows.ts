import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { sortKey } from '../companies';
import { fieldColumns, omitColumns, toRow } from '../../store/columns';
import type { ColumnMap as StoreColumns, FieldColumns, Row } from '../../store/columns';
import { TABLES } from '../../store/schema';
import type { Database } from '../../store/schema';
import type { ExchangeEntity } from '@shared/api/exchange';

export type { Row };

/** camelCase field of a file record -> snake_case column; booleans are 0/1, id lists JSON text in the store. */
export type ColumnMap = FieldColumns;

/**
 * What travels is derived from the store's schema: every column of a travelling table, as its camelCase field, but
 * the company's sort key (rebuilt from the name on arrival) and a round child's round (it travels inside its round).
 * The file's zod schemas (format.ts) must list the same fields: tests/unit/exchange-fields.test.ts holds them together.
 */
const COMPANY_COLUMNS = fieldColumns(omitColumns(TABLES.companies, ['sort_name']));
const PERSON_COLUMNS = fieldColumns(TABLES.people);
const ROUND_COLUMNS = fieldColumns(TABLES.rounds);
const CUSTOM_COMPETENCE_COLUMNS = fieldColumns(TABLES.custom_competences);
const PLAN_COLUMNS = fieldColumns(TABLES.plans);
/** Migration 0070 (reports) adds the accessibility column; carried when the store has it. */
const ACTIVITY_COLUMNS = fieldColumns(omitColumns(TABLES.activities, ['accessibility_adaptations']));
const ACCESSIBILITY = fieldColumns(TABLES.activities).filter(([, column]) => column === 'accessibility_adaptations');
const PROVIDER_COLUMNS = fieldColumns(TABLES.providers);
const CONTACT_COLUMNS = fieldColumns(TABLES.contacts);
const AID_COLUMNS = fieldColumns(TABLES.declared_aid);

/** Every entity's fields in a file written by a current store. */
export const FILE_COLUMNS: Readonly<Record<ExchangeEntity, ColumnMap>> = {
  company: COMPANY_COLUMNS,
  person: PERSON_COLUMNS,
  provider: PROVIDER_COLUMNS,
  custom_competence: CUSTOM_COMPETENCE_COLUMNS,
  round: ROUND_COLUMNS,
  plan: PLAN_COLUMNS,
  activity: [...ACTIVITY_COLUMNS, ...ACCESSIBILITY],
  contact: CONTACT_COLUMNS,
  aid: AID_COLUMNS,
};

const inRound = (columns: StoreColumns & { round_id: unknown }): ColumnMap => fieldColumns(omitColumns(columns, ['round_id']));

/** The children of a round, each a table keyed by round and the listed key columns. */
export const ROUND_CHILDREN = {
  answers: { table: 'round_answers', key: ['question_id'], columns: inRound(TABLES.round_answers) },
  areaTargets: { table: 'round_area_targets', key: ['area_id'], columns: inRound(TABLES.round_area_targets) },
  goals: { table: 'goals', key: ['id'], columns: inRound(TABLES.goals) },
  strategies: { table: 'strategies', key: ['id'], columns: inRound(TABLES.strategies) },
  people: { table: 'round_people', key: ['person_id'], columns: inRound(TABLES.round_people) },
  ratings: { table: 'round_person_competences', key: ['person_id', 'competence_id'], columns: inRound(TABLES.round_person_competences) },
} as const;
export type RoundChildKey = keyof typeof ROUND_CHILDREN;
export const ROUND_CHILD_KEYS = Object.keys(ROUND_CHILDREN) as RoundChildKey[];

/** The tables whose rows travel on their own. */
export type EntityTable =
  'companies' | 'people' | 'providers' | 'custom_competences' | 'rounds' | 'plans' | 'activities' | 'contacts' | 'declared_aid';
/** The tables whose rows travel inside their round. */
export type RoundChildTable = (typeof ROUND_CHILDREN)[RoundChildKey]['table'];

export interface EntityDef {
  entity: ExchangeEntity;
  table: EntityTable;
  columns: ColumnMap;
  /** The file's array. */
  fileKey: 'companies' | 'people' | 'rounds' | 'customCompetences' | 'plans' | 'activities' | 'providers' | 'contacts' | 'aid';
  /** Where the counts go. */
  countKey: 'companies' | 'people' | 'rounds' | 'customCompetences' | 'plans' | 'activities' | 'providers' | 'contacts' | 'aid';
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
    contact: { entity: 'contact', table: 'contacts', columns: CONTACT_COLUMNS, fileKey: 'contacts', countKey: 'contacts' },
    aid: { entity: 'aid', table: 'declared_aid', columns: AID_COLUMNS, fileKey: 'aid', countKey: 'aid' },
  };
  const order: ExchangeEntity[] = ['company', 'person', 'provider', 'custom_competence', 'round', 'plan', 'activity', 'contact', 'aid'];
  return { defs, order, hasAccessibility };
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
      CONTACT_COLUMNS,
      AID_COLUMNS,
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
