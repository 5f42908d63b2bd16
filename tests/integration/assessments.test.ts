import { clockFrom } from '@shared/clock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { ChannelName, InputOf, ResultOf } from '@shared/api';
import type { ErrorCode } from '@shared/api/errors';
import situationV1 from '../../resources/frameworks/situation-assessment.v1.json';
import catalogueV1 from '../../resources/frameworks/competence-catalogue.v1.json';
import { createRouter } from '../../src-main/ipc/router';
import type { Router } from '../../src-main/ipc/router';
import { competenceCatalogue, registerFrameworkVersions, situationFramework } from '../../src-main/services/frameworks';
import { Session } from '../../src-main/store/session';
import { seedDemoRounds } from '../../scripts/demo/rounds';
import { exportCompanies } from '../../src-main/services/exchange';
import { applyImport, clearPreviews, previewImport } from '../../src-main/services/exchange';
import { api } from '@shared/api';
import { makeTempStore, orgNumberFor } from '../helpers/tempStore';
import type { TempStore } from '../helpers/tempStore';
import { expectRefused, refusal, tableState } from '../helpers/refusal';

let store: TempStore;
let router: Router;
let undoFrameworks: (() => void) | null = null;

beforeEach(async () => {
  store = await makeTempStore();
  router = createRouter(store.session);
});
afterEach(() => {
  undoFrameworks?.();
  undoFrameworks = null;
  store.cleanup();
});

// ---------- helpers ----------

async function call<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<ResultOf<C>> {
  const r = await router.handle(channel, input);
  if (!r.ok) throw new Error(`${channel} failed: ${JSON.stringify(r.error)}`);
  return r.value as ResultOf<C>;
}

const failure = <C extends ChannelName>(channel: C, input: InputOf<C> | Record<string, unknown>) =>
  refusal(() => router.handle(channel, input));

const ASSESSMENT_TABLES = [
  'rounds',
  'round_answers',
  'round_area_targets',
  'goals',
  'strategies',
  'custom_competences',
  'round_people',
  'round_person_competences',
  'tombstones',
] as const;

/** Every assessment row, to prove that a refused write stored nothing. */
const assessmentState = () => tableState(store.db, ASSESSMENT_TABLES);

/** A write that must be refused with `code`, storing nothing. */
const refused = <C extends ChannelName>(code: ErrorCode, channel: C, input: InputOf<C> | Record<string, unknown>) =>
  expectRefused(code, () => router.handle(channel, input), assessmentState);

const ENROLLED = {
  status: 'enrolled' as const,
  growthAmbition: true,
  growthAmbitionDate: '2025-01-15',
  consentBy: 'Anna Ägare',
  consentAt: '2025-01-15',
  consentScope: 'Kartläggning och uppföljning',
};

let companySeq = 0;
async function company(status: 'enrolled' | 'prospect' = 'enrolled') {
  const n = ++companySeq;
  const c = await call('companies.create', {
    name: `Företag ${n} AB`,
    orgNumber: orgNumberFor(n),
    ...(status === 'enrolled' ? ENROLLED : {}),
  });
  const owner = await call('people.create', { companyId: c.id, name: 'Anna Ägare', role: 'owner' });
  const employee = await call('people.create', { companyId: c.id, name: 'Erik Anställd', role: 'employee' });
  const prospective = await call('people.create', { companyId: c.id, name: 'Framtida säljare', role: 'prospective' });
  return { id: c.id, owner, employee, prospective };
}

const startBaseline = (companyId: string) =>
  call('rounds.start', { companyId, kind: 'baseline', date: '2025-03-01', advisor: 'Karin Berg' });

const allQuestions = (version = 1) => situationFramework(version).areas.flatMap((a) => a.questions.map((q) => ({ areaId: a.id, id: q.id })));

/** Answers every question and rates every pair, so that the round can be completed. */
async function fillRound(roundId: string, level = (i: number) => (i % 5) + 1): Promise<void> {
  const round = await call('rounds.get', { roundId });
  const fw = situationFramework(round.frameworkVersion);
  let i = 0;
  for (const area of fw.areas) for (const q of area.questions) await call('rounds.saveAnswer', { roundId, questionId: q.id, level: level(i++) });
  for (const p of round.people) {
    for (const c of p.competences) {
      await call('rounds.saveRating', {
        roundId,
        personId: p.personId,
        competenceId: c.competenceId,
        required: 4,
        ...(p.role === 'prospective' ? {} : { selfLevel: 3, advisorLevel: 2 }),
      });
    }
  }
}

// ---------- tests ----------

describe('frameworks', () => {
  it('serves the current frameworks, validated, and older versions on request', async () => {
    const fw = await call('frameworks.get', {});
    expect(fw.situation.version).toBe(1);
    expect(fw.situation.areas).toHaveLength(10);
    expect(fw.situation.areas.flatMap((a) => a.questions)).toHaveLength(43);
    expect(fw.catalogue.competences.length).toBeGreaterThanOrEqual(30);
    expect(fw.situationVersions).toEqual([1]);
    expect((await failure('frameworks.get', { situationVersion: 7 })).code).toBe('assessment.unknownFrameworkVersion');
  });
});

describe('rounds.start', () => {
  it('starts a baseline with every person and the role defaults, and only once', async () => {
    const c = await company();
    const round = await startBaseline(c.id);
    expect(round).toMatchObject({
      companyId: c.id,
      kind: 'baseline',
      date: '2025-03-01',
      advisor: 'Karin Berg',
      frameworkId: 'situation-assessment',
      frameworkVersion: 1,
      catalogueVersion: 1,
      completedAt: null,
      lastStep: null,
      revision: 1,
      answers: [],
    });
    expect(round.people.map((p) => [p.name, p.role, p.pending, p.competences.length])).toEqual([
      ['Anna Ägare', 'owner', false, 24],
      ['Erik Anställd', 'employee', false, 19],
      ['Framtida säljare', 'prospective', false, 17],
    ]);
    expect(round.progress.find((s) => s.step === 'area:strategy-leadership')).toMatchObject({ done: 0 });
    expect(await call('rounds.list', { companyId: c.id })).toHaveLength(1);

    await refused('assessment.baselineExists', 'rounds.start', { companyId: c.id, kind: 'baseline', date: '2025-04-01', advisor: 'X' });
    await refused('assessment.previousRoundOpen', 'rounds.start', { companyId: c.id, kind: 'followup', date: '2025-09-01', advisor: 'X' });
  });

  it('refuses a company that is not enrolled, and a follow-up without a baseline', async () => {
    const prospect = await company('prospect');
    await refused('assessment.companyNotEnrolled', 'rounds.start', { companyId: prospect.id, kind: 'baseline', date: '2025-03-01', advisor: 'X' });
    const c = await company();
    await refused('assessment.noBaseline', 'rounds.start', { companyId: c.id, kind: 'followup', date: '2025-03-01', advisor: 'X' });
    expect((await failure('rounds.start', { companyId: c.id, kind: 'final', date: '2025-03-01', advisor: 'X' })).code).toBe('validation');
  });
});

describe('answers and steps', () => {
  it('persist the moment they are given: after closing and reopening the store, the answer and step are there', async () => {
    store.cleanup();
    store = await makeTempStore({ passphrase: 'a long enough passphrase' });
    router = createRouter(store.session);
    const c = await company();
    const round = await startBaseline(c.id);
    const saved = await call('rounds.saveAnswer', { roundId: round.id, questionId: 'strategy-direction', level: 4, note: 'Plan finns i huvudet' });
    expect(saved).toMatchObject({ questionId: 'strategy-direction', level: 4, note: 'Plan finns i huvudet' });
    await call('rounds.setStep', { roundId: round.id, step: 'area:market-sales' });

    store.session.close();
    const reopened = new Session({ dataDir: store.dataDir, unlockMode: 'passphrase', systemLocale: 'sv-SE' });
    await reopened.unlock('a long enough passphrase');
    const r2 = createRouter(reopened);
    const got = await r2.handle('rounds.get', { roundId: round.id });
    reopened.close();
    if (!got.ok) throw new Error(got.error.code);
    const detail = got.value as ResultOf<'rounds.get'>;
    expect(detail.lastStep).toBe('area:market-sales');
    expect(detail.answers).toEqual([expect.objectContaining({ questionId: 'strategy-direction', level: 4, note: 'Plan finns i huvudet' })]);
  });

  it('keeps the note when only the level changes, clears with null, and bumps the round revision', async () => {
    const c = await company();
    const round = await startBaseline(c.id);
    await call('rounds.saveAnswer', { roundId: round.id, questionId: 'strategy-direction', level: 2, note: 'Ingen plan' });
    await call('rounds.saveAnswer', { roundId: round.id, questionId: 'strategy-direction', level: 3 });
    let got = await call('rounds.get', { roundId: round.id });
    expect(got.answers).toEqual([expect.objectContaining({ level: 3, note: 'Ingen plan' })]);
    expect(got.revision).toBe(3);
    await call('rounds.saveAnswer', { roundId: round.id, questionId: 'strategy-direction', level: null, note: '' });
    got = await call('rounds.get', { roundId: round.id });
    expect(got.answers).toEqual([expect.objectContaining({ level: null, note: null })]);
    // The step is where the advisor is, not assessment data: no revision bump.
    await call('rounds.setStep', { roundId: round.id, step: 'vision' });
    expect((await call('rounds.get', { roundId: round.id })).revision).toBe(4);
  });
});

describe('bad input: a clear code, nothing stored', () => {
  it('refuses levels outside 1–5 or not whole', async () => {
    const c = await company();
    const round = await startBaseline(c.id);
    for (const level of [0, 6, 2.5, -1]) {
      const err = await refused('validation', 'rounds.saveAnswer', { roundId: round.id, questionId: 'strategy-direction', level });
      expect(err.params).toEqual({ issues: [{ path: 'level', message: 'level' }] });
    }
    for (const bad of [0, 6, 2.5]) {
      const err = await refused('validation', 'rounds.saveRating', {
        roundId: round.id,
        personId: c.owner.id,
        competenceId: 'creativity',
        advisorLevel: bad,
      });
      expect(err.params).toEqual({ issues: [{ path: 'advisorLevel', message: 'level' }] });
    }
    await refused('validation', 'rounds.saveAreaTarget', { roundId: round.id, areaId: 'strategy-leadership', targetLevel: 7 });
    await refused('validation', 'rounds.saveAnswer', { roundId: round.id, questionId: 'strategy-direction', level: '3' });
  });

  it('refuses unknown questions, areas, competences, goals and rounds', async () => {
    const c = await company();
    const round = await startBaseline(c.id);
    await refused('assessment.unknownQuestion', 'rounds.saveAnswer', { roundId: round.id, questionId: 'no-such-question', level: 3 });
    await refused('assessment.unknownArea', 'rounds.saveAreaTarget', { roundId: round.id, areaId: 'astrology', targetLevel: 3 });
    await refused('assessment.unknownArea', 'rounds.saveGoal', { roundId: round.id, kind: 'turnover', areaIds: ['astrology'] });
    await refused('assessment.unknownCompetence', 'rounds.saveRating', {
      roundId: round.id,
      personId: c.owner.id,
      competenceId: 'juggling',
      required: 3,
    });
    await refused('assessment.unknownCompetence', 'rounds.setPersonCompetences', {
      roundId: round.id,
      personId: c.owner.id,
      competenceIds: ['creativity', 'juggling'],
    });
    await refused('assessment.goalNotFound', 'rounds.saveGoal', {
      roundId: round.id,
      id: '01900000-0000-7000-8000-000000000000',
      kind: 'free',
    });
    await refused('assessment.roundNotFound', 'rounds.saveAnswer', {
      roundId: '01900000-0000-7000-8000-000000000000',
      questionId: 'strategy-direction',
      level: 3,
    });
  });

  it('refuses a person from another company, and current levels for a prospective employee', async () => {
    const c = await company();
    const other = await company();
    const round = await startBaseline(c.id);
    await refused('assessment.personNotInCompany', 'rounds.saveRating', {
      roundId: round.id,
      personId: other.owner.id,
      competenceId: 'creativity',
      required: 3,
    });
    await refused('assessment.personNotInCompany', 'rounds.setPersonCompetences', {
      roundId: round.id,
      personId: other.employee.id,
      competenceIds: ['creativity'],
    });
    await refused('assessment.prospectiveCurrentLevel', 'rounds.saveRating', {
      roundId: round.id,
      personId: c.prospective.id,
      competenceId: 'creativity',
      selfLevel: 3,
    });
    const ok = await call('rounds.saveRating', { roundId: round.id, personId: c.prospective.id, competenceId: 'creativity', required: 4, selfLevel: null });
    expect(ok).toMatchObject({ requiredLevel: 4, selfLevel: null, advisorLevel: null });
  });
});

describe('competences', () => {
  it('lists the catalogue with the company’s own competences, and a custom one can be rated', async () => {
    const c = await company();
    const custom = await call('competences.createCustom', {
      companyId: c.id,
      name: { sv: 'Svetsning', en: '' },
      levels: [1, 2, 3, 4, 5].map((level) => ({ level, descriptor: { sv: `Nivå ${level}`, en: `Level ${level}` } })),
    });
    expect(custom).toMatchObject({ custom: true, source: 'custom', name: { sv: 'Svetsning', en: 'Svetsning' }, revision: 1 });
    const list = await call('competences.listForCompany', { companyId: c.id });
    expect(list.competences.at(-1)).toEqual(custom);
    expect(list.competences).toHaveLength(competenceCatalogue().competences.length + 1);
    const other = await company();
    expect((await call('competences.listForCompany', { companyId: other.id })).competences.some((x) => x.custom)).toBe(false);

    const round = await startBaseline(c.id);
    const person = await call('rounds.setPersonCompetences', {
      roundId: round.id,
      personId: c.employee.id,
      competenceIds: ['sales', custom.id, 'creativity', 'sales'],
    });
    expect(person.competences.map((x) => x.competenceId)).toEqual(['sales', custom.id, 'creativity']);
    await call('rounds.saveRating', { roundId: round.id, personId: c.employee.id, competenceId: custom.id, required: 4, selfLevel: 4, advisorLevel: 2, note: 'Certifikat saknas' });
    const got = await call('rounds.get', { roundId: round.id });
    expect(got.customCompetences.map((x) => x.id)).toEqual([custom.id]);
    const rating = got.people.find((p) => p.personId === c.employee.id)!.competences.find((x) => x.competenceId === custom.id);
    expect(rating).toEqual({ competenceId: custom.id, requiredLevel: 4, selfLevel: 4, advisorLevel: 2, note: 'Certifikat saknas', disagreement: true });
    // A custom competence of another company is unknown here.
    const foreign = await call('competences.createCustom', { companyId: other.id, name: { sv: 'Bakning', en: 'Baking' } });
    await refused('assessment.unknownCompetence', 'rounds.saveRating', { roundId: round.id, personId: c.owner.id, competenceId: foreign.id, required: 2 });
  });

  it('gives a person who joins mid-round the role defaults, stored at the first rating', async () => {
    const c = await company();
    const round = await startBaseline(c.id);
    const newcomer = await call('people.create', { companyId: c.id, name: 'Nils Ny', role: 'manager' });
    let got = await call('rounds.get', { roundId: round.id });
    const pending = got.people.find((p) => p.personId === newcomer.id)!;
    expect(pending.pending).toBe(true);
    expect(pending.competences).toHaveLength(22);
    await call('rounds.saveRating', { roundId: round.id, personId: newcomer.id, competenceId: pending.competences[0]!.competenceId, advisorLevel: 3 });
    got = await call('rounds.get', { roundId: round.id });
    const member = got.people.find((p) => p.personId === newcomer.id)!;
    expect(member.pending).toBe(false);
    expect(member.competences).toHaveLength(22);
    expect(member.competences[0]).toMatchObject({ advisorLevel: 3, requiredLevel: null });
  });
});

describe('vision, goals, strategies, targets', () => {
  it('saves, edits and deletes them, leaving tombstones', async () => {
    const c = await company();
    const round = await startBaseline(c.id);
    expect(await call('rounds.saveVision', { roundId: round.id, vision: '  Vi är Bergslagens ledande bageri 2029. ' })).toEqual({
      vision: 'Vi är Bergslagens ledande bageri 2029.',
    });
    const goal = await call('rounds.saveGoal', {
      roundId: round.id,
      kind: 'turnover',
      label: 'Omsättning (tkr)',
      currentValue: 2400,
      targetValue: 4000,
      targetYear: 2028,
      areaIds: ['finance-profitability', 'market-sales-customers'],
    });
    expect(goal).toMatchObject({ kind: 'turnover', currentValue: 2400, targetValue: 4000, targetYear: 2028, revision: 1 });
    const edited = await call('rounds.saveGoal', { roundId: round.id, id: goal.id, kind: 'turnover', currentValue: 2500, targetValue: 4000, targetYear: 2029 });
    expect(edited).toMatchObject({ id: goal.id, currentValue: 2500, targetYear: 2029, revision: 2, areaIds: [] });
    const strategy = await call('rounds.saveStrategy', { roundId: round.id, text: 'Sälja till kaféer i Örebro', areaIds: ['strategy-leadership'] });
    await call('rounds.saveAreaTarget', { roundId: round.id, areaId: 'strategy-leadership', targetLevel: 4 });
    let got = await call('rounds.get', { roundId: round.id });
    expect(got.goals).toEqual([edited]);
    expect(got.strategies).toEqual([strategy]);
    expect(got.areaTargets).toEqual([{ areaId: 'strategy-leadership', targetLevel: 4 }]);
    expect(got.progress.find((s) => s.step === 'vision')).toEqual({ step: 'vision', done: 3, total: 3 });

    await call('rounds.deleteGoal', { roundId: round.id, id: goal.id });
    await call('rounds.deleteStrategy', { roundId: round.id, id: strategy.id });
    await refused('assessment.strategyNotFound', 'rounds.deleteStrategy', { roundId: round.id, id: strategy.id });
    got = await call('rounds.get', { roundId: round.id });
    expect(got.goals).toEqual([]);
    expect(got.strategies).toEqual([]);
    const tombs = await store.db.selectFrom('tombstones').selectAll().orderBy('entity').execute();
    expect(tombs.map((t) => [t.entity, t.entity_id, t.revision])).toEqual([
      ['goal', goal.id, 3],
      ['strategy', strategy.id, 2],
    ]);
  });
});

describe('summary and completion', () => {
  it('lists what is unanswered, scores the areas, and refuses completion until everything is done', async () => {
    const c = await company();
    const round = await startBaseline(c.id);
    let summary = await call('rounds.summary', { roundId: round.id });
    expect(summary.unansweredQuestions).toHaveLength(43);
    expect(summary.unratedPairs).toHaveLength(24 + 19 + 17);
    expect(summary.unratedPairs.find((p) => p.personId === c.prospective.id)!.missing).toEqual(['required']);
    expect(summary.unratedPairs.find((p) => p.personId === c.owner.id)!.missing).toEqual(['required', 'current']);
    expect(summary.areas.every((a) => a.score === null)).toBe(true);
    expect(summary.canComplete).toBe(false);

    const err = await refused('assessment.incomplete', 'rounds.complete', { roundId: round.id, completedBy: 'Karin Berg' });
    expect(err.params).toEqual({ unansweredQuestions: 43, unratedPairs: 60 });

    const area = situationFramework().areas[0]!;
    const levels = [1, 3, 5, 5, 5, 5].slice(0, area.questions.length);
    for (const [i, q] of area.questions.entries()) await call('rounds.saveAnswer', { roundId: round.id, questionId: q.id, level: levels[i]! });
    await call('rounds.saveAreaTarget', { roundId: round.id, areaId: area.id, targetLevel: 4 });
    summary = await call('rounds.summary', { roundId: round.id });
    const mean = levels.reduce((s, l) => s + l, 0) / levels.length;
    expect(summary.areas[0]).toEqual({
      areaId: area.id,
      answered: area.questions.length,
      total: area.questions.length,
      score: Math.round(((mean - 1) / 4) * 100),
      currentLevel: Math.round(mean * 10) / 10,
      targetLevel: 4,
      targetScore: 75,
    });
    expect(summary.unansweredQuestions).toHaveLength(43 - area.questions.length);
    expect(summary.overallScore).toBe(summary.areas[0]!.score);

    await fillRound(round.id);
    summary = await call('rounds.summary', { roundId: round.id });
    expect(summary).toMatchObject({ unansweredQuestions: [], unratedPairs: [], canComplete: true });
    store.clock.advance(60_000);
    const done = await call('rounds.complete', { roundId: round.id, completedBy: 'Karin Berg' });
    expect(done).toMatchObject({ completedAt: '2025-03-01T09:01:00.000Z', completedBy: 'Karin Berg' });
    expect(done.progress.every((s) => s.step === 'vision' || s.done === s.total)).toBe(true);
  });

  it('locks a completed round: every write is refused and nothing is stored', async () => {
    const c = await company();
    const round = await startBaseline(c.id);
    const goal = await call('rounds.saveGoal', { roundId: round.id, kind: 'employees', currentValue: 2, targetValue: 5, targetYear: 2028 });
    const strategy = await call('rounds.saveStrategy', { roundId: round.id, text: 'Anställ en säljare' });
    await fillRound(round.id);
    await call('rounds.complete', { roundId: round.id, completedBy: 'Karin Berg' });
    const roundId = round.id;
    const writes: Array<[ChannelName, Record<string, unknown>]> = [
      ['rounds.saveAnswer', { roundId, questionId: 'strategy-direction', level: 1 }],
      ['rounds.setStep', { roundId, step: 'summary' }],
      ['rounds.saveVision', { roundId, vision: 'Ny vision' }],
      ['rounds.saveGoal', { roundId, kind: 'free', label: 'Nytt mål' }],
      ['rounds.saveGoal', { roundId, id: goal.id, kind: 'free', label: 'Ändrat' }],
      ['rounds.deleteGoal', { roundId, id: goal.id }],
      ['rounds.saveStrategy', { roundId, text: 'Ny strategi' }],
      ['rounds.deleteStrategy', { roundId, id: strategy.id }],
      ['rounds.saveAreaTarget', { roundId, areaId: 'strategy-leadership', targetLevel: 5 }],
      ['rounds.setPersonCompetences', { roundId, personId: c.owner.id, competenceIds: ['creativity'] }],
      ['rounds.saveRating', { roundId, personId: c.owner.id, competenceId: 'creativity', advisorLevel: 5 }],
      ['rounds.complete', { roundId, completedBy: 'Någon annan' }],
    ];
    for (const [channel, input] of writes) {
      const err = await refused('assessment.roundCompleted', channel, input);
      expect(err.params).toEqual({ completedAt: '2025-03-01T09:00:00.000Z', completedBy: 'Karin Berg' });
    }
    // Reads still work.
    expect((await call('rounds.summary', { roundId })).canComplete).toBe(true);
  });
});

describe('follow-up rounds', () => {
  it('start pre-filled from the last completed round, which stays as it was', async () => {
    const c = await company();
    const baseline = await startBaseline(c.id);
    const custom = await call('competences.createCustom', { companyId: c.id, name: { sv: 'Surdegsbakning', en: 'Sourdough baking' } });
    await call('rounds.setPersonCompetences', { roundId: baseline.id, personId: c.employee.id, competenceIds: ['sales', custom.id] });
    await call('rounds.saveVision', { roundId: baseline.id, vision: 'Ett växande bageri' });
    await call('rounds.saveGoal', { roundId: baseline.id, kind: 'export_share', label: 'Export', currentValue: 0, targetValue: 10, targetYear: 2028, areaIds: ['strategy-leadership'] });
    await call('rounds.saveStrategy', { roundId: baseline.id, text: 'Mässor i Norge', areaIds: ['strategy-leadership'] });
    await call('rounds.saveAreaTarget', { roundId: baseline.id, areaId: 'strategy-leadership', targetLevel: 4 });
    await fillRound(baseline.id);
    await call('rounds.complete', { roundId: baseline.id, completedBy: 'Karin Berg' });
    const before = await call('rounds.get', { roundId: baseline.id });

    await refused('assessment.dateBeforePrevious', 'rounds.start', { companyId: c.id, kind: 'followup', date: '2025-02-01', advisor: 'Karin Berg' });
    store.clock.advance(1000);
    const follow = await call('rounds.start', { companyId: c.id, kind: 'followup', date: '2025-09-01', advisor: 'Per Lind' });
    expect(follow).toMatchObject({ kind: 'followup', basedOnRoundId: baseline.id, vision: 'Ett växande bageri', completedAt: null, advisor: 'Per Lind' });
    const strip = (xs: Array<{ questionId: string; level: number | null; note: string | null }>) =>
      xs.map(({ questionId, level, note }) => ({ questionId, level, note })).sort((x, y) => x.questionId.localeCompare(y.questionId));
    expect(strip(follow.answers)).toEqual(strip(before.answers));
    expect(follow.areaTargets).toEqual(before.areaTargets);
    expect(follow.goals.map(({ kind, label, currentValue, targetValue, targetYear, areaIds }) => ({ kind, label, currentValue, targetValue, targetYear, areaIds }))).toEqual(
      before.goals.map(({ kind, label, currentValue, targetValue, targetYear, areaIds }) => ({ kind, label, currentValue, targetValue, targetYear, areaIds })),
    );
    expect(follow.goals[0]!.id).not.toBe(before.goals[0]!.id);
    expect(follow.strategies.map((s) => s.text)).toEqual(['Mässor i Norge']);
    expect(follow.people.map((p) => ({ ...p }))).toEqual(before.people);
    expect(follow.customCompetences.map((x) => x.id)).toEqual([custom.id]);
    expect((await call('rounds.summary', { roundId: follow.id })).canComplete).toBe(true);

    // Editing the follow-up never touches the baseline.
    await call('rounds.saveAnswer', { roundId: follow.id, questionId: 'strategy-direction', level: 5, note: 'Ny plan' });
    await call('rounds.saveRating', { roundId: follow.id, personId: c.owner.id, competenceId: 'creativity', advisorLevel: 5 });
    expect(await call('rounds.get', { roundId: baseline.id })).toEqual(before);
    expect((await call('rounds.list', { companyId: c.id })).map((r) => r.kind)).toEqual(['baseline', 'followup']);
  });
});

describe('framework versioning', () => {
  function situationV2() {
    const fw = structuredClone(situationV1) as typeof situationV1;
    fw.version = 2;
    // The first question is replaced by a new one (a new id); everything else stays.
    fw.areas[0]!.questions[0]!.id = 'strategy-direction-v2';
    return fw;
  }
  function catalogueV2() {
    const cat = structuredClone(catalogueV1) as typeof catalogueV1;
    cat.version = 2;
    const creativity = cat.competences.find((x) => x.id === 'creativity')!;
    creativity.name = { sv: 'Kreativitet (ny text)', en: 'Creativity (new wording)' };
    return cat;
  }

  it('a round keeps its framework version: reads and writes use it while newer rounds use the newest', async () => {
    const c = await company();
    const old = await startBaseline(c.id);
    undoFrameworks = registerFrameworkVersions({ situation: situationV2(), catalogue: catalogueV2() });

    // The v1 round still reads and validates against v1.
    await call('rounds.saveAnswer', { roundId: old.id, questionId: 'strategy-direction', level: 2 });
    await refused('assessment.unknownQuestion', 'rounds.saveAnswer', { roundId: old.id, questionId: 'strategy-direction-v2', level: 2 });
    const oldSummary = await call('rounds.summary', { roundId: old.id });
    expect(oldSummary.unansweredQuestions.map((q) => q.questionId)).not.toContain('strategy-direction-v2');
    expect(oldSummary.unansweredQuestions).toHaveLength(42);
    expect((await call('frameworks.get', { situationVersion: 1, catalogueVersion: 1 })).catalogue.competences.find((x) => x.id === 'creativity')!.name.en).toBe('Creativity');
    expect((await call('frameworks.get', {})).situation.version).toBe(2);

    // A round stored with an older version (as an exchange from another office would bring) reads with it.
    const other = await company();
    const fresh = await startBaseline(other.id);
    expect(fresh).toMatchObject({ frameworkVersion: 2, catalogueVersion: 2 });
    await sql`UPDATE rounds SET framework_version = 1 WHERE id = ${fresh.id}`.execute(store.db);
    expect((await call('rounds.summary', { roundId: fresh.id })).unansweredQuestions.map((q) => q.questionId)).toContain('strategy-direction');
    // An unknown version is reported, not guessed.
    await sql`UPDATE rounds SET framework_version = 99 WHERE id = ${fresh.id}`.execute(store.db);
    expect((await failure('rounds.get', { roundId: fresh.id })).code).toBe('assessment.unknownFrameworkVersion');
  });

  it('a follow-up moves to the newest version, carrying answers over by id; edits never change a completed round', async () => {
    const c = await company();
    const baseline = await startBaseline(c.id);
    const custom = await call('competences.createCustom', { companyId: c.id, name: { sv: 'Svetsning', en: 'Welding' } });
    await call('rounds.setPersonCompetences', { roundId: baseline.id, personId: c.employee.id, competenceIds: ['creativity', custom.id] });
    await fillRound(baseline.id);
    await call('rounds.complete', { roundId: baseline.id, completedBy: 'Karin Berg' });
    const before = await call('rounds.get', { roundId: baseline.id });

    undoFrameworks = registerFrameworkVersions({ situation: situationV2(), catalogue: catalogueV2() });
    // A later edit of the company's own competence (here as an import would make it).
    await store.db
      .withTables<{ custom_competences: { id: string; name_sv: string; name_en: string; revision: number } }>()
      .updateTable('custom_competences')
      .set({ name_sv: 'Svetsning TIG', name_en: 'TIG welding', revision: 2 })
      .where('id', '=', custom.id)
      .execute();

    const after = await call('rounds.get', { roundId: baseline.id });
    expect(after).toEqual(before);
    expect(after.customCompetences).toEqual([expect.objectContaining({ id: custom.id, name: { sv: 'Svetsning', en: 'Welding' } })]);
    expect(after).toMatchObject({ frameworkVersion: 1, catalogueVersion: 1 });

    const follow = await call('rounds.start', { companyId: c.id, kind: 'followup', date: '2025-09-01', advisor: 'Karin Berg' });
    expect(follow).toMatchObject({ frameworkVersion: 2, catalogueVersion: 2 });
    const answered = new Set(follow.answers.map((a) => a.questionId));
    expect(answered.has('strategy-direction')).toBe(false);
    expect(answered.has('strategy-direction-v2')).toBe(false);
    expect(follow.answers).toHaveLength(42);
    expect(follow.customCompetences).toEqual([expect.objectContaining({ id: custom.id, name: { sv: 'Svetsning TIG', en: 'TIG welding' } })]);
    const summary = await call('rounds.summary', { roundId: follow.id });
    expect(summary.unansweredQuestions).toEqual([{ areaId: situationFramework(2).areas[0]!.id, questionId: 'strategy-direction-v2' }]);
    expect(allQuestions(2)).toHaveLength(43);
  });
});

describe('demo rounds', () => {
  it('give enrolled and completed companies completed rounds through the real services, and prospects none', async () => {
    const enrolled = await company();
    const prospect = await company('prospect');
    const finished = await company();
    await call('companies.update', { id: finished.id, patch: { status: 'completed' } });
    let seed = 42;
    const rng = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const result = await seedDemoRounds(store.db, [enrolled.id, prospect.id, finished.id], rng, new Date('2025-03-01T12:00:00Z'));
    expect(result.completed).toBe(result.rounds);
    expect(await call('rounds.list', { companyId: prospect.id })).toEqual([]);
    const finishedRounds = await call('rounds.list', { companyId: finished.id });
    expect(finishedRounds.map((r) => r.kind)).toEqual(['baseline', 'followup']);
    for (const r of [...finishedRounds, ...(await call('rounds.list', { companyId: enrolled.id }))]) {
      expect(r.completedAt).not.toBeNull();
      expect(r.date <= '2025-03-01').toBe(true);
      const s = await call('rounds.summary', { roundId: r.id });
      expect(s.canComplete).toBe(true);
      expect(new Set(s.areas.map((a) => a.score)).size).toBeGreaterThan(1);
    }
    const baseline = await call('rounds.get', { roundId: finishedRounds[0]!.id });
    expect(baseline.vision).toBeTruthy();
    expect(baseline.goals.length).toBeGreaterThanOrEqual(2);
    expect(baseline.people.flatMap((p) => p.competences).some((c) => c.disagreement)).toBe(true);
  });
});

describe('erasing a person', () => {
  it('takes them out of every round and activity, and moves those records on so the erasure travels', async () => {
    const c = await company();
    const baseline = await startBaseline(c.id);
    await fillRound(baseline.id);
    await call('rounds.complete', { roundId: baseline.id, completedBy: 'Karin Berg' });
    const activity = await call('activities.create', {
      companyId: c.id,
      title: 'Kurs i försäljning',
      personIds: [c.owner.id, c.employee.id],
    });
    const roundBefore = await call('rounds.get', { roundId: baseline.id });
    expect(roundBefore.people.map((p) => p.personId)).toContain(c.employee.id);

    await call('people.delete', { id: c.employee.id });

    const roundAfter = await call('rounds.get', { roundId: baseline.id });
    expect(roundAfter.people.map((p) => p.personId)).not.toContain(c.employee.id);
    expect(roundAfter.revision).toBe(roundBefore.revision + 1);
    expect(roundAfter.completedAt).toBe(roundBefore.completedAt);
    const rows = await sql<{ n: number }>`SELECT count(*) AS n FROM round_person_competences WHERE person_id = ${c.employee.id}`.execute(store.db);
    expect(rows.rows[0]!.n).toBe(0);

    const plan = await call('plans.get', { companyId: c.id });
    const after = plan.activities.find((a) => a.id === activity.id)!;
    expect(after.personIds).toEqual([c.owner.id]);
    expect(after.revision).toBe(activity.revision + 1);
  });
});

describe('editing and deleting a company-specific competence', () => {
  async function tombstoneOf(id: string) {
    return (await sql<{ entity: string; entity_id: string; deleted_at: string; revision: number }>`
      SELECT entity, entity_id, deleted_at, revision FROM tombstones WHERE entity_id = ${id}`.execute(store.db)).rows;
  }

  it('an edit moves the revision on and shows in the company list and open rounds, never in a completed one', async () => {
    const c = await company();
    const baseline = await startBaseline(c.id);
    const custom = await call('competences.createCustom', { companyId: c.id, name: { sv: 'Svetsning', en: 'Welding' } });
    await call('rounds.setPersonCompetences', { roundId: baseline.id, personId: c.employee.id, competenceIds: ['sales', custom.id] });

    store.clock.advance(1000);
    const edited = await call('competences.updateCustom', {
      id: custom.id,
      patch: {
        name: { sv: 'TIG-svetsning', en: '' },
        description: { sv: 'Svetsning av rostfritt', en: 'Welding stainless steel' },
        levels: [1, 2, 3, 4, 5].map((level) => ({ level, descriptor: { sv: `Nivå ${level}`, en: '' } })),
      },
    });
    expect(edited).toMatchObject({
      id: custom.id,
      custom: true,
      name: { sv: 'TIG-svetsning', en: 'TIG-svetsning' },
      description: { sv: 'Svetsning av rostfritt', en: 'Welding stainless steel' },
      revision: 2,
    });
    expect(edited.levels?.[2]).toEqual({ level: 3, descriptor: { sv: 'Nivå 3', en: 'Nivå 3' } });
    const row = (await sql<{ updated_at: string; created_at: string }>`SELECT updated_at, created_at FROM custom_competences WHERE id = ${custom.id}`.execute(store.db)).rows[0]!;
    expect(row.updated_at > row.created_at).toBe(true);
    expect((await call('competences.listForCompany', { companyId: c.id })).competences.find((x) => x.id === custom.id)).toEqual(edited);
    expect((await call('rounds.get', { roundId: baseline.id })).customCompetences).toEqual([edited]);

    // Only the given fields change; nothing given, nothing changes (no new revision).
    const renamed = await call('competences.updateCustom', { id: custom.id, patch: { name: { sv: 'TIG-svetsning', en: 'TIG welding' } } });
    expect(renamed).toMatchObject({ name: { sv: 'TIG-svetsning', en: 'TIG welding' }, description: edited.description, levels: edited.levels, revision: 3 });
    expect(await call('competences.updateCustom', { id: custom.id, patch: {} })).toEqual(renamed);
    const cleared = await call('competences.updateCustom', { id: custom.id, patch: { description: null, levels: null } });
    expect(cleared).toMatchObject({ description: null, levels: null, revision: 4 });

    // A completed round keeps the competence as it was at completion.
    await fillRound(baseline.id);
    await call('rounds.complete', { roundId: baseline.id, completedBy: 'Karin Berg' });
    const before = await call('rounds.get', { roundId: baseline.id });
    await call('competences.updateCustom', { id: custom.id, patch: { name: { sv: 'MIG-svetsning', en: 'MIG welding' } } });
    expect(await call('rounds.get', { roundId: baseline.id })).toEqual(before);
    expect(before.customCompetences[0]!.name).toEqual({ sv: 'TIG-svetsning', en: 'TIG welding' });
  });

  it('a deletion writes a tombstone and takes the ratings out of open rounds, leaving completed rounds as they were', async () => {
    const c = await company();
    const baseline = await startBaseline(c.id);
    const custom = await call('competences.createCustom', { companyId: c.id, name: { sv: 'Surdegsbakning', en: 'Sourdough baking' } });
    const kept = await call('competences.createCustom', { companyId: c.id, name: { sv: 'Konditori', en: 'Confectionery' } });
    await call('rounds.setPersonCompetences', { roundId: baseline.id, personId: c.employee.id, competenceIds: ['sales', custom.id, kept.id] });
    await call('rounds.setPersonCompetences', { roundId: baseline.id, personId: c.owner.id, competenceIds: ['creativity', custom.id] });
    await fillRound(baseline.id);
    await call('rounds.complete', { roundId: baseline.id, completedBy: 'Karin Berg' });
    const completedBefore = await call('rounds.get', { roundId: baseline.id });
    store.clock.advance(1000);
    const follow = await call('rounds.start', { companyId: c.id, kind: 'followup', date: '2025-09-01', advisor: 'Karin Berg' });
    await call('rounds.saveRating', { roundId: follow.id, personId: c.employee.id, competenceId: custom.id, required: 5, note: 'Ny ugn' });
    const openBefore = await call('rounds.get', { roundId: follow.id });
    expect(openBefore.people.find((p) => p.personId === c.employee.id)!.competences.map((r) => r.competenceId)).toEqual(['sales', custom.id, kept.id]);
    const activity = await call('activities.create', { companyId: c.id, title: 'Bakkurs', competenceIds: [custom.id, 'sales'] });
    const other = await company();
    const otherRound = await startBaseline(other.id);

    store.clock.advance(1000);
    expect(await call('competences.deleteCustom', { id: custom.id })).toEqual({ deleted: true });

    expect(await tombstoneOf(custom.id)).toEqual([
      { entity: 'custom_competence', entity_id: custom.id, deleted_at: store.clock.now().toISOString(), revision: 2 },
    ]);
    expect((await call('competences.listForCompany', { companyId: c.id })).competences.filter((x) => x.custom).map((x) => x.id)).toEqual([kept.id]);

    // The open round: ratings gone, others untouched, revision moved on so the change travels.
    const openAfter = await call('rounds.get', { roundId: follow.id });
    expect(openAfter.revision).toBe(openBefore.revision + 1);
    expect(openAfter.customCompetences.map((x) => x.id)).toEqual([kept.id]);
    for (const p of openAfter.people) expect(p.competences.map((r) => r.competenceId)).not.toContain(custom.id);
    expect(openAfter.people.find((p) => p.personId === c.employee.id)!.competences.map((r) => r.competenceId)).toEqual(['sales', kept.id]);
    const left = await sql<{ n: number }>`SELECT count(*) AS n FROM round_person_competences WHERE round_id = ${follow.id} AND competence_id = ${custom.id}`.execute(store.db);
    expect(left.rows[0]!.n).toBe(0);
    expect((await call('rounds.summary', { roundId: follow.id })).unratedPairs.some((x) => x.competenceId === custom.id)).toBe(false);

    // The completed round: exactly as before, still naming the competence from its snapshot.
    const completedAfter = await call('rounds.get', { roundId: baseline.id });
    expect(completedAfter).toEqual(completedBefore);
    expect(completedAfter.customCompetences.find((x) => x.id === custom.id)?.name).toEqual({ sv: 'Surdegsbakning', en: 'Sourdough baking' });
    expect(completedAfter.people.find((p) => p.personId === c.owner.id)!.competences.map((r) => r.competenceId)).toContain(custom.id);

    // Another company's round is not touched; the activity no longer refers to it.
    expect((await call('rounds.get', { roundId: otherRound.id })).revision).toBe(otherRound.revision);
    const after = (await call('plans.get', { companyId: c.id })).activities.find((x) => x.id === activity.id)!;
    expect(after.competenceIds).toEqual(['sales']);
    expect(after.revision).toBe(activity.revision + 1);

    // Gone means gone: it can no longer be rated, edited or deleted.
    await refused('assessment.unknownCompetence', 'rounds.saveRating', { roundId: follow.id, personId: c.owner.id, competenceId: custom.id, required: 2 });
    await refused('assessment.unknownCompetence', 'competences.updateCustom', { id: custom.id, patch: { name: { sv: 'X', en: 'X' } } });
    await refused('assessment.unknownCompetence', 'competences.deleteCustom', { id: custom.id });
  });

  it('a deletion travels: another office that had the competence drops it from the open round, keeps the completed one', async () => {
    const PASS = 'exchange passphrase 2025';
    const transfer = async (to: TempStore) => {
      const input = api['exchange.export'].input.parse({ companyIds: 'all', passphrase: PASS, confirmation: PASS });
      const file = await exportCompanies(store.db, input, { ...clockFrom(store.clock.now), scryptWorkFactor: 10 });
      const preview = await previewImport(to.db, { base64: file.base64, passphrase: PASS }, to.deps);
      expect(preview.companies.flatMap((x) => x.conflicts)).toEqual([]);
      await applyImport(to.db, { previewId: preview.previewId, resolutions: {} }, to.deps);
    };
    const c = await company();
    const baseline = await startBaseline(c.id);
    const custom = await call('competences.createCustom', { companyId: c.id, name: { sv: 'Surdegsbakning', en: 'Sourdough baking' } });
    await call('rounds.setPersonCompetences', { roundId: baseline.id, personId: c.employee.id, competenceIds: ['sales', custom.id] });
    await fillRound(baseline.id);
    await call('rounds.complete', { roundId: baseline.id, completedBy: 'Karin Berg' });
    store.clock.advance(1000);
    const follow = await call('rounds.start', { companyId: c.id, kind: 'followup', date: '2025-09-01', advisor: 'Karin Berg' });
    await call('activities.create', { companyId: c.id, title: 'Bakkurs', competenceIds: [custom.id] });

    const other = await makeTempStore();
    try {
      clearPreviews();
      await transfer(other);
      const otherRouter = createRouter(other.session);
      const get = async (roundId: string) => {
        const r = await otherRouter.handle('rounds.get', { roundId });
        if (!r.ok) throw new Error(JSON.stringify(r.error));
        return r.value as ResultOf<'rounds.get'>;
      };
      expect((await get(follow.id)).customCompetences.map((x) => x.id)).toEqual([custom.id]);

      store.clock.advance(1000);
      await call('competences.deleteCustom', { id: custom.id });
      other.clock.advance(5000);
      await transfer(other);

      const openThere = await get(follow.id);
      expect(openThere.customCompetences).toEqual([]);
      expect(openThere).toEqual(await call('rounds.get', { roundId: follow.id }));
      const completedThere = await get(baseline.id);
      expect(completedThere.customCompetences.map((x) => x.name.sv)).toEqual(['Surdegsbakning']);
      expect(completedThere).toEqual(await call('rounds.get', { roundId: baseline.id }));
      const rows = await sql<{ n: number }>`SELECT count(*) AS n FROM custom_competences WHERE id = ${custom.id}`.execute(other.db);
      expect(rows.rows[0]!.n).toBe(0);
    } finally {
      other.cleanup();
    }
  });

  it('refuses unknown ids and bad input, storing nothing', async () => {
    const c = await company();
    await startBaseline(c.id);
    const custom = await call('competences.createCustom', { companyId: c.id, name: { sv: 'Svetsning', en: 'Welding' } });
    const unknown = '01900000-0000-7000-8000-000000000000';
    const err = await refused('assessment.unknownCompetence', 'competences.updateCustom', { id: unknown, patch: { name: { sv: 'X', en: 'X' } } });
    expect(err.params).toEqual({ competenceId: unknown });
    await refused('assessment.unknownCompetence', 'competences.deleteCustom', { id: unknown });
    await refused('validation', 'competences.deleteCustom', { id: 'sales' });
    await refused('validation', 'competences.updateCustom', { id: custom.id, patch: { name: { sv: '', en: '' } } });
    await refused('validation', 'competences.updateCustom', { id: custom.id, patch: { levels: [{ level: 1, descriptor: { sv: 'a', en: 'a' } }] } });
    await refused('validation', 'competences.updateCustom', { id: custom.id, patch: { companyId: c.id } });
    expect((await call('competences.listForCompany', { companyId: c.id })).competences.find((x) => x.id === custom.id)).toEqual(custom);
  });
});
