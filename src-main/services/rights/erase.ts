import { sql } from 'kysely';
import type { Kysely, RawBuilder } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { ERASED_MARK } from '@shared/domain/consent';
import { TABLES } from '../../store/schema';
import type { Database, PersonRow, TableName } from '../../store/schema';

/**
 * What an erasure leaves untouched: the register's bookkeeping (no personal text), the log of rights themselves, and
 * the reports already submitted to the funder (their aggregates stay as they were sent; issue 15).
 */
const KEPT_TABLES: ReadonlySet<string> = new Set([
  'settings',
  'tombstones',
  'exchange_base',
  'import_log',
  'office_identity',
  'offices',
  'exchange_marks',
  'exchange_sent',
  'exchange_received',
  'rights_log',
  'review_flags',
  'submitted_reports',
]);

/** Records without a revision of their own travel inside a parent: a change to them moves the parent's revision on. */
const PARENT: Readonly<Record<string, { table: TableName; column: string }>> = {
  round_answers: { table: 'rounds', column: 'round_id' },
  round_area_targets: { table: 'rounds', column: 'round_id' },
  round_people: { table: 'rounds', column: 'round_id' },
  round_person_competences: { table: 'rounds', column: 'round_id' },
  activity_sessions: { table: 'activities', column: 'activity_id' },
};

/** The company fields that name the company's contact: gone together when the contact is the erased person. */
const CONTACT_COLUMNS = ['contact_name', 'contact_phone', 'contact_email'] as const;

export interface EraseCounts {
  /** Fields cleared or rewritten (the company's contact, "consent given by", notes…). */
  fields: number;
  /** Notes that named the person: the name was taken out and the note flagged for the advisor to read again. */
  flagged: number;
}

const same = (a: string | null, b: string) => a !== null && a.trim().toLocaleLowerCase('sv') === b.trim().toLocaleLowerCase('sv');

/**
 * A term as a whole word, whatever its case: "Anna Berg" is not found in "Anna Bergström", nor "Person 1" in
 * "Person 12" (a namesake's prefix is not the person).
 */
function wordPattern(term: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'giu');
}

/** Every whole-word occurrence of a term in a text, whatever its case, replaced by the erased mark. */
export function redact(text: string, terms: readonly string[]): string {
  return terms.reduce((out, term) => out.replace(wordPattern(term), ERASED_MARK), text);
}

async function clearCompanyContact(trx: Kysely<Database>, person: PersonRow, now: string): Promise<{ terms: string[]; fields: number }> {
  const company = await trx.selectFrom('companies').selectAll().where('id', '=', person.company_id).executeTakeFirst();
  if (!company) return { terms: [], fields: 0 };
  const patch: Partial<Database['companies']> = {};
  const terms: string[] = [];
  if (same(company.contact_name, person.name)) {
    for (const c of CONTACT_COLUMNS) {
      const value = company[c];
      if (value === null) continue;
      patch[c] = null;
      if (c !== 'contact_name' && value.trim().length >= 3) terms.push(value.trim());
    }
  }
  // An enrolled company keeps the fact of its consent (who gave it is gone): the mark, not an empty field.
  if (same(company.consent_by, person.name)) patch.consent_by = ERASED_MARK;
  const fields = Object.keys(patch).length;
  if (fields > 0) {
    await trx
      .updateTable('companies')
      .set({ ...patch, revision: company.revision + 1, updated_at: now })
      .where('id', '=', company.id)
      .execute();
  }
  return { terms, fields };
}

async function bump(trx: Kysely<Database>, table: string, id: string, now: string): Promise<void> {
  await sql`UPDATE ${sql.table(table)} SET revision = revision + 1, updated_at = ${now} WHERE id = ${id}`.execute(trx);
}

/** The id of the record a changed row travels in (its own, or its parent's), and bumps that record's revision. */
async function travel(trx: Kysely<Database>, table: string, row: Record<string, unknown>, now: string): Promise<string | null> {
  const columns = TABLES[table as TableName] as Record<string, unknown>;
  if ('revision' in columns && typeof row['id'] === 'string') {
    await bump(trx, table, row['id'], now);
    return row['id'];
  }
  const parent = PARENT[table];
  const parentId = parent ? row[parent.column] : null;
  if (!parent || typeof parentId !== 'string') return typeof row['id'] === 'string' ? row['id'] : null;
  await bump(trx, parent.table, parentId, now);
  return parentId;
}

/** Columns that identify a record rather than mention someone: never rewritten (a namesake elsewhere keeps their name). */
const IDENTITY_COLUMNS: ReadonlySet<string> = new Set(['people.name', 'companies.name', 'companies.sort_name']);

function textColumnsOf(table: string): string[] {
  return Object.entries(TABLES[table as TableName] as Record<string, { affinity: string }>)
    .filter(([name, c]) => c.affinity === 'text' && name !== 'id' && !name.endsWith('_id') && !name.endsWith('_at'))
    .filter(([name]) => !IDENTITY_COLUMNS.has(`${table}.${name}`))
    .map(([name]) => name);
}

async function flag(trx: Kysely<Database>, table: string, entityId: string, companyId: string | null, field: string, now: string) {
  await trx
    .insertInto('review_flags')
    .values({ id: uuidv7(), entity: table, entity_id: entityId, company_id: companyId, field, flagged_at: now, reviewed_at: null })
    .execute();
}

const contains = (value: unknown, terms: readonly string[]) => typeof value === 'string' && terms.some((t) => wordPattern(t).test(value));

/**
 * The rows of `table` that belong to the company, by whichever link the table has (its own company, or its plan, round
 * or activity); null for a table outside any company (providers…), where a namesake is no one of theirs.
 */
function companyScope(table: string, companyId: string): RawBuilder<boolean> | null {
  const columns = TABLES[table as TableName] as Record<string, unknown>;
  if (table === 'companies') return sql<boolean>`id = ${companyId}`;
  if ('company_id' in columns) return sql<boolean>`company_id = ${companyId}`;
  if ('plan_id' in columns) return sql<boolean>`plan_id IN (SELECT id FROM plans WHERE company_id = ${companyId})`;
  if ('round_id' in columns) return sql<boolean>`round_id IN (SELECT id FROM rounds WHERE company_id = ${companyId})`;
  if ('activity_id' in columns) {
    return sql<boolean>`activity_id IN (SELECT a.id FROM activities a JOIN plans p ON p.id = a.plan_id WHERE p.company_id = ${companyId})`;
  }
  return null;
}

/**
 * Rewrites every text field of the person's company's records (in every table but the kept ones, and but their own
 * row) that holds one of `terms`, whatever the case, and flags each for review. One query per table finds its rows
 * (SQLite's `instr` on lower-cased text); the exact whole-word check here then decides per field.
 */
async function redactEverywhere(trx: Kysely<Database>, terms: readonly string[], person: PersonRow, now: string): Promise<number> {
  let flagged = 0;
  for (const table of Object.keys(TABLES)) {
    const columns = KEPT_TABLES.has(table) ? [] : textColumnsOf(table);
    const scope = companyScope(table, person.company_id);
    if (columns.length === 0 || scope === null) continue;
    const hits = columns.flatMap((c) => terms.map((t) => sql`instr(lower(${sql.ref(c)}), lower(${t})) > 0`));
    const rows = await sql<Record<string, unknown>>`
      SELECT rowid AS _rowid, * FROM ${sql.table(table)} WHERE ${scope} AND (${sql.join(hits, sql` OR `)})`.execute(trx);
    for (const row of rows.rows) {
      if (table === 'people' && row['id'] === person.id) continue;
      const changed = columns.filter((c) => contains(row[c], terms));
      if (changed.length === 0) continue;
      for (const c of changed) {
        const next = redact(String(row[c]), terms);
        await sql`UPDATE ${sql.table(table)} SET ${sql.ref(c)} = ${next} WHERE rowid = ${row['_rowid']}`.execute(trx);
      }
      const entityId = (await travel(trx, table, row, now)) ?? '';
      const company = typeof row['company_id'] === 'string' ? row['company_id'] : person.company_id;
      for (const c of changed) await flag(trx, table, entityId, company, c, now);
      flagged += changed.length;
    }
  }
  return flagged;
}

/**
 * Everything that names a person outside their own record, cleared before the record itself goes (people.delete):
 * the company's contact person with their phone and e-mail when it is them, "consent given by" (kept as the erased
 * mark, so an enrolled company still shows that consent was given), who recorded a consent event, and every note or
 * text that holds their name (or that phone or e-mail), rewritten and flagged for the advisor. Each record changed
 * moves its revision on, so the erasure travels with the next exchange like the deletion itself.
 */
export async function eraseTraces(trx: Kysely<Database>, person: PersonRow, now: string): Promise<EraseCounts> {
  const contact = await clearCompanyContact(trx, person, now);
  await trx
    .updateTable('consent_events')
    .set({ by: ERASED_MARK })
    .where('company_id', '=', person.company_id)
    .where(sql<boolean>`lower(trim(by)) = lower(trim(${person.name}))`)
    .execute();
  const terms = [person.name.trim(), ...contact.terms].filter((t) => t.length > 0);
  const flagged = await redactEverywhere(trx, terms, person, now);
  return { fields: contact.fields + flagged, flagged };
}
