import { describe, expect, it } from 'vitest';
import { enrolmentNeeds, mayStartRound } from '@shared/domain/company';
import { nextStep } from '../../src-renderer/features/companies/nextStep';
import type { NextStepInput } from '../../src-renderer/features/companies/nextStep';

const READY = { growthAmbition: true, growthAmbitionDate: '2025-01-15', consentBy: 'Ägaren', consentAt: '2025-01-15' };
const base: NextStepInput = {
  company: { status: 'enrolled', ...READY },
  rounds: [],
  openStep: null,
  activities: 0,
  followUp: null,
};
const done = { id: 'r1', completedAt: '2025-03-01T10:00:00.000Z' };

describe('the rules of starting a round and enrolling', () => {
  it('lets enrolled and completed companies start rounds, not prospects or withdrawn ones', () => {
    expect(['prospect', 'enrolled', 'completed', 'withdrawn'].filter((s) => mayStartRound(s as never))).toEqual(['enrolled', 'completed']);
  });

  it('says what enrolment still needs: the dated ambition and the consent', () => {
    expect(enrolmentNeeds(READY)).toEqual([]);
    expect(enrolmentNeeds({ ...READY, growthAmbitionDate: null })).toEqual(['ambition']);
    expect(enrolmentNeeds({ ...READY, growthAmbition: false, consentAt: null })).toEqual(['ambition', 'consent']);
  });
});

describe('the company page’s next step', () => {
  it('asks a prospect to enrol first, with what is missing, and never offers the baseline', () => {
    const prospect = { ...base, company: { ...base.company, status: 'prospect' as const, consentBy: null } };
    expect(nextStep(prospect)).toEqual({ kind: 'enrol', needs: ['consent'] });
    expect(nextStep({ ...base, company: { ...base.company, status: 'withdrawn' } })).toEqual({ kind: 'noRounds' });
  });

  it('starts the baseline, continues an open round at its step, then plans from the gaps', () => {
    expect(nextStep(base)).toEqual({ kind: 'startBaseline' });
    const open = { ...base, rounds: [{ id: 'r1', completedAt: null }], openStep: { step: 4, steps: 13 } };
    expect(nextStep(open)).toEqual({ kind: 'continueRound', roundId: 'r1', step: 4, steps: 13 });
    expect(nextStep({ ...base, rounds: [done] })).toEqual({ kind: 'plan' });
  });

  it('asks for the follow-up when it is due, and otherwise lets the plan run', () => {
    const planned = { ...base, rounds: [done], activities: 3 };
    expect(nextStep({ ...planned, followUp: { date: '2025-09-01', daysLeft: -2 } })).toEqual({
      kind: 'followUp',
      date: '2025-09-01',
      daysLeft: -2,
    });
    expect(nextStep(planned)).toEqual({ kind: 'onTrack' });
  });
});
