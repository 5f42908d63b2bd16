import { AppError } from '@shared/api/errors';
import type { CompetenceDefinition, Rating } from '@shared/api/assessments';
import { competencesForRole } from '@shared/domain/frameworks';
import type { PersonRole } from '@shared/domain/person';
import type { Kysely } from 'kysely';
import type { CustomCompetencesTable, Database, PersonRow, RoundPersonCompetencesTable } from '../../store/schema';
import { competenceCatalogue, situationFramework } from '../frameworks';
import { fromCatalogue, fromCustomRow } from './rows';
import { assertAreasKnown } from '../rules';
import type { RoundRow } from './rows';

/**
 * Loading and guards: every write runs in one transaction that first checks the round is open (a completed round
 * is locked), then what it refers to (question, area, competence, person) against the round's own framework
 * versions, so a refused write stores nothing.
 */

export async function loadRound(db: Kysely<Database>, roundId: string): Promise<RoundRow> {
  const row = await db.selectFrom('rounds').selectAll().where('id', '=', roundId).executeTakeFirst();
  if (!row) throw new AppError('assessment.roundNotFound', { id: roundId });
  return row;
}

/** Every write goes through here: a completed round is locked. */
export async function loadOpenRound(db: Kysely<Database>, roundId: string): Promise<RoundRow> {
  const row = await loadRound(db, roundId);
  if (row.completed_at !== null) {
    throw new AppError('assessment.roundCompleted', { completedAt: row.completed_at, completedBy: row.completed_by });
  }
  return row;
}

/** A change to anything in the round bumps the round's revision, so that an exchange carries it. */
export async function bumpRound(db: Kysely<Database>, round: RoundRow, now: string): Promise<void> {
  await db
    .updateTable('rounds')
    .set({ updated_at: now, revision: round.revision + 1 })
    .where('id', '=', round.id)
    .execute();
}

export async function loadPersonOfCompany(db: Kysely<Database>, personId: string, companyId: string): Promise<PersonRow> {
  const person = await db.selectFrom('people').selectAll().where('id', '=', personId).executeTakeFirst();
  if (!person) throw new AppError('person.notFound', { id: personId });
  if (person.company_id !== companyId) throw new AppError('assessment.personNotInCompany', { personId });
  return person;
}

export async function customRows(db: Kysely<Database>, companyId: string): Promise<CustomCompetencesTable[]> {
  return db.selectFrom('custom_competences').selectAll().where('company_id', '=', companyId).orderBy('created_at').orderBy('id').execute();
}

/**
 * The competences a round may refer to: its catalogue version plus the company's own competences (as frozen at
 * completion for a completed round).
 */
export async function competenceIndex(db: Kysely<Database>, round: RoundRow): Promise<Map<string, CompetenceDefinition>> {
  const index = new Map<string, CompetenceDefinition>();
  for (const c of competenceCatalogue(round.catalogue_version).competences) index.set(c.id, fromCatalogue(c));
  const custom =
    round.completed_at !== null && round.custom_snapshot !== null
      ? (JSON.parse(round.custom_snapshot) as CompetenceDefinition[])
      : (await customRows(db, round.company_id)).map(fromCustomRow);
  for (const c of custom) index.set(c.id, c);
  return index;
}

export async function assertCompetencesKnown(db: Kysely<Database>, round: RoundRow, ids: readonly string[]): Promise<void> {
  const catalogue = new Set(competenceCatalogue(round.catalogue_version).competences.map((c) => c.id));
  const rest = [...new Set(ids.filter((id) => !catalogue.has(id)))];
  if (rest.length === 0) return;
  const found = await db
    .selectFrom('custom_competences')
    .select('id')
    .where('company_id', '=', round.company_id)
    .where('id', 'in', rest)
    .execute();
  const known = new Set(found.map((r) => r.id));
  const unknown = rest.find((id) => !known.has(id));
  if (unknown !== undefined) throw new AppError('assessment.unknownCompetence', { competenceId: unknown });
}

export function defaultCompetenceIds(catalogueVersion: number, role: PersonRole): string[] {
  return competencesForRole(competenceCatalogue(catalogueVersion), role).map((c) => c.id);
}

/**
 * Makes the person a member of the round with the role's default competences, unless they already are.
 * Returns whether they were added.
 */
export async function ensureMember(db: Kysely<Database>, round: RoundRow, person: PersonRow, now: string): Promise<boolean> {
  const member = await db
    .selectFrom('round_people')
    .select('person_id')
    .where('round_id', '=', round.id)
    .where('person_id', '=', person.id)
    .executeTakeFirst();
  if (member) return false;
  await addMember(db, round.id, person, defaultCompetenceIds(round.catalogue_version, person.role as PersonRole), now);
  return true;
}

export async function addMember(
  db: Kysely<Database>,
  roundId: string,
  person: Pick<PersonRow, 'id' | 'role'>,
  competenceIds: readonly string[],
  now: string,
  ratings?: ReadonlyMap<string, Pick<RoundPersonCompetencesTable, 'required_level' | 'self_level' | 'advisor_level' | 'note'>>,
): Promise<void> {
  await db.insertInto('round_people').values({ round_id: roundId, person_id: person.id, role: person.role, updated_at: now }).execute();
  const prospective = person.role === 'prospective';
  const rows = competenceIds.map((competenceId, position) => {
    const r = ratings?.get(competenceId);
    return {
      round_id: roundId,
      person_id: person.id,
      competence_id: competenceId,
      position,
      required_level: r?.required_level ?? null,
      self_level: prospective ? null : (r?.self_level ?? null),
      advisor_level: prospective ? null : (r?.advisor_level ?? null),
      note: r?.note ?? null,
      updated_at: now,
    };
  });
  for (let i = 0; i < rows.length; i += 80) {
    await db
      .insertInto('round_person_competences')
      .values(rows.slice(i, i + 80))
      .execute();
  }
}

/** A pair is rated once the required level is set and, except for a prospective employee, a current level. */
export function missingOf(rating: Rating, role: PersonRole): Array<'required' | 'current'> {
  const missing: Array<'required' | 'current'> = [];
  if (rating.requiredLevel === null) missing.push('required');
  if (role !== 'prospective' && rating.selfLevel === null && rating.advisorLevel === null) missing.push('current');
  return missing;
}

export function assertAreas(round: RoundRow, ids: readonly string[]): string[] {
  return assertAreasKnown(situationFramework(round.framework_version), ids);
}
