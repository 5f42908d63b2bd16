import { describe, expect, it } from 'vitest';
import type { ChannelName, ResultOf } from '@shared/api';
import { createRouter } from '../../src-main/ipc/router';
import { competenceCatalogue, situationFramework } from '../../src-main/services/frameworks';
import { Session } from '../../src-main/store/session';

import { useAssessmentStore } from '../helpers/assessmentStore';

// The assessment services through the router on a real encrypted store: frameworks, rounds, answers, competences, vision, completion.
const h = useAssessmentStore();
const { call, failure, refused, company, startBaseline, fillRound } = h;

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
    await refused('assessment.companyNotEnrolled', 'rounds.start', {
      companyId: prospect.id,
      kind: 'baseline',
      date: '2025-03-01',
      advisor: 'X',
    });
    const c = await company();
    await refused('assessment.noBaseline', 'rounds.start', { companyId: c.id, kind: 'followup', date: '2025-03-01', advisor: 'X' });
    expect((await failure('rounds.start', { companyId: c.id, kind: 'final', date: '2025-03-01', advisor: 'X' })).code).toBe('validation');
  });
});

describe('answers and steps', () => {
  it('persist the moment they are given: after closing and reopening the store, the answer and step are there', async () => {
    await h.replaceStore({ passphrase: 'a long enough passphrase' });
    const c = await company();
    const round = await startBaseline(c.id);
    const saved = await call('rounds.saveAnswer', {
      roundId: round.id,
      questionId: 'strategy-direction',
      level: 4,
      note: 'Plan finns i huvudet',
    });
    expect(saved).toMatchObject({ questionId: 'strategy-direction', level: 4, note: 'Plan finns i huvudet' });
    await call('rounds.setStep', { roundId: round.id, step: 'area:market-sales' });

    h.store.session.close();
    const reopened = new Session({ dataDir: h.store.dataDir, unlockMode: 'passphrase', systemLocale: 'sv-SE' });
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
    const ok = await call('rounds.saveRating', {
      roundId: round.id,
      personId: c.prospective.id,
      competenceId: 'creativity',
      required: 4,
      selfLevel: null,
    });
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
    await call('rounds.saveRating', {
      roundId: round.id,
      personId: c.employee.id,
      competenceId: custom.id,
      required: 4,
      selfLevel: 4,
      advisorLevel: 2,
      note: 'Certifikat saknas',
    });
    const got = await call('rounds.get', { roundId: round.id });
    expect(got.customCompetences.map((x) => x.id)).toEqual([custom.id]);
    const rating = got.people.find((p) => p.personId === c.employee.id)!.competences.find((x) => x.competenceId === custom.id);
    expect(rating).toEqual({
      competenceId: custom.id,
      requiredLevel: 4,
      selfLevel: 4,
      advisorLevel: 2,
      note: 'Certifikat saknas',
      disagreement: true,
    });
    // A custom competence of another company is unknown here.
    const foreign = await call('competences.createCustom', { companyId: other.id, name: { sv: 'Bakning', en: 'Baking' } });
    await refused('assessment.unknownCompetence', 'rounds.saveRating', {
      roundId: round.id,
      personId: c.owner.id,
      competenceId: foreign.id,
      required: 2,
    });
  });

  it('gives a person who joins mid-round the role defaults, stored at the first rating', async () => {
    const c = await company();
    const round = await startBaseline(c.id);
    const newcomer = await call('people.create', { companyId: c.id, name: 'Nils Ny', role: 'manager' });
    let got = await call('rounds.get', { roundId: round.id });
    const pending = got.people.find((p) => p.personId === newcomer.id)!;
    expect(pending.pending).toBe(true);
    expect(pending.competences).toHaveLength(22);
    await call('rounds.saveRating', {
      roundId: round.id,
      personId: newcomer.id,
      competenceId: pending.competences[0]!.competenceId,
      advisorLevel: 3,
    });
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
    const edited = await call('rounds.saveGoal', {
      roundId: round.id,
      id: goal.id,
      kind: 'turnover',
      currentValue: 2500,
      targetValue: 4000,
      targetYear: 2029,
    });
    expect(edited).toMatchObject({ id: goal.id, currentValue: 2500, targetYear: 2029, revision: 2, areaIds: [] });
    const strategy = await call('rounds.saveStrategy', {
      roundId: round.id,
      text: 'Sälja till kaféer i Örebro',
      areaIds: ['strategy-leadership'],
    });
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
    const tombs = await h.store.db.selectFrom('tombstones').selectAll().orderBy('entity').execute();
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
    for (const [i, q] of area.questions.entries())
      await call('rounds.saveAnswer', { roundId: round.id, questionId: q.id, level: levels[i]! });
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
    h.store.clock.advance(60_000);
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
