import { describe, expect, it } from 'vitest';
import { situationFramework } from '../../src-main/services/frameworks';
import { useAssessmentStore } from '../helpers/assessmentStore';

/**
 * The business check's data (issue 16), through the router as the print view reads it: what it returns is what is
 * printed, so a note the advisor did not share, the people's ratings and another company must not be in it at all.
 */

const h = useAssessmentStore();
const PRIVATE = 'INTERN-ANTECKNING';
const SHARED = 'Delad iakttagelse om kassaflödet';

const PNG_1PX = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

async function completedBaseline() {
  const c = await h.company();
  const round = await h.startBaseline(c.id);
  await h.fillRound(round.id, (i) => (i % 3) + 1);
  const [first, second] = situationFramework(1).areas[0]!.questions;
  await h.call('rounds.saveAnswer', { roundId: round.id, questionId: first!.id, level: 2, note: SHARED, noteShared: true });
  await h.call('rounds.saveAnswer', { roundId: round.id, questionId: second!.id, level: 1, note: PRIVATE });
  await h.call('rounds.saveVision', { roundId: round.id, vision: 'Ledande bageri i länet' });
  await h.call('rounds.saveAreaTarget', { roundId: round.id, areaId: 'finance-profitability', targetLevel: 5 });
  await h.call('rounds.saveStrategy', { roundId: round.id, text: 'Sälja till hotell', areaIds: ['finance-profitability'] });
  await h.call('rounds.complete', { roundId: round.id, completedBy: 'Karin Berg' });
  return { company: c, round, first: first!, second: second! };
}

describe('print.businessCheck', () => {
  it('gives each area’s score, the chosen levels with their texts, shared notes only, and the largest opportunities', async () => {
    const { company, round, first, second } = await completedBaseline();
    const check = await h.call('print.businessCheck', { roundId: round.id });
    expect(check).toMatchObject({ companyId: company.id, kind: 'baseline', baseline: null, vision: 'Ledande bageri i länet' });
    expect(check.areas).toHaveLength(10);
    const questions = check.areas[0]!.questions;
    const q1 = questions.find((q) => q.questionId === first.id)!;
    expect(q1).toMatchObject({ level: 2, sharedNote: SHARED, levelText: first.levels[1]!.descriptor });
    expect(q1.levelLabel?.en).toBe('Started');
    expect(questions.find((q) => q.questionId === second.id)!.sharedNote).toBeNull();
    expect(check.opportunities[0]).toBe('finance-profitability');
    expect(check.opportunities).toHaveLength(3);
    expect(check.strategies).toEqual([{ text: 'Sälja till hotell', areaIds: ['finance-profitability'] }]);
    const text = JSON.stringify(check);
    for (const absent of [PRIVATE, 'Erik Anställd', 'Anna Ägare']) expect(text).not.toContain(absent);
  });

  it('compares a follow-up with the baseline, area by area', async () => {
    const { company, round } = await completedBaseline();
    const follow = await h.call('rounds.start', { companyId: company.id, kind: 'followup', date: '2025-09-01', advisor: 'Karin Berg' });
    await h.fillRound(follow.id, () => 4);
    await h.call('rounds.complete', { roundId: follow.id, completedBy: 'Karin Berg' });
    const check = await h.call('print.businessCheck', { roundId: follow.id });
    expect(check.baseline).toEqual({ roundId: round.id, date: '2025-03-01' });
    for (const a of check.areas) {
      expect(a.score).toBe(75);
      expect(a.change).toBe(75 - a.baselineScore!);
    }
  });

  it('refuses an open round and an unknown one', async () => {
    const c = await h.company();
    const round = await h.startBaseline(c.id);
    expect((await h.failure('print.businessCheck', { roundId: round.id })).code).toBe('assessment.roundNotCompleted');
    expect((await h.failure('print.businessCheck', { roundId: '0190a3b4-0000-7000-8000-000000000000' })).code).toBe(
      'assessment.roundNotFound',
    );
  });

  it('keeps the shareable mark when only the level changes, and carries it into a follow-up', async () => {
    const { company } = await completedBaseline();
    const follow = await h.call('rounds.start', { companyId: company.id, kind: 'followup', date: '2025-09-01', advisor: 'Karin Berg' });
    const q = situationFramework(1).areas[0]!.questions[0]!;
    expect(follow.answers.find((a) => a.questionId === q.id)).toMatchObject({ note: SHARED, noteShared: true });
    await h.call('rounds.saveAnswer', { roundId: follow.id, questionId: q.id, level: 5 });
    const again = await h.call('rounds.get', { roundId: follow.id });
    expect(again.answers.find((a) => a.questionId === q.id)).toMatchObject({ level: 5, noteShared: true });
    await h.call('rounds.saveAnswer', { roundId: follow.id, questionId: q.id, level: 5, noteShared: false });
    expect((await h.call('rounds.get', { roundId: follow.id })).answers.find((a) => a.questionId === q.id)!.noteShared).toBe(false);
  });
});

describe('the programme identity in Settings', () => {
  it('keeps the name, the contact and a PNG logo; refuses an SVG, a mislabelled file and one over the cap, storing nothing', async () => {
    const saved = await h.call('settings.update', {
      programmeName: 'Växtkraft Norr',
      programmeLogo: PNG_1PX,
      advisorPhone: '070-123 45 67',
      advisorEmail: 'karin@example.se',
    });
    expect(saved).toMatchObject({ programmeName: 'Växtkraft Norr', programmeLogo: PNG_1PX, advisorEmail: 'karin@example.se' });
    const svg = `data:image/svg+xml;base64,${btoa('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')}`;
    const fakePng = `data:image/png;base64,${btoa('<svg onload="alert(1)"></svg>')}`;
    const huge = `data:image/png;base64,iVBORw0KGgo${'A'.repeat(360_000)}`;
    for (const [logo, message] of [
      [svg, 'logoType'],
      [fakePng, 'logoType'],
      [huge, 'logoSize'],
    ] as const) {
      const r = await h.router.handle('settings.update', { programmeLogo: logo });
      expect(r.ok).toBe(false);
      expect(JSON.stringify(r)).toContain(message);
    }
    expect((await h.call('settings.get', {})).programmeLogo).toBe(PNG_1PX);
    expect((await h.call('settings.update', { programmeLogo: null })).programmeLogo).toBeNull();
  });
});
