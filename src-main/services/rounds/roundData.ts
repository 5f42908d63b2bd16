import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '@shared/api';
import type {
  Answer,
  AreaSummary,
  AreaTarget,
  CompetenceDefinition,
  Goal,
  RoundDetail,
  RoundListItem,
  RoundPerson,
  RoundSummary,
  StepProgress,
  Strategy,
  UnratedPair,
  Rating,
} from '@shared/api/assessments';
import { scoreFromLevels } from '@shared/domain/frameworks';
import { roleRank } from '@shared/domain/person';
import type { PersonRole } from '@shared/domain/person';
import type { Database } from '../../store/schema';
import { situationFramework } from '../frameworks';
import { competenceIndex, defaultCompetenceIds, loadRound, missingOf } from './guards';
import { toGoal, toRating, toRoundListItem, toStrategy } from './rows';
import type { RoundRow } from './rows';

/** A round as one value (its answers, vision, goals, people and their ratings) and what is shown of it. */

export async function listRounds(db: Kysely<Database>, input: ParsedInputOf<'rounds.list'>): Promise<RoundListItem[]> {
  const rows = await db
    .selectFrom('rounds')
    .selectAll()
    .where('company_id', '=', input.companyId)
    .orderBy('date')
    .orderBy('created_at')
    .execute();
  return rows.map(toRoundListItem);
}

export interface RoundData {
  round: RoundRow;
  answers: Answer[];
  areaTargets: AreaTarget[];
  goals: Goal[];
  strategies: Strategy[];
  people: RoundPerson[];
  competences: Map<string, CompetenceDefinition>;
}

const collator = new Intl.Collator('sv');

export async function loadRoundData(a: Kysely<Database>, roundId: string): Promise<RoundData> {
  const round = await loadRound(a, roundId);
  const [answers, targets, goals, strategies, people, members, ratings, competences] = await Promise.all([
    a.selectFrom('round_answers').selectAll().where('round_id', '=', roundId).orderBy('question_id').execute(),
    a.selectFrom('round_area_targets').selectAll().where('round_id', '=', roundId).orderBy('area_id').execute(),
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
  roundPeople.sort((x, y) => roleRank(x.role) - roleRank(y.role) || collator.compare(x.name, y.name));
  return {
    round,
    answers: answers.map((r) => ({
      questionId: r.question_id,
      level: r.level,
      note: r.note,
      noteShared: r.note_shared === 1,
      updatedAt: r.updated_at,
    })),
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

export function detailOf(data: RoundData): RoundDetail {
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

export function summaryOf(data: RoundData): RoundSummary {
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
  return detailOf(await loadRoundData(db, input.roundId));
}

export async function roundSummary(db: Kysely<Database>, input: ParsedInputOf<'rounds.summary'>): Promise<RoundSummary> {
  return summaryOf(await loadRoundData(db, input.roundId));
}
