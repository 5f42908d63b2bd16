import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { ParsedInputOf } from '@shared/api';
import type { RoundDetail } from '@shared/api/assessments';
import { AppError } from '@shared/api/errors';
import { mayStartRound } from '@shared/domain/company';
import type { CompanyStatus } from '@shared/domain/company';
import { SITUATION_FRAMEWORK_ID } from '@shared/domain/frameworks';
import type { PersonRole } from '@shared/domain/person';
import type { Database, PersonRow } from '../../store/schema';
import { inTransaction, systemClock } from '../../store/transaction';
import type { ServiceDeps } from '../../store/transaction';
import { competenceCatalogue, latestCatalogueVersion, situationFramework } from '../frameworks';
import { addMember, customRows, defaultCompetenceIds, loadOpenRound } from './guards';
import { parseIds } from './rows';
import type { RoundRow } from './rows';
import { detailOf, loadRoundData, summaryOf } from './roundData';

/** Starting a round (a follow-up starts as a copy of the previous one) and completing it, which locks it. */

export async function startRound(
  db: Kysely<Database>,
  input: ParsedInputOf<'rounds.start'>,
  deps: ServiceDeps = systemClock,
): Promise<RoundDetail> {
  return inTransaction(db, async (a) => {
    const company = await a.selectFrom('companies').select(['id', 'status']).where('id', '=', input.companyId).executeTakeFirst();
    if (!company) throw new AppError('company.notFound', { id: input.companyId });
    if (!mayStartRound(company.status as CompanyStatus)) throw new AppError('assessment.companyNotEnrolled', { status: company.status });
    const previous = await a
      .selectFrom('rounds')
      .selectAll()
      .where('company_id', '=', input.companyId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .executeTakeFirst();
    if (input.kind === 'baseline' && previous) throw new AppError('assessment.baselineExists');
    if (input.kind === 'followup') {
      if (!previous) throw new AppError('assessment.noBaseline');
      if (previous.completed_at === null) throw new AppError('assessment.previousRoundOpen', { roundId: previous.id });
      if (input.date < previous.date) throw new AppError('assessment.dateBeforePrevious', { previousDate: previous.date });
    }
    const now = deps.now().toISOString();
    const fw = situationFramework();
    const catalogueVersion = latestCatalogueVersion();
    const round: RoundRow = {
      id: uuidv7(),
      company_id: input.companyId,
      kind: input.kind,
      date: input.date,
      advisor: input.advisor,
      based_on_round_id: input.kind === 'followup' && previous ? previous.id : null,
      framework_id: SITUATION_FRAMEWORK_ID,
      framework_version: fw.version,
      catalogue_version: catalogueVersion,
      vision: null,
      last_step: null,
      completed_at: null,
      completed_by: null,
      custom_snapshot: null,
      created_at: now,
      updated_at: now,
      revision: 1,
    };
    const people = await a.selectFrom('people').selectAll().where('company_id', '=', input.companyId).orderBy('id').execute();
    if (input.kind === 'followup' && previous) {
      round.vision = previous.vision;
      await a.insertInto('rounds').values(round).execute();
      await prefill(a, previous, round, people, now);
    } else {
      await a.insertInto('rounds').values(round).execute();
      for (const p of people) await addMember(a, round.id, p, defaultCompetenceIds(catalogueVersion, p.role as PersonRole), now);
    }
    return detailOf(await loadRoundData(a, round.id));
  });
}

/** A follow-up starts as a copy of the previous round, carried over by id into the newest framework versions. */
async function prefill(a: Kysely<Database>, previous: RoundRow, round: RoundRow, people: PersonRow[], now: string): Promise<void> {
  const fw = situationFramework(round.framework_version);
  const questionIds = new Set(fw.areas.flatMap((x) => x.questions.map((q) => q.id)));
  const areaIds = new Set(fw.areas.map((x) => x.id));
  const keepAreas = (json: string) => JSON.stringify(parseIds(json).filter((id) => areaIds.has(id)));
  const copied = (areaIdsJson: string) => ({
    id: uuidv7(),
    round_id: round.id,
    area_ids: keepAreas(areaIdsJson),
    created_at: now,
    updated_at: now,
    revision: 1,
  });

  const answers = await a.selectFrom('round_answers').selectAll().where('round_id', '=', previous.id).execute();
  const keptAnswers = answers.filter((x) => questionIds.has(x.question_id)).map((x) => ({ ...x, round_id: round.id, updated_at: now }));
  for (let i = 0; i < keptAnswers.length; i += 100)
    await a
      .insertInto('round_answers')
      .values(keptAnswers.slice(i, i + 100))
      .execute();

  const targets = await a.selectFrom('round_area_targets').selectAll().where('round_id', '=', previous.id).execute();
  const keptTargets = targets.filter((t) => areaIds.has(t.area_id)).map((t) => ({ ...t, round_id: round.id, updated_at: now }));
  if (keptTargets.length) await a.insertInto('round_area_targets').values(keptTargets).execute();

  // Goals and strategies are copied as new records of the new round.
  const goals = await a.selectFrom('goals').selectAll().where('round_id', '=', previous.id).orderBy('created_at').orderBy('id').execute();
  for (const g of goals)
    await a
      .insertInto('goals')
      .values({ ...g, ...copied(g.area_ids) })
      .execute();
  const strategies = await a
    .selectFrom('strategies')
    .selectAll()
    .where('round_id', '=', previous.id)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  for (const s of strategies)
    await a
      .insertInto('strategies')
      .values({ ...s, ...copied(s.area_ids) })
      .execute();

  const catalogueIds = new Set(competenceCatalogue(round.catalogue_version).competences.map((c) => c.id));
  const customIds = new Set((await customRows(a, round.company_id)).map((c) => c.id));
  const members = new Set(
    (await a.selectFrom('round_people').select('person_id').where('round_id', '=', previous.id).execute()).map((m) => m.person_id),
  );
  const ratings = await a
    .selectFrom('round_person_competences')
    .selectAll()
    .where('round_id', '=', previous.id)
    .orderBy('person_id')
    .orderBy('position')
    .execute();
  for (const p of people) {
    if (!members.has(p.id)) {
      await addMember(a, round.id, p, defaultCompetenceIds(round.catalogue_version, p.role as PersonRole), now);
      continue;
    }
    const own = ratings.filter((r) => r.person_id === p.id && (catalogueIds.has(r.competence_id) || customIds.has(r.competence_id)));
    await addMember(
      a,
      round.id,
      p,
      own.map((r) => r.competence_id),
      now,
      new Map(own.map((r) => [r.competence_id, r])),
    );
  }
}

export async function completeRound(
  db: Kysely<Database>,
  input: ParsedInputOf<'rounds.complete'>,
  deps: ServiceDeps = systemClock,
): Promise<RoundDetail> {
  return inTransaction(db, async (a) => {
    const round = await loadOpenRound(a, input.roundId);
    const data = await loadRoundData(a, round.id);
    const summary = summaryOf(data);
    if (!summary.canComplete) {
      throw new AppError('assessment.incomplete', {
        unansweredQuestions: summary.unansweredQuestions.length,
        unratedPairs: summary.unratedPairs.length,
      });
    }
    const now = deps.now().toISOString();
    // The roles as they are now, and the company's own competences as they are now, are what the round keeps.
    for (const p of data.people) {
      await a
        .updateTable('round_people')
        .set({ role: p.role })
        .where('round_id', '=', round.id)
        .where('person_id', '=', p.personId)
        .execute();
    }
    const used = new Set(data.people.flatMap((p) => p.competences.map((c) => c.competenceId)));
    const snapshot = [...data.competences.values()].filter((c) => c.custom && used.has(c.id));
    await a
      .updateTable('rounds')
      .set({
        completed_at: now,
        completed_by: input.completedBy,
        custom_snapshot: JSON.stringify(snapshot),
        updated_at: now,
        revision: round.revision + 1,
      })
      .where('id', '=', round.id)
      .execute();
    return detailOf(await loadRoundData(a, round.id));
  });
}
