import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '@shared/api';
import type { Rating, RoundPerson } from '@shared/api/assessments';
import { AppError } from '@shared/api/errors';
import type { Database } from '../../store/schema';
import { inTransaction, systemClock } from '../../store/transaction';
import type { ServiceDeps } from '../../store/transaction';
import { assertCompetencesKnown, bumpRound, ensureMember, loadOpenRound, loadPersonOfCompany } from './guards';
import { toRating } from './rows';
import { loadRoundData } from './roundData';

/** The competence analysis: each person's competences in the round and their ratings. */

async function roundPerson(a: Kysely<Database>, roundId: string, personId: string): Promise<RoundPerson> {
  const data = await loadRoundData(a, roundId);
  const p = data.people.find((x) => x.personId === personId);
  if (!p) throw new AppError('person.notFound', { id: personId });
  return p;
}

export async function setPersonCompetences(
  db: Kysely<Database>,
  input: ParsedInputOf<'rounds.setPersonCompetences'>,
  deps: ServiceDeps = systemClock,
): Promise<RoundPerson> {
  return inTransaction(db, async (a) => {
    const round = await loadOpenRound(a, input.roundId);
    const person = await loadPersonOfCompany(a, input.personId, round.company_id);
    const ids = [...new Set(input.competenceIds)];
    await assertCompetencesKnown(a, round, ids);
    const now = deps.now().toISOString();
    await a
      .insertInto('round_people')
      .values({ round_id: round.id, person_id: person.id, role: person.role, updated_at: now })
      .onConflict((oc) => oc.columns(['round_id', 'person_id']).doUpdateSet({ role: person.role, updated_at: now }))
      .execute();
    const existing = await a
      .selectFrom('round_person_competences')
      .select('competence_id')
      .where('round_id', '=', round.id)
      .where('person_id', '=', person.id)
      .execute();
    const keep = new Set(ids);
    const drop = existing.map((r) => r.competence_id).filter((id) => !keep.has(id));
    if (drop.length) {
      await a
        .deleteFrom('round_person_competences')
        .where('round_id', '=', round.id)
        .where('person_id', '=', person.id)
        .where('competence_id', 'in', drop)
        .execute();
    }
    const have = new Set(existing.map((r) => r.competence_id));
    for (const [position, competenceId] of ids.entries()) {
      if (have.has(competenceId)) {
        await a
          .updateTable('round_person_competences')
          .set({ position })
          .where('round_id', '=', round.id)
          .where('person_id', '=', person.id)
          .where('competence_id', '=', competenceId)
          .execute();
      } else {
        await a
          .insertInto('round_person_competences')
          .values({
            round_id: round.id,
            person_id: person.id,
            competence_id: competenceId,
            position,
            required_level: null,
            self_level: null,
            advisor_level: null,
            note: null,
            updated_at: now,
          })
          .execute();
      }
    }
    await bumpRound(a, round, now);
    return roundPerson(a, round.id, person.id);
  });
}

export async function saveRating(
  db: Kysely<Database>,
  input: ParsedInputOf<'rounds.saveRating'>,
  deps: ServiceDeps = systemClock,
): Promise<Rating> {
  return inTransaction(db, async (a) => {
    const round = await loadOpenRound(a, input.roundId);
    const person = await loadPersonOfCompany(a, input.personId, round.company_id);
    await assertCompetencesKnown(a, round, [input.competenceId]);
    if (person.role === 'prospective' && ((input.selfLevel ?? null) !== null || (input.advisorLevel ?? null) !== null)) {
      throw new AppError('assessment.prospectiveCurrentLevel');
    }
    const now = deps.now().toISOString();
    await ensureMember(a, round, person, now);
    const current = await a
      .selectFrom('round_person_competences')
      .selectAll()
      .where('round_id', '=', round.id)
      .where('person_id', '=', person.id)
      .where('competence_id', '=', input.competenceId)
      .executeTakeFirst();
    const next = {
      required_level: input.required === undefined ? (current?.required_level ?? null) : input.required,
      self_level: input.selfLevel === undefined ? (current?.self_level ?? null) : input.selfLevel,
      advisor_level: input.advisorLevel === undefined ? (current?.advisor_level ?? null) : input.advisorLevel,
      note: input.note === undefined ? (current?.note ?? null) : input.note,
      updated_at: now,
    };
    if (current) {
      await a
        .updateTable('round_person_competences')
        .set(next)
        .where('round_id', '=', round.id)
        .where('person_id', '=', person.id)
        .where('competence_id', '=', input.competenceId)
        .execute();
    } else {
      // Rating a competence outside the person's set adds it to the set, at the end.
      const last = await a
        .selectFrom('round_person_competences')
        .select((eb) => eb.fn.max('position').as('max'))
        .where('round_id', '=', round.id)
        .where('person_id', '=', person.id)
        .executeTakeFirst();
      await a
        .insertInto('round_person_competences')
        .values({
          round_id: round.id,
          person_id: person.id,
          competence_id: input.competenceId,
          position: Number(last?.max ?? -1) + 1,
          ...next,
        })
        .execute();
    }
    await bumpRound(a, round, now);
    return toRating({ competence_id: input.competenceId, ...next });
  });
}
