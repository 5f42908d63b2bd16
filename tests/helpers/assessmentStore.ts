import { afterEach, beforeEach } from 'vitest';
import type { ChannelName, InputOf, ResultOf } from '@shared/api';
import type { ErrorCode } from '@shared/api/errors';
import { createRouter } from '../../src-main/ipc/router';
import type { Router } from '../../src-main/ipc/router';
import { situationFramework } from '../../src-main/services/frameworks';
import { makeTempStore, orgNumberFor } from './tempStore';
import type { TempStore } from './tempStore';
import { expectRefused, refusal, tableState } from './refusal';

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

export const ENROLLED = {
  status: 'enrolled' as const,
  growthAmbition: true,
  growthAmbitionDate: '2025-01-15',
  consentBy: 'Anna Ägare',
  consentAt: '2025-01-15',
  consentScope: 'Kartläggning och uppföljning',
};

export const allQuestions = (version = 1) =>
  situationFramework(version).areas.flatMap((a) => a.questions.map((q) => ({ areaId: a.id, id: q.id })));

/**
 * A fresh encrypted store and router for each test of the assessment services, with the helpers those tests share:
 * a typed `call`, `failure`, `refused` (a write refused with its code, storing nothing), a company with an owner, an
 * employee and a prospective employee, and a filled-in round. `undo` is run after the test (framework versions).
 */
export function useAssessmentStore() {
  let store: TempStore | undefined;
  let router: Router | undefined;
  let companySeq = 0;
  const h = {
    undo: null as (() => void) | null,
    get store(): TempStore {
      if (!store) throw new Error('no store outside a test');
      return store;
    },
    get router(): Router {
      if (!router) throw new Error('no router outside a test');
      return router;
    },
    /** Replaces this test's store with a new one (e.g. with a real passphrase) and a router over it. */
    async replaceStore(options: Parameters<typeof makeTempStore>[0]): Promise<TempStore> {
      store?.cleanup();
      store = await makeTempStore(options);
      router = createRouter(store.session);
      return store;
    },
  };
  beforeEach(async () => {
    store = await makeTempStore();
    router = createRouter(store.session);
  });
  afterEach(() => {
    h.undo?.();
    h.undo = null;
    store?.cleanup();
  });

  async function call<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<ResultOf<C>> {
    const r = await h.router.handle(channel, input);
    if (!r.ok) throw new Error(`${channel} failed: ${JSON.stringify(r.error)}`);
    return r.value as ResultOf<C>;
  }

  const failure = <C extends ChannelName>(channel: C, input: InputOf<C> | Record<string, unknown>) =>
    refusal(() => h.router.handle(channel, input));

  /** Every assessment row, to prove that a refused write stored nothing. */
  const assessmentState = () => tableState(h.store.db, ASSESSMENT_TABLES);

  /** A write that must be refused with `code`, storing nothing. */
  const refused = <C extends ChannelName>(code: ErrorCode, channel: C, input: InputOf<C> | Record<string, unknown>) =>
    expectRefused(code, () => h.router.handle(channel, input), assessmentState);

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

  /** Answers every question and rates every pair, so that the round can be completed. */
  async function fillRound(roundId: string, level = (i: number) => (i % 5) + 1): Promise<void> {
    const round = await call('rounds.get', { roundId });
    const fw = situationFramework(round.frameworkVersion);
    let i = 0;
    for (const area of fw.areas)
      for (const q of area.questions) await call('rounds.saveAnswer', { roundId, questionId: q.id, level: level(i++) });
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

  return Object.assign(h, { call, failure, refused, assessmentState, company, startBaseline, fillRound });
}
