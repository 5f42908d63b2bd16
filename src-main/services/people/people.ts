import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { ParsedInputOf } from '@shared/api';
import { AppError } from '@shared/api/errors';
import type { Person } from '@shared/api/people';
import { roleRank } from '@shared/domain/person';
import type { AgeBand, EducationLevel, EmploymentStatus, Gender, PersonRole, YesNoUnstated } from '@shared/domain/person';
import { nullRecord, omitColumns, recordCodec } from '../../store/columns';
import type { SameKeys } from '../../store/columns';
import { TABLES } from '../../store/schema';
import type { Database, PersonRow } from '../../store/schema';
import { inTransaction, systemClock } from '../../store/transaction';
import type { ServiceDeps } from '../../store/transaction';
import { writeTombstones } from '../../store/tombstones';
import { applyConsentRules, applyParticipationRules, personnummerRule } from '../rules';
import { maskPersonnummer } from '@shared/domain/personnummer';
import type { PersonFields } from '../rules';
import { eraseFromContacts } from '../contacts/contacts';
import { recordPersonConsents } from '../consent/hooks';
import { eraseTraces } from '../rights/erase';
import { logRights } from '../rights/log';
import { definedEntries, revised } from '../../store/revisions';

export type { PersonFields };

/** The columns behind the contract's editable fields: all but the id, the company and the bookkeeping. */
const FIELD_COLUMNS = omitColumns(TABLES.people, ['id', 'company_id', 'created_at', 'updated_at', 'revision']);
const FIELDS = recordCodec(FIELD_COLUMNS);

/** A new person's fields: null where the column may be, and a default for each NOT NULL one but the name and role. */
const DEFAULTS: Omit<PersonFields, 'name' | 'role'> = {
  ...nullRecord(FIELD_COLUMNS),
  followupConsent: false,
  ratingsShared: false,
  passportConsent: false,
};

function fieldsOf(row: PersonRow): SameKeys<PersonFields, ReturnType<typeof FIELDS.decode>> {
  const f = FIELDS.decode(row);
  // Stored as text; every write checks them against the contract's enums.
  return {
    ...f,
    role: f.role as PersonRole,
    gender: f.gender as Gender | null,
    foreignBackground: f.foreignBackground as YesNoUnstated | null,
    thirdCountryNational: f.thirdCountryNational as YesNoUnstated | null,
    disability: f.disability as YesNoUnstated | null,
    educationLevel: f.educationLevel as EducationLevel | null,
    employmentStatus: f.employmentStatus as EmploymentStatus | null,
    entryAgeBand: f.entryAgeBand as AgeBand | null,
    entryEmploymentStatus: f.entryEmploymentStatus as EmploymentStatus | null,
    entryEducationLevel: f.entryEducationLevel as EducationLevel | null,
  };
}

function columnsOf(f: PersonFields): Omit<PersonRow, 'id' | 'company_id' | 'created_at' | 'updated_at' | 'revision'> {
  return FIELDS.encode(f);
}

export function toPerson(row: PersonRow): Person {
  // The full personnummer leaves main only in the participant list (reports/participants.ts): the screen gets a mask.
  const { personnummer, ...fields } = fieldsOf(row);
  return {
    id: row.id,
    companyId: row.company_id,
    ...fields,
    personnummerMasked: personnummer === null ? null : maskPersonnummer(personnummer),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: row.revision,
  };
}

const collator = new Intl.Collator('sv');

async function assertCompany(db: Kysely<Database>, companyId: string): Promise<void> {
  const c = await db.selectFrom('companies').select('id').where('id', '=', companyId).executeTakeFirst();
  if (!c) throw new AppError('company.notFound', { id: companyId });
}

async function loadRow(db: Kysely<Database>, id: string): Promise<PersonRow> {
  const row = await db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('person.notFound', { id });
  return row;
}

/** Owners first, then managers, employees and prospective employees; by name within each role. */
export async function listPeople(db: Kysely<Database>, input: ParsedInputOf<'people.list'>): Promise<Person[]> {
  await assertCompany(db, input.companyId);
  const rows = await db.selectFrom('people').selectAll().where('company_id', '=', input.companyId).execute();
  return rows
    .sort((a, b) => roleRank(a.role) - roleRank(b.role) || collator.compare(a.name, b.name) || a.id.localeCompare(b.id))
    .map(toPerson);
}

export async function createPerson(
  db: Kysely<Database>,
  input: ParsedInputOf<'people.create'>,
  deps: ServiceDeps = systemClock,
): Promise<Person> {
  const { companyId, ...rest } = input;
  const now = deps.now();
  const patch = definedEntries(rest) as Partial<PersonFields>;
  const consented = applyConsentRules({ ...DEFAULTS, ...patch } as PersonFields, patch, deps.today());
  const fields = personnummerRule(applyParticipationRules(consented, patch, null, deps.today()), deps.today());
  const iso = now.toISOString();
  const row: PersonRow = {
    id: uuidv7(),
    company_id: companyId,
    ...columnsOf(fields),
    created_at: iso,
    updated_at: iso,
    revision: 1,
  };
  return inTransaction(db, async (trx) => {
    await assertCompany(trx, companyId);
    await trx.insertInto('people').values(row).execute();
    await recordPersonConsents(trx, row, deps);
    return toPerson(row);
  });
}

export async function updatePerson(
  db: Kysely<Database>,
  input: ParsedInputOf<'people.update'>,
  deps: ServiceDeps = systemClock,
): Promise<Person> {
  return inTransaction(db, async (trx) => {
    const current = await loadRow(trx, input.id);
    const now = deps.now();
    const patch = definedEntries(input.patch) as Partial<PersonFields>;
    const consented = applyConsentRules({ ...fieldsOf(current), ...patch }, patch, deps.today());
    const merged = personnummerRule(applyParticipationRules(consented, patch, current.entry_date, deps.today()), deps.today());
    const columns = columnsOf(merged);
    const next = revised(current, columns, now);
    if (!next) return toPerson(current);
    await trx.updateTable('people').set(next).where('id', '=', input.id).execute();
    await recordPersonConsents(trx, next, deps);
    return toPerson(next);
  });
}

/**
 * Erasing a person takes their ratings out of every round (the foreign keys cascade) and their place out of every
 * activity. Both records change, so their revisions move on and the erasure travels with the next exchange —
 * completed rounds included: a person's right to be erased outweighs the round's lock.
 */
export async function eraseFromRoundsAndActivities(trx: Kysely<Database>, personId: string, now: string): Promise<void> {
  await sql`UPDATE rounds SET revision = revision + 1, updated_at = ${now}
            WHERE id IN (SELECT round_id FROM round_people WHERE person_id = ${personId})`.execute(trx);
  const activities = await sql<{ id: string; person_ids: string }>`
    SELECT id, person_ids FROM activities WHERE EXISTS (SELECT 1 FROM json_each(activities.person_ids) WHERE value = ${personId})`.execute(
    trx,
  );
  // Their attendance at the sessions goes with their place (sessions travel inside the activity, bumped above).
  await sql`DELETE FROM session_attendance WHERE person_id = ${personId}`.execute(trx);
  for (const a of activities.rows) {
    const remaining = (JSON.parse(a.person_ids) as string[]).filter((id) => id !== personId);
    await sql`UPDATE activities SET person_ids = ${JSON.stringify(remaining)}, revision = revision + 1, updated_at = ${now}
              WHERE id = ${a.id}`.execute(trx);
  }
}

export async function deletePerson(
  db: Kysely<Database>,
  input: ParsedInputOf<'people.delete'>,
  deps: ServiceDeps = systemClock,
): Promise<{ deleted: true }> {
  return inTransaction(db, async (trx) => {
    const current = await loadRow(trx, input.id);
    // Every field that names them goes too (issue 15): the erasure is logged by counts, naming no one.
    const traces = await eraseTraces(trx, current, deps.now().toISOString());
    await logRights(trx, { action: 'erase', detail: { ...traces } }, deps.now().toISOString());
    await eraseFromRoundsAndActivities(trx, current.id, deps.now().toISOString());
    await eraseFromContacts(trx, current.id, deps.now().toISOString());
    await trx.deleteFrom('people').where('id', '=', current.id).execute();
    await writeTombstones(trx, [
      { entity: 'person', entity_id: current.id, deleted_at: deps.now().toISOString(), revision: current.revision + 1 },
    ]);
    return { deleted: true as const };
  });
}
