import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '@shared/api';
import { AppError, validationError } from '@shared/api/errors';
import type { Contact, ContactKind, NextStep } from '@shared/api/contacts';
import { jsonIds, omitColumns, recordCodec } from '../../store/columns';
import { TABLES } from '../../store/schema';
import type { ContactsTable, Database } from '../../store/schema';
import { inTransaction, systemClock } from '../../store/transaction';
import type { ServiceDeps } from '../../store/transaction';
import { deleteLogged, insertLogged, latestFirst, updateLogged } from '../../store/companyLog';
import { definedEntries } from '../../store/revisions';
import { contactIssues, namedPeople } from '../rules';
import type { ContactFields } from '../rules';

/** The contract's editable fields and their columns: all but the id, the company and the bookkeeping. */
const FIELDS = recordCodec(omitColumns(TABLES.contacts, ['id', 'company_id', 'created_at', 'updated_at', 'revision']));

export function toContact(row: ContactsTable): Contact {
  const f = FIELDS.decode(row);
  return {
    id: row.id,
    companyId: row.company_id,
    date: f.date,
    // Stored as text; every write checks it against the contract's enum.
    kind: f.kind as ContactKind,
    advisor: f.advisor,
    personIds: jsonIds(row.person_ids),
    hours: f.hours,
    summary: f.summary,
    nextSteps: f.nextSteps as NextStep[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: row.revision,
  };
}

async function assertCompany(db: Kysely<Database>, companyId: string): Promise<void> {
  const c = await db.selectFrom('companies').select('id').where('id', '=', companyId).executeTakeFirst();
  if (!c) throw new AppError('company.notFound', { id: companyId });
}

async function loadRow(db: Kysely<Database>, id: string): Promise<ContactsTable> {
  const row = await db.selectFrom('contacts').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('contact.notFound', { id });
  return row;
}

/** The contact rules (../rules/contact.ts) against the people of this store; nothing is stored on a breach. */
async function checkFields(
  db: Kysely<Database>,
  companyId: string,
  f: ContactFields,
  today: string,
  stored: readonly NextStep[] = [],
): Promise<void> {
  const named = namedPeople(f);
  const rows = named.length ? await db.selectFrom('people').select(['id', 'company_id']).where('id', 'in', named).execute() : [];
  const issues = contactIssues(f, today, companyId, new Map(rows.map((r) => [r.id, r.company_id])), stored);
  if (issues.length) throw validationError(issues);
}

/** A company's contacts, latest first. */
export async function listContacts(db: Kysely<Database>, input: ParsedInputOf<'contacts.list'>): Promise<Contact[]> {
  await assertCompany(db, input.companyId);
  return (await latestFirst(db, 'contacts', input.companyId)).map(toContact);
}

export async function createContact(
  db: Kysely<Database>,
  input: ParsedInputOf<'contacts.create'>,
  deps: ServiceDeps = systemClock,
): Promise<Contact> {
  const { companyId, ...fields } = input;
  return inTransaction(db, async (trx) => {
    await assertCompany(trx, companyId);
    await checkFields(trx, companyId, fields, deps.today());
    return toContact(await insertLogged<ContactsTable>(trx, 'contacts', companyId, FIELDS.encode(fields), deps.now()));
  });
}

export async function updateContact(
  db: Kysely<Database>,
  input: ParsedInputOf<'contacts.update'>,
  deps: ServiceDeps = systemClock,
): Promise<Contact> {
  return inTransaction(db, async (trx) => {
    const current = await loadRow(trx, input.id);
    const patch = definedEntries(input.patch) as Partial<ContactFields>;
    const { id: _id, companyId: _c, createdAt: _ca, updatedAt: _ua, revision: _r, ...fields } = toContact(current);
    const merged: ContactFields = { ...fields, ...patch };
    await checkFields(trx, current.company_id, merged, deps.today(), toContact(current).nextSteps);
    return toContact(await updateLogged(trx, 'contacts', current, FIELDS.encode(merged), deps.now()));
  });
}

export async function deleteContact(
  db: Kysely<Database>,
  input: ParsedInputOf<'contacts.delete'>,
  deps: ServiceDeps = systemClock,
): Promise<{ deleted: true }> {
  return inTransaction(db, async (trx) => deleteLogged(trx, 'contacts', 'contact', await loadRow(trx, input.id), deps.now()));
}

/**
 * Erasing a person takes them out of every contact's people present and off every step they owned (the step keeps
 * its text and is left without an owner's name). The contacts change, so their revisions move on and the erasure
 * travels with the next exchange.
 */
export async function eraseFromContacts(trx: Kysely<Database>, personId: string, now: string): Promise<void> {
  const rows = await sql<ContactsTable>`
    SELECT * FROM contacts WHERE EXISTS (SELECT 1 FROM json_each(contacts.person_ids) WHERE value = ${personId})
       OR EXISTS (SELECT 1 FROM json_each(contacts.next_steps) WHERE json_extract(value, '$.ownerPersonId') = ${personId})`.execute(trx);
  for (const row of rows.rows) {
    const c = toContact(row);
    const personIds = c.personIds.filter((p) => p !== personId);
    const nextSteps = c.nextSteps.map((s) => (s.ownerPersonId === personId ? { ...s, ownerPersonId: null } : s));
    await trx
      .updateTable('contacts')
      .set({
        person_ids: JSON.stringify(personIds),
        next_steps: JSON.stringify(nextSteps),
        revision: row.revision + 1,
        updated_at: now,
      })
      .where('id', '=', row.id)
      .execute();
  }
}
