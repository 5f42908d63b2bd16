import crypto from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { channelsWhere } from '@shared/api';
import type { InputOf } from '@shared/api';
import { createRouter } from '../../src-main/ipc/router';
import type { Router } from '../../src-main/ipc/router';
import { Session } from '../../src-main/store/session';
import { makeTempDir, makeTempStore, orgNumberFor, TEST_PASSPHRASE } from '../helpers/tempStore';
import type { TempStore } from '../helpers/tempStore';
import { caller } from '../helpers/calls';

let store: TempStore | null = null;
afterEach(() => {
  store?.cleanup();
  store = null;
});

const ENROLLED = {
  status: 'enrolled' as const,
  growthAmbition: true,
  growthAmbitionDate: '2025-01-15',
  consentBy: 'Anna Ägare',
  consentAt: '2025-01-15',
  consentScope: 'Kartläggning',
};

async function setup(router: Router) {
  const call = caller(router);
  const make = async (n: number) => {
    const c = await call('companies.create', { name: `Företag ${n} AB`, orgNumber: orgNumberFor(n), ...ENROLLED });
    const owner = await call('people.create', { companyId: c.id, name: `Ägare ${n}`, role: 'owner' });
    const employee = await call('people.create', { companyId: c.id, name: `Anställd ${n}`, role: 'employee' });
    const prospective = await call('people.create', { companyId: c.id, name: `Framtida ${n}`, role: 'prospective' });
    const round = await call('rounds.start', { companyId: c.id, kind: 'baseline', date: '2025-03-01', advisor: 'Karin' });
    return { company: c, owner, employee, prospective, round };
  };
  return { call, a: await make(1), b: await make(2) };
}

describe('self-assessment mode through the router', () => {
  it('serves only the whitelist, only for the handed-over round and person, and exits with the passphrase', async () => {
    store = await makeTempStore({ passphrase: TEST_PASSPHRASE });
    const router = createRouter(store.session);
    const { call, a, b } = await setup(router);
    const competenceId = a.round.people.find((p) => p.personId === a.employee.id)!.competences[0]!.competenceId;
    await call('rounds.saveRating', {
      roundId: a.round.id,
      personId: a.employee.id,
      competenceId,
      advisorLevel: 4,
      note: 'Rådgivarens anteckning',
    });

    const state = await call('selfAssessment.enter', { roundId: a.round.id, personId: a.employee.id, language: 'en' });
    expect(state).toEqual({ roundId: a.round.id, personId: a.employee.id, language: 'en' });
    expect((await call('session.status', {})).selfAssessment).toEqual(state);

    // Every channel outside the whitelist is refused, whatever its input.
    const refusedChannels = [...channelsWhere((p) => p.selfAssessment === 'refused')];
    expect(refusedChannels.length).toBeGreaterThan(30);
    for (const channel of refusedChannels) {
      const r = await router.handle(channel, { companyId: a.company.id, roundId: a.round.id, personId: a.employee.id });
      expect(r, channel).toEqual({ ok: false, error: { code: 'selfAssessment.active' } });
    }
    // session.lock is refused too: the person cannot lock and leave the data to an auto-unlock.
    expect(store.session.unlocked).toBe(true);

    // Another person, another round, another company's person: refused.
    for (const input of [
      { roundId: a.round.id, personId: a.owner.id },
      { roundId: b.round.id, personId: a.employee.id },
      { roundId: b.round.id, personId: b.employee.id },
    ]) {
      expect(await router.handle('selfAssessment.get', input)).toEqual({ ok: false, error: { code: 'selfAssessment.active' } });
      expect(await router.handle('selfAssessment.saveRating', { ...input, competenceId, selfLevel: 3 })).toEqual({
        ok: false,
        error: { code: 'selfAssessment.active' },
      });
    }

    // The own view: the name, the competences with descriptors and self levels, nothing else.
    const view = await call('selfAssessment.get', { roundId: a.round.id, personId: a.employee.id });
    expect(view.name).toBe('Anställd 1');
    expect(view.competences.length).toBeGreaterThanOrEqual(15);
    expect(view.competences[0]!.competence.levels).toHaveLength(5);
    const text = JSON.stringify(view);
    for (const leak of ['Ägare 1', 'Framtida 1', 'Företag 1 AB', 'Rådgivarens anteckning', 'advisorLevel', 'requiredLevel', 'note']) {
      expect(text).not.toContain(leak);
    }

    expect(await call('selfAssessment.saveRating', { roundId: a.round.id, personId: a.employee.id, competenceId, selfLevel: 2 })).toEqual({
      competenceId,
      selfLevel: 2,
    });
    // A competence outside the person's set is refused (it would otherwise be added).
    const outside = await router.handle('selfAssessment.saveRating', {
      roundId: a.round.id,
      personId: a.employee.id,
      competenceId: 'no-such-competence',
      selfLevel: 2,
    });
    expect(outside.ok ? null : outside.error.code).toBe('assessment.unknownCompetence');

    // Leaving needs the advisor's passphrase.
    expect(await router.handle('selfAssessment.exit', { passphrase: 'not the passphrase' })).toEqual({
      ok: false,
      error: { code: 'store.wrongPassphrase', params: {} },
    });
    expect(store.session.selfAssessment).not.toBeNull();
    const missing = await router.handle('selfAssessment.exit', {});
    expect(missing.ok ? null : missing.error.code).toBe('validation');
    // After one wrong passphrase the next attempt waits a second.
    store.clock.advance(1000);
    expect(await call('selfAssessment.exit', { passphrase: TEST_PASSPHRASE })).toEqual({ exited: true });
    expect(store.session.selfAssessment).toBeNull();
    expect((await call('session.status', {})).selfAssessment).toBeUndefined();

    // The advisor sees the self level beside their own.
    const round = await call('rounds.get', { roundId: a.round.id });
    const rating = round.people.find((p) => p.personId === a.employee.id)!.competences.find((c) => c.competenceId === competenceId)!;
    expect(rating).toMatchObject({ selfLevel: 2, advisorLevel: 4, note: 'Rådgivarens anteckning' });

    // Out of the mode, its channels are refused.
    const notActive = await router.handle('selfAssessment.get', { roundId: a.round.id, personId: a.employee.id });
    expect(notActive.ok ? null : notActive.error.code).toBe('selfAssessment.notActive');
  });

  it('refuses a prospective employee and a completed or unknown round', async () => {
    store = await makeTempStore();
    const router = createRouter(store.session);
    const { a, b } = await setup(router);
    const code = async (input: InputOf<'selfAssessment.enter'>) => {
      const r = await router.handle('selfAssessment.enter', input);
      return r.ok ? 'ok' : r.error.code;
    };
    expect(await code({ roundId: a.round.id, personId: a.prospective.id, language: 'sv' })).toBe('assessment.prospectiveCurrentLevel');
    expect(await code({ roundId: a.round.id, personId: b.employee.id, language: 'sv' })).toBe('assessment.personNotInCompany');
    expect(await code({ roundId: crypto.randomUUID(), personId: a.employee.id, language: 'sv' })).toBe('assessment.roundNotFound');
    expect(store.session.selfAssessment).toBeNull();
  });

  it('in keychain mode needs a 6-digit handover code to enter and the same code to leave, waiting longer after each miss', async () => {
    const dataDir = makeTempDir();
    let now = new Date('2025-03-01T09:00:00Z');
    const session = new Session({ dataDir, unlockMode: 'keychain', systemLocale: 'sv-SE', now: () => now });
    await session.unlockWithRawKey(crypto.randomBytes(32).toString('hex'), { create: true });
    try {
      const router = createRouter(session);
      const { call, a } = await setup(router);
      const ref = { roundId: a.round.id, personId: a.owner.id };
      const noCode = await router.handle('selfAssessment.enter', { ...ref, language: 'sv' });
      expect(noCode.ok ? null : noCode.error.code).toBe('selfAssessment.codeRequired');
      for (const short of ['12', '4711', '12345']) {
        const shortCode = await router.handle('selfAssessment.enter', { ...ref, language: 'sv', handoverCode: short });
        expect(shortCode.ok ? null : shortCode.error.code).toBe('validation');
      }
      await call('selfAssessment.enter', { ...ref, language: 'sv', handoverCode: '471100' });

      // Each wrong code doubles the wait before the next attempt is judged: 1, 2, 4, 8, 16 s.
      for (let i = 0; i < 5; i++) {
        const wrong = await router.handle('selfAssessment.exit', { handoverCode: '000000' });
        expect(wrong.ok ? null : wrong.error.code).toBe('selfAssessment.wrongCode');
        const paused = await router.handle('selfAssessment.exit', { handoverCode: '471100' });
        expect(paused).toEqual({ ok: false, error: { code: 'selfAssessment.tooManyAttempts', params: { seconds: 2 ** i } } });
        now = new Date(now.getTime() + 2 ** i * 1000);
      }
      expect(await call('selfAssessment.exit', { handoverCode: '471100' })).toEqual({ exited: true });
      expect(session.selfAssessment).toBeNull();
    } finally {
      session.close();
    }
  });
});
