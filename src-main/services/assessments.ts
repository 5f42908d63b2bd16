import type { Kysely } from 'kysely';
import { disagrees } from '@shared/domain/disagreement';
import { v7 as uuidv7 } from 'uuid';
import type { ParsedInputOf } from '@shared/api';
import type {
  Answer,
  AreaSummary,
  AreaTarget,
  CompanyCompetences,
  CompetenceDefinition,
  Goal,
  GoalKind,
  Rating,
  RoundDetail,
  RoundKind,
  RoundListItem,
  RoundPerson,
  RoundSummary,
  StepProgress,
  Strategy,
  UnratedPair,
} from '@shared/api/assessments';
import { AppError } from '@shared/api/errors';
import { competencesForRole, scoreFromLevels, SITUATION_FRAMEWORK_ID } from '@shared/domain/frameworks';
import type { BilingualText, Competence, LevelDescriptor } from '@shared/domain/frameworks';
import { PERSON_ROLES } from '@shared/domain/person';
import type { PersonRole } from '@shared/domain/person';
import type { Database, PersonRow } from '../store/schema';
import { systemClock } from '../store/transaction';
import type { ServiceDeps } from '../store/transaction';
import { competenceCatalogue, latestCatalogueVersion, situationFramework } from './frameworks';
import { adb, inTx } from './assessments/tables';
import type {
  AssessmentDb,
  CustomCompetencesTable,
  GoalsTable,
  RoundPersonCompetencesTable,
  RoundsTable,
  StrategiesTable,
} from './assessments/tables';
import { writeTombstones } from '../store/tombstones';

/**
 * The guided assessments (issue 3): rounds of the situation assessment, vision and goals, and the competence
 * analysis per person. Every write runs in one transaction that first checks the round is open (a completed round
 * is locked), then what it refers to (question, area, competence, person) against the round's own framework
 * versions, so a refused write stores nothing.
 */

export type RoundRow = RoundsTable;


// ---------- rows <-> contract ----------

export function toRoundListItem(row: RoundRow): RoundListItem {
  return {
    id: row.id,
    companyId: row.company_id,
    kind: row.kind as RoundKind,
    date: row.date,
    advisor: row.advisor,
    frameworkId: row.framework_id,
    frameworkVersion: row.framework_version,
    catalogueVersion: row.catalogue_version,
    completedAt: row.completed_at,
    completedBy: row.completed_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: row.revision,
  };
}

export function toRating(row: Pick<RoundPersonCompetencesTable, 'competence_id' | 'required_level' | 'self_level' | 'advisor_level' | 'note'>): Rating {
  return {
    competenceId: row.competence_id,
    requiredLevel: row.required_level,
    selfLevel: row.self_level,
    advisorLevel: row.advisor_level,
    note: row.note,
    disagreement: disagrees(row.self_level, row.advisor_level),
  };
}

export function fromCatalogue(c: Competence): CompetenceDefinition {
  return {
    id: c.id,
    custom: false,
    groupId: c.groupId,
    source: c.source,
    name: c.name,
    description: c.description,
    levels: c.levels,
    defaultPriority: c.defaultPriority,
    roles: c.roles,
    revision: null,
  };
}

export function fromCustomRow(row: CustomCompetencesTable): CompetenceDefinition {
  const description: BilingualText | null =
    row.description_sv !== null && row.description_en !== null ? { sv: row.description_sv, en: row.description_en } : null;
  return {
    id: row.id,
    custom: true,
    groupId: null,
    source: 'custom',
    name: { sv: row.name_sv, en: row.name_en },
    description,
    levels: row.levels === null ? null : (JSON.parse(row.levels) as LevelDescriptor[]),
    defaultPriority: null,
    roles: [],
    revision: row.revision,
  };
}

export function parseIds(json: string): string[] {
  const v: unknown = JSON.parse(json);
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

// ---------- loading and guards ----------

export async function loadRound(db: AssessmentDb, roundId: string): Promise<RoundRow> {
  const row = await db.selectFrom('rounds').selectAll().where('id', '=', roundId).executeTakeFirst();
  if (!row) throw new AppError('assessment.roundNotFound', { id: roundId });
  return row;
}

/** Every write goes through here: a completed round is locked. */
export async function loadOpenRound(db: AssessmentDb, roundId: string): Promise<RoundRow> {
  const row = await loadRound(db, roundId);
  if (row.completed_at !== null) {
    throw new AppError('assessment.roundCompleted', { completedAt: row.completed_at, completedBy: row.completed_by });
  }
  return row;
}

/** A change to anything in the round bumps the round's revision, so that an exchange carries it. */
export async function bumpRound(db: AssessmentDb, round: RoundRow, now: string): Promise<void> {
  await db
    .updateTable('rounds')
    .set({ updated_at: now, revision: round.revision + 1 })
    .where('id', '=', round.id)
    .execute();
}

export async function loadPersonOfCompany(db: AssessmentDb, personId: string, companyId: string): Promise<PersonRow> {
  const person = await db.selectFrom('people').selectAll().where('id', '=', personId).executeTakeFirst();
  if (!person) throw new AppError('person.notFound', { id: personId });
  if (person.company_id !== companyId) throw new AppError('assessment.personNotInCompany', { personId });
  return person;
}

export async function customRows(db: AssessmentDb, companyId: string): Promise<CustomCompetencesTable[]> {
  return db.selectFrom('custom_competences').selectAll().where('company_id', '=', companyId).orderBy('created_at').orderBy('id').execute();
}

/**
 * The competences a round may refer to: its catalogue version plus the company's own competences (as frozen at
 * completion for a completed round).
 */
export async function competenceIndex(db: AssessmentDb, round: RoundRow): Promise<Map<string, CompetenceDefinition>> {
  const index = new Map<string, CompetenceDefinition>();
  for (const c of competenceCatalogue(round.catalogue_version).competences) index.set(c.id, fromCatalogue(c));
  const custom =
    round.completed_at !== null && round.custom_snapshot !== null
      ? (JSON.parse(round.custom_snapshot) as CompetenceDefinition[])
      : (await customRows(db, round.company_id)).map(fromCustomRow);
  for (const c of custom) index.set(c.id, c);
  return index;
}

export async function assertCompetencesKnown(db: AssessmentDb, round: RoundRow, ids: readonly string[]): Promise<void> {
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
export async function ensureMember(db: AssessmentDb, round: RoundRow, person: PersonRow, now: string): Promise<boolean> {
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
  db: AssessmentDb,
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
    await db.insertInto('round_person_competences').values(rows.slice(i, i + 80)).execute();
  }
}

/** A pair is rated once the required level is set and, except for a prospective employee, a current level. */
export function missingOf(rating: Rating, role: PersonRole): Array<'required' | 'current'> {
  const missing: Array<'required' | 'current'> = [];
  if (rating.requiredLevel === null) missing.push('required');
  if (role !== 'prospective' && rating.selfLevel === null && rating.advisorLevel === null) missing.push('current');
  return missing;
}

// =================================================================================================================
// Reads

export async function listRounds(db: Kysely<Database>, input: ParsedInputOf<'rounds.list'>): Promise<RoundListItem[]> {
  const rows = await adb(db).selectFrom('rounds').selectAll().where('company_id', '=', input.companyId).orderBy('date').orderBy('created_at').execute();
  return rows.map(toRoundListItem);
}

export async function listCompanyCompetences(
  db: Kysely<Database>,
  input: ParsedInputOf<'competences.listForCompany'>,
): Promise<CompanyCompetences> {
  const a = adb(db);
  const company = await a.selectFrom('companies').select('id').where('id', '=', input.companyId).executeTakeFirst();
  if (!company) throw new AppError('company.notFound', { id: input.companyId });
  const catalogue = competenceCatalogue(input.catalogueVersion);
  return {
    catalogueVersion: catalogue.version,
    competences: [...catalogue.competences.map(fromCatalogue), ...(await customRows(a, input.companyId)).map(fromCustomRow)],
  };
}

interface RoundData {
  round: RoundRow;
  answers: Answer[];
  areaTargets: AreaTarget[];
  goals: Goal[];
  strategies: Strategy[];
  people: RoundPerson[];
  competences: Map<string, CompetenceDefinition>;
}

function toGoal(row: GoalsTable): Goal {
  return {
    id: row.id,
    roundId: row.round_id,
    kind: row.kind as GoalKind,
    label: row.label,
    currentValue: row.current_value,
    targetValue: row.target_value,
    targetYear: row.target_year,
    areaIds: parseIds(row.area_ids),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: row.revision,
  };
}

function toStrategy(row: StrategiesTable): Strategy {
  return {
    id: row.id,
    roundId: row.round_id,
    text: row.text,
    areaIds: parseIds(row.area_ids),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: row.revision,
  };
}

const ROLE_RANK = new Map<string, number>(PERSON_ROLES.map((r, i) => [r, i]));
const collator = new Intl.Collator('sv');

async function loadRoundData(a: AssessmentDb, roundId: string): Promise<RoundData> {
  const round = await loadRound(a, roundId);
  const [answers, targets, goals, strategies, people, members, ratings, competences] = await Promise.all([
    a.selectFrom('round_answers').selectAll().where('round_id', '=', roundId).execute(),
    a.selectFrom('round_area_targets').selectAll().where('round_id', '=', roundId).execute(),
    a.selectFrom('goals').selectAll().where('round_id', '=', roundId).orderBy('created_at').orderBy('id').execute(),
    a.selectFrom('strategies').selectAll().where('round_id', '=', roundId).orderBy('created_at').orderBy('id').execute(),
    a.selectFrom('people').select(['id', 'name', 'role', 'job_title']).where('company_id', '=', round.company_id).execute(),
    a.selectFrom('round_people').select(['person_id', 'role']).where('round_id', '=', roundId).execute(),
    a
      .selectFrom('round_person_competences')
      .select(['person_id', 'competence_id', 'required_level', 'self_level', 'advisor_level', 'note'])
      .where('round_id', '=', roundId)
      .orderBy('person_id')
      .orderBy('position')
      .execute(),
    competenceIndex(a, round),
  ]);
  const open = round.completed_at === null;
  const memberRole = new Map(members.map((m) => [m.person_id, m.role]));
  const byPerson = new Map<string, Rating[]>();
  for (const r of ratings) {
    let list = byPerson.get(r.person_id);
    if (!list) byPerson.set(r.person_id, (list = []));
    list.push(toRating(r));
  }
  const roundPeople: RoundPerson[] = [];
  for (const p of people) {
    const stored = memberRole.get(p.id);
    if (stored === undefined && !open) continue; // joined the company after the round was completed
    const role = (open ? p.role : stored) as PersonRole;
    roundPeople.push({
      personId: p.id,
      name: p.name,
      role,
      jobTitle: p.job_title,
      pending: stored === undefined,
      competences:
        stored === undefined
          ? defaultCompetenceIds(round.catalogue_version, role).map((competenceId) =>
              toRating({ competence_id: competenceId, required_level: null, self_level: null, advisor_level: null, note: null }),
            )
          : (byPerson.get(p.id) ?? []),
    });
  }
  roundPeople.sort((x, y) => (ROLE_RANK.get(x.role) ?? 9) - (ROLE_RANK.get(y.role) ?? 9) || collator.compare(x.name, y.name));
  return {
    round,
    answers: answers.map((r) => ({ questionId: r.question_id, level: r.level, note: r.note, updatedAt: r.updated_at })),
    areaTargets: targets.map((t) => ({ areaId: t.area_id, targetLevel: t.target_level })),
    goals: goals.map(toGoal),
    strategies: strategies.map(toStrategy),
    people: roundPeople,
    competences,
  };
}

function progressOf(data: RoundData): StepProgress[] {
  const fw = situationFramework(data.round.framework_version);
  const answered = new Set(data.answers.filter((x) => x.level !== null).map((x) => x.questionId));
  const steps: StepProgress[] = fw.areas.map((area) => ({
    step: `area:${area.id}`,
    done: area.questions.filter((q) => answered.has(q.id)).length,
    total: area.questions.length,
  }));
  steps.push({
    step: 'vision',
    done: (data.round.vision ? 1 : 0) + (data.goals.length > 0 ? 1 : 0) + (data.strategies.length > 0 ? 1 : 0),
    total: 3,
  });
  for (const p of data.people) {
    steps.push({
      step: `person:${p.personId}`,
      done: p.competences.filter((r) => missingOf(r, p.role).length === 0).length,
      total: p.competences.length,
    });
  }
  return steps;
}

function detailOf(data: RoundData): RoundDetail {
  const used = new Set(data.people.flatMap((p) => p.competences.map((c) => c.competenceId)));
  return {
    ...toRoundListItem(data.round),
    basedOnRoundId: data.round.based_on_round_id,
    vision: data.round.vision,
    lastStep: data.round.last_step,
    answers: data.answers,
    areaTargets: data.areaTargets,
    goals: data.goals,
    strategies: data.strategies,
    people: data.people,
    customCompetences: [...data.competences.values()].filter((c) => c.custom && used.has(c.id)),
    progress: progressOf(data),
  };
}

function summaryOf(data: RoundData): RoundSummary {
  const fw = situationFramework(data.round.framework_version);
  const levels = new Map(data.answers.filter((x) => x.level !== null).map((x) => [x.questionId, x.level as number]));
  const targets = new Map(data.areaTargets.map((t) => [t.areaId, t.targetLevel]));
  const unansweredQuestions: RoundSummary['unansweredQuestions'] = [];
  const areas: AreaSummary[] = fw.areas.map((area) => {
    const given: number[] = [];
    for (const q of area.questions) {
      const level = levels.get(q.id);
      if (level === undefined) unansweredQuestions.push({ areaId: area.id, questionId: q.id });
      else given.push(level);
    }
    const target = targets.get(area.id) ?? null;
    return {
      areaId: area.id,
      answered: given.length,
      total: area.questions.length,
      score: scoreFromLevels(given),
      currentLevel: given.length ? Math.round((given.reduce((s, l) => s + l, 0) / given.length) * 10) / 10 : null,
      targetLevel: target,
      targetScore: target === null ? null : scoreFromLevels([target]),
    };
  });
  const unratedPairs: UnratedPair[] = [];
  for (const p of data.people) {
    for (const r of p.competences) {
      const missing = missingOf(r, p.role);
      if (missing.length) unratedPairs.push({ personId: p.personId, competenceId: r.competenceId, missing });
    }
  }
  const scores = areas.map((x) => x.score).filter((s): s is number => s !== null);
  return {
    roundId: data.round.id,
    unansweredQuestions,
    unratedPairs,
    areas,
    overallScore: scores.length ? Math.round(scores.reduce((s, x) => s + x, 0) / scores.length) : null,
    canComplete: unansweredQuestions.length === 0 && unratedPairs.length === 0,
  };
}

export async function getRound(db: Kysely<Database>, input: ParsedInputOf<'rounds.get'>): Promise<RoundDetail> {
  return detailOf(await loadRoundData(adb(db), input.roundId));
}

export async function roundSummary(db: Kysely<Database>, input: ParsedInputOf<'rounds.summary'>): Promise<RoundSummary> {
  return summaryOf(await loadRoundData(adb(db), input.roundId));
}

// =================================================================================================================
// Starting and completing

const STARTABLE_STATUSES: ReadonlySet<string> = new Set(['enrolled', 'completed']);

export async function startRound(
  db: Kysely<Database>,
  input: ParsedInputOf<'rounds.start'>,
  deps: ServiceDeps = systemClock,
): Promise<RoundDetail> {
  return inTx(db, async (a) => {
    const company = await a.selectFrom('companies').select(['id', 'status']).where('id', '=', input.companyId).executeTakeFirst();
    if (!company) throw new AppError('company.notFound', { id: input.companyId });
    if (!STARTABLE_STATUSES.has(company.status)) throw new AppError('assessment.companyNotEnrolled', { status: company.status });
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
async function prefill(a: AssessmentDb, previous: RoundRow, round: RoundRow, people: PersonRow[], now: string): Promise<void> {
  const fw = situationFramework(round.framework_version);
  const questionIds = new Set(fw.areas.flatMap((x) => x.questions.map((q) => q.id)));
  const areaIds = new Set(fw.areas.map((x) => x.id));
  const keepAreas = (json: string) => JSON.stringify(parseIds(json).filter((id) => areaIds.has(id)));

  const answers = await a.selectFrom('round_answers').selectAll().where('round_id', '=', previous.id).execute();
  const keptAnswers = answers.filter((x) => questionIds.has(x.question_id)).map((x) => ({ ...x, round_id: round.id, updated_at: now }));
  for (let i = 0; i < keptAnswers.length; i += 100) await a.insertInto('round_answers').values(keptAnswers.slice(i, i + 100)).execute();

  const targets = await a.selectFrom('round_area_targets').selectAll().where('round_id', '=', previous.id).execute();
  const keptTargets = targets.filter((t) => areaIds.has(t.area_id)).map((t) => ({ ...t, round_id: round.id, updated_at: now }));
  if (keptTargets.length) await a.insertInto('round_area_targets').values(keptTargets).execute();

  for (const g of await a.selectFrom('goals').selectAll().where('round_id', '=', previous.id).orderBy('created_at').orderBy('id').execute()) {
    await a
      .insertInto('goals')
      .values({ ...g, id: uuidv7(), round_id: round.id, area_ids: keepAreas(g.area_ids), created_at: now, updated_at: now, revision: 1 })
      .execute();
  }
  for (const s of await a.selectFrom('strategies').selectAll().where('round_id', '=', previous.id).orderBy('created_at').orderBy('id').execute()) {
    await a
      .insertInto('strategies')
      .values({ ...s, id: uuidv7(), round_id: round.id, area_ids: keepAreas(s.area_ids), created_at: now, updated_at: now, revision: 1 })
      .execute();
  }

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
  return inTx(db, async (a) => {
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
      await a.updateTable('round_people').set({ role: p.role }).where('round_id', '=', round.id).where('person_id', '=', p.personId).execute();
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

// =================================================================================================================
// Writes within an open round

export async function setStep(
  db: Kysely<Database>,
  input: ParsedInputOf<'rounds.setStep'>,
): Promise<{ lastStep: string }> {
  return inTx(db, async (a) => {
    await loadOpenRound(a, input.roundId);
    // Where the advisor is in the stepper is not assessment data: no revision bump, nothing to exchange.
    await a.updateTable('rounds').set({ last_step: input.step }).where('id', '=', input.roundId).execute();
    return { lastStep: input.step };
  });
}

export async function saveAnswer(
  db: Kysely<Database>,
  input: ParsedInputOf<'rounds.saveAnswer'>,
  deps: ServiceDeps = systemClock,
): Promise<Answer> {
  return inTx(db, async (a) => {
    const round = await loadOpenRound(a, input.roundId);
    const fw = situationFramework(round.framework_version);
    if (!fw.areas.some((area) => area.questions.some((q) => q.id === input.questionId))) {
      throw new AppError('assessment.unknownQuestion', { questionId: input.questionId });
    }
    const now = deps.now().toISOString();
    const existing = await a
      .selectFrom('round_answers')
      .select('note')
      .where('round_id', '=', round.id)
      .where('question_id', '=', input.questionId)
      .executeTakeFirst();
    const note = input.note === undefined ? (existing?.note ?? null) : input.note;
    await a
      .insertInto('round_answers')
      .values({ round_id: round.id, question_id: input.questionId, level: input.level, note, updated_at: now })
      .onConflict((oc) => oc.columns(['round_id', 'question_id']).doUpdateSet({ level: input.level, note, updated_at: now }))
      .execute();
    await bumpRound(a, round, now);
    return { questionId: input.questionId, level: input.level, note, updatedAt: now };
  });
}

export async function saveVision(
  db: Kysely<Database>,
  input: ParsedInputOf<'rounds.saveVision'>,
  deps: ServiceDeps = systemClock,
): Promise<{ vision: string | null }> {
  return inTx(db, async (a) => {
    const round = await loadOpenRound(a, input.roundId);
    const now = deps.now().toISOString();
    await a.updateTable('rounds').set({ vision: input.vision, updated_at: now, revision: round.revision + 1 }).where('id', '=', round.id).execute();
    return { vision: input.vision };
  });
}

function assertAreas(round: RoundRow, ids: readonly string[]): string[] {
  const known = new Set(situationFramework(round.framework_version).areas.map((x) => x.id));
  const unknown = ids.find((id) => !known.has(id));
  if (unknown !== undefined) throw new AppError('assessment.unknownArea', { areaId: unknown });
  return [...new Set(ids)];
}

export async function saveGoal(
  db: Kysely<Database>,
  input: ParsedInputOf<'rounds.saveGoal'>,
  deps: ServiceDeps = systemClock,
): Promise<Goal> {
  return inTx(db, async (a) => {
    const round = await loadOpenRound(a, input.roundId);
    const areaIds = JSON.stringify(assertAreas(round, input.areaIds));
    const now = deps.now().toISOString();
    const fields = {
      kind: input.kind,
      label: input.label,
      current_value: input.currentValue,
      target_value: input.targetValue,
      target_year: input.targetYear,
      area_ids: areaIds,
    };
    let row: GoalsTable;
    if (input.id === undefined) {
      row = { id: uuidv7(), round_id: round.id, ...fields, created_at: now, updated_at: now, revision: 1 };
      await a.insertInto('goals').values(row).execute();
    } else {
      const current = await a.selectFrom('goals').selectAll().where('id', '=', input.id).where('round_id', '=', round.id).executeTakeFirst();
      if (!current) throw new AppError('assessment.goalNotFound', { id: input.id });
      row = { ...current, ...fields, updated_at: now, revision: current.revision + 1 };
      await a.updateTable('goals').set(row).where('id', '=', row.id).execute();
    }
    await bumpRound(a, round, now);
    return toGoal(row);
  });
}

export async function saveStrategy(
  db: Kysely<Database>,
  input: ParsedInputOf<'rounds.saveStrategy'>,
  deps: ServiceDeps = systemClock,
): Promise<Strategy> {
  return inTx(db, async (a) => {
    const round = await loadOpenRound(a, input.roundId);
    const areaIds = JSON.stringify(assertAreas(round, input.areaIds));
    const now = deps.now().toISOString();
    let row: StrategiesTable;
    if (input.id === undefined) {
      row = { id: uuidv7(), round_id: round.id, text: input.text, area_ids: areaIds, created_at: now, updated_at: now, revision: 1 };
      await a.insertInto('strategies').values(row).execute();
    } else {
      const current = await a.selectFrom('strategies').selectAll().where('id', '=', input.id).where('round_id', '=', round.id).executeTakeFirst();
      if (!current) throw new AppError('assessment.strategyNotFound', { id: input.id });
      row = { ...current, text: input.text, area_ids: areaIds, updated_at: now, revision: current.revision + 1 };
      await a.updateTable('strategies').set(row).where('id', '=', row.id).execute();
    }
    await bumpRound(a, round, now);
    return toStrategy(row);
  });
}

async function deleteChild(
  db: Kysely<Database>,
  table: 'goals' | 'strategies',
  input: { roundId: string; id: string },
  deps: ServiceDeps,
): Promise<{ deleted: true }> {
  return inTx(db, async (a) => {
    const round = await loadOpenRound(a, input.roundId);
    const current = await a.selectFrom(table).select(['id', 'revision']).where('id', '=', input.id).where('round_id', '=', round.id).executeTakeFirst();
    if (!current) throw new AppError(table === 'goals' ? 'assessment.goalNotFound' : 'assessment.strategyNotFound', { id: input.id });
    const now = deps.now().toISOString();
    await a.deleteFrom(table).where('id', '=', input.id).execute();
    const entity = table === 'goals' ? 'goal' : 'strategy';
    await writeTombstones(a, [{ entity, entity_id: input.id, deleted_at: now, revision: current.revision + 1 }]);
    await bumpRound(a, round, now);
    return { deleted: true as const };
  });
}

export const deleteGoal = (db: Kysely<Database>, input: ParsedInputOf<'rounds.deleteGoal'>, deps: ServiceDeps = systemClock) =>
  deleteChild(db, 'goals', input, deps);
export const deleteStrategy = (db: Kysely<Database>, input: ParsedInputOf<'rounds.deleteStrategy'>, deps: ServiceDeps = systemClock) =>
  deleteChild(db, 'strategies', input, deps);

export async function saveAreaTarget(
  db: Kysely<Database>,
  input: ParsedInputOf<'rounds.saveAreaTarget'>,
  deps: ServiceDeps = systemClock,
): Promise<AreaTarget> {
  return inTx(db, async (a) => {
    const round = await loadOpenRound(a, input.roundId);
    assertAreas(round, [input.areaId]);
    const now = deps.now().toISOString();
    await a
      .insertInto('round_area_targets')
      .values({ round_id: round.id, area_id: input.areaId, target_level: input.targetLevel, updated_at: now })
      .onConflict((oc) => oc.columns(['round_id', 'area_id']).doUpdateSet({ target_level: input.targetLevel, updated_at: now }))
      .execute();
    await bumpRound(a, round, now);
    return { areaId: input.areaId, targetLevel: input.targetLevel };
  });
}

// =================================================================================================================
// Competences

/** At least one language is given; an empty one is filled from the other. */
async function roundPerson(a: AssessmentDb, roundId: string, personId: string): Promise<RoundPerson> {
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
  return inTx(db, async (a) => {
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
  return inTx(db, async (a) => {
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
