import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '@shared/api';
import { AppError } from '@shared/api/errors';
import type { RoundKind } from '@shared/api/assessments';
import type { Passport, PassportActivity, PassportRound } from '@shared/api/passport';
import { actualHoursByPerson } from '@shared/domain/attendance';
import { sessionsOf } from '../plans';
import { activityType } from '../providers';
import { competenceIndex } from '../rounds/guards';
import { getSettings } from '../settings';
import { jsonIds } from '../../store/columns';
import type { Database, PersonRow } from '../../store/schema';
import { systemClock } from '../../store/transaction';
import type { ServiceDeps } from '../../store/transaction';

/**
 * A participant's competence passport: read only with their consent recorded (`passport.noConsent` otherwise, before
 * anything else is read). Every query here names the person: their own ratings in completed rounds (only when they
 * agreed to share them), the activities they completed and their own attendance at them. The company gives its name
 * only; its figures, its other people, notes and follow-up details are never read, so they cannot be shown.
 */
export async function getPassport(
  db: Kysely<Database>,
  input: ParsedInputOf<'passport.get'>,
  deps: ServiceDeps = systemClock,
): Promise<Passport> {
  const person = await loadConsentingPerson(db, input.personId);
  const company = await db.selectFrom('companies').select('name').where('id', '=', person.company_id).executeTakeFirstOrThrow();
  const { office, advisorName } = await getSettings(db);
  const ratingsShared = Boolean(person.ratings_shared);
  return {
    personId: person.id,
    name: person.name,
    workplace: company.name,
    office,
    advisor: advisorName,
    issuedOn: deps.today(),
    consentAt: person.passport_consent_at ?? deps.today(),
    ratingsShared,
    rounds: ratingsShared ? await roundsOf(db, person) : [],
    activities: await activitiesOf(db, person.id),
    learningWishes: person.learning_wishes,
  };
}

async function loadConsentingPerson(db: Kysely<Database>, personId: string): Promise<PersonRow> {
  const person = await db.selectFrom('people').selectAll().where('id', '=', personId).executeTakeFirst();
  if (!person) throw new AppError('person.notFound', { id: personId });
  if (!person.passport_consent) throw new AppError('passport.noConsent');
  return person;
}

/** The person's own and the advisor's levels in each completed round of their company, oldest first. */
async function roundsOf(db: Kysely<Database>, person: PersonRow): Promise<PassportRound[]> {
  const rounds = await db
    .selectFrom('rounds')
    .selectAll()
    .where('company_id', '=', person.company_id)
    .where('completed_at', 'is not', null)
    .where((eb) =>
      eb.exists(eb.selectFrom('round_people').select('round_id').whereRef('round_id', '=', 'rounds.id').where('person_id', '=', person.id)),
    )
    .orderBy('date')
    .orderBy('id')
    .execute();
  const out: PassportRound[] = [];
  for (const round of rounds) {
    const rows = await db
      .selectFrom('round_person_competences')
      .select(['competence_id', 'self_level', 'advisor_level'])
      .where('round_id', '=', round.id)
      .where('person_id', '=', person.id)
      .orderBy('position')
      .execute();
    const index = await competenceIndex(db, round);
    const ratings = rows
      .filter((r) => r.self_level !== null || r.advisor_level !== null)
      .flatMap((r) => {
        const def = index.get(r.competence_id);
        return def ? [{ competenceId: r.competence_id, name: def.name, selfLevel: r.self_level, advisorLevel: r.advisor_level }] : [];
      });
    if (ratings.length > 0) out.push({ roundId: round.id, kind: round.kind as RoundKind, date: round.date, ratings });
  }
  return out;
}

/**
 * The activities the person completed: done, naming them, and attended by them when it had sessions (a done activity
 * with sessions they never came to is not theirs to claim). Dated by their first and last attended session, or by the
 * plan's dates when the activity had none; the hours are their own attendance.
 */
async function activitiesOf(db: Kysely<Database>, personId: string): Promise<PassportActivity[]> {
  const rows = await db
    .selectFrom('activities as a')
    .leftJoin('providers as p', 'p.id', 'a.provider_id')
    .select(['a.id', 'a.title', 'a.type_id', 'a.person_ids', 'a.planned_start', 'a.planned_end', 'p.name as provider'])
    .where('a.status', '=', 'done')
    .where(sql<boolean>`EXISTS (SELECT 1 FROM json_each(a.person_ids) WHERE value = ${personId})`)
    .execute();
  // json_each found them; the decoded list says it again, so that no one else's activity can slip through.
  const theirs = rows.filter((a) => jsonIds(a.person_ids).includes(personId));
  const sessions = await sessionsOf(
    db,
    theirs.map((a) => a.id),
  );
  const out: PassportActivity[] = [];
  for (const a of theirs) {
    const all = sessions.get(a.id) ?? [];
    const attended = all.filter((s) => s.attendance.some((x) => x.personId === personId));
    if (all.length > 0 && attended.length === 0) continue;
    const hours = all.length > 0 ? (actualHoursByPerson(attended).get(personId) ?? 0) : null;
    out.push({
      id: a.id,
      title: a.title,
      type: a.type_id ? (activityType(a.type_id)?.name ?? null) : null,
      provider: a.provider,
      from: attended[0]?.date ?? a.planned_start,
      to: attended.at(-1)?.date ?? a.planned_end,
      hours,
    });
  }
  return out.sort((x, y) => (x.from ?? '9999').localeCompare(y.from ?? '9999') || x.title.localeCompare(y.title, 'sv'));
}
