import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { AppError } from '@shared/api/errors';
import type { PersonData, PersonDataActivity, PersonDataContact, PersonDataRating, PersonDataRecipient } from '@shared/api/rights';
import { LEGAL_BASIS } from '@shared/domain/consent';
import type { Database, PersonRow } from '../../store/schema';
import { inTransaction } from '../../store/transaction';
import type { ServiceDeps } from '../../store/transaction';
import { toCompany } from '../companies/companies';
import { consentHistory } from '../consent/consent';
import { toPerson } from '../people/people';
import { competenceIndex } from '../rounds/guards';
import { logRights } from './log';

async function ratingsOf(db: Kysely<Database>, personId: string): Promise<PersonDataRating[]> {
  const rounds = await db
    .selectFrom('round_people')
    .innerJoin('rounds', 'rounds.id', 'round_people.round_id')
    .selectAll('rounds')
    .select('round_people.role as person_role')
    .where('round_people.person_id', '=', personId)
    .orderBy('rounds.date')
    .orderBy('rounds.id')
    .execute();
  const out: PersonDataRating[] = [];
  for (const { person_role, ...round } of rounds) {
    const index = await competenceIndex(db, round);
    const rows = await db
      .selectFrom('round_person_competences')
      .selectAll()
      .where('round_id', '=', round.id)
      .where('person_id', '=', personId)
      .orderBy('position')
      .execute();
    out.push({
      roundId: round.id,
      kind: round.kind,
      date: round.date,
      completedAt: round.completed_at,
      role: person_role,
      competences: rows.map((r) => ({
        competenceId: r.competence_id,
        name: index.get(r.competence_id)?.name ?? null,
        requiredLevel: r.required_level,
        selfLevel: r.self_level,
        advisorLevel: r.advisor_level,
        note: r.note,
      })),
    });
  }
  return out;
}

/** Read within the person's company (its plan's activities): a person is in no other company's records. */
async function activitiesOf(db: Kysely<Database>, personId: string, companyId: string): Promise<PersonDataActivity[]> {
  const rows = await sql<Database['activities']>`
    SELECT activities.* FROM activities JOIN plans ON plans.id = activities.plan_id
    WHERE plans.company_id = ${companyId} AND EXISTS (SELECT 1 FROM json_each(activities.person_ids) WHERE value = ${personId})
    ORDER BY planned_start, id`.execute(db);
  const attended = await db
    .selectFrom('session_attendance')
    .innerJoin('activity_sessions', 'activity_sessions.id', 'session_attendance.session_id')
    .select(['activity_sessions.activity_id', 'activity_sessions.date', 'session_attendance.hours'])
    .where('session_attendance.person_id', '=', personId)
    .orderBy('activity_sessions.date')
    .execute();
  return rows.rows.map((a) => ({
    id: a.id,
    title: a.title,
    status: a.status,
    plannedStart: a.planned_start,
    plannedEnd: a.planned_end,
    attendance: attended.filter((s) => s.activity_id === a.id).map((s) => ({ date: s.date, hours: s.hours })),
  }));
}

/** Contacts the person was present at or owns a next step of: the contact's facts and their own steps, no one else's. */
async function contactsOf(db: Kysely<Database>, personId: string, companyId: string): Promise<PersonDataContact[]> {
  const rows = await sql<Database['contacts']>`
    SELECT * FROM contacts WHERE company_id = ${companyId}
      AND (EXISTS (SELECT 1 FROM json_each(contacts.person_ids) WHERE value = ${personId})
       OR EXISTS (SELECT 1 FROM json_each(contacts.next_steps) WHERE json_extract(value, '$.ownerPersonId') = ${personId}))
    ORDER BY date, id`.execute(db);
  return rows.rows.map((c) => {
    const steps = JSON.parse(c.next_steps) as { text: string; dueDate: string | null; done: boolean; ownerPersonId: string | null }[];
    return {
      id: c.id,
      date: c.date,
      kind: c.kind,
      advisor: c.advisor,
      hours: c.hours,
      steps: steps.filter((s) => s.ownerPersonId === personId).map((s) => ({ text: s.text, dueDate: s.dueDate, done: s.done })),
    };
  });
}

/** The offices this person's record was sent to (the exchange's marks), with the last file sent to each. */
async function recipientsOf(db: Kysely<Database>, personId: string): Promise<PersonDataRecipient[]> {
  const rows = await db
    .selectFrom('exchange_marks')
    .innerJoin('offices', 'offices.id', 'exchange_marks.office_id')
    .select(['offices.id', 'offices.name', 'offices.fingerprint'])
    .select(sql<string | null>`(SELECT max(sent_at) FROM exchange_sent WHERE exchange_sent.office_id = offices.id)`.as('last'))
    .where('exchange_marks.entity', '=', 'person')
    .where('exchange_marks.entity_id', '=', personId)
    .orderBy('offices.name')
    .execute();
  return rows.map((r) => ({ office: r.name, fingerprint: r.fingerprint, lastSentAt: r.last }));
}

async function gather(db: Kysely<Database>, row: PersonRow, now: string): Promise<PersonData> {
  const company = await db.selectFrom('companies').selectAll().where('id', '=', row.company_id).executeTakeFirstOrThrow();
  const record = toCompany(company);
  const soleTrader = record.orgKind === 'sole_trader';
  const isContact = company.contact_name !== null && company.contact_name.trim().toLowerCase() === row.name.trim().toLowerCase();
  return {
    format: 'vaxtkraft-person-data',
    version: 1,
    exportedAt: now,
    person: toPerson(row),
    // A sole trader's firm is the owner's own: its whole record is about them (the number is their personnummer).
    company: { id: company.id, name: company.name, soleTrader, record: soleTrader && row.role === 'owner' ? record : null },
    companyContact: isContact ? { name: company.contact_name, phone: company.contact_phone, email: company.contact_email } : null,
    legalBases: { ...LEGAL_BASIS },
    consents: [
      ...(await consentHistory(db, { personId: row.id })),
      ...(soleTrader ? await consentHistory(db, { companyId: company.id }) : []),
    ],
    ratings: await ratingsOf(db, row.id),
    activities: await activitiesOf(db, row.id, row.company_id),
    contacts: await contactsOf(db, row.id, row.company_id),
    recipients: await recipientsOf(db, row.id),
  };
}

/**
 * What the register holds about one person (GDPR art. 15): every field of theirs, their ratings in every round, their
 * activities and attendance, the contacts they were at, their consent history and the offices their record went to.
 * Nothing about other people. Each export is logged.
 */
export async function personData(
  db: Kysely<Database>,
  input: { personId: string; logged?: boolean },
  deps: ServiceDeps,
): Promise<PersonData> {
  return inTransaction(db, async (trx) => {
    const row = await trx.selectFrom('people').selectAll().where('id', '=', input.personId).executeTakeFirst();
    if (!row) throw new AppError('person.notFound', { id: input.personId });
    const now = deps.now().toISOString();
    const data = await gather(trx, row, now);
    if (input.logged !== false)
      await logRights(
        trx,
        { action: 'export', personId: row.id, companyId: row.company_id, detail: { ratings: data.ratings.length } },
        now,
      );
    return data;
  });
}
