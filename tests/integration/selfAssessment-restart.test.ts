import crypto from 'node:crypto';
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { channelsWhere } from '@shared/api';
import { createRouter } from '../../src-main/ipc/router';
import { Session } from '../../src-main/store/session';
import { makeTempDir, orgNumberFor } from '../helpers/tempStore';
import { caller } from '../helpers/calls';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const ENROLLED = {
  status: 'enrolled' as const,
  growthAmbition: true,
  growthAmbitionDate: '2025-01-15',
  consentBy: 'Anna Ägare',
  consentAt: '2025-01-15',
  consentScope: 'Kartläggning',
};

/**
 * Keychain mode unlocks the store by itself at start: the mode must come back from the store, or a person handed
 * the laptop could quit, start again and read every company.
 */
describe('self-assessment mode across a restart (keychain mode)', () => {
  it('comes back on at the next unlock, with its wrong-code count, until the handover code ends it', async () => {
    const dataDir = makeTempDir();
    dirs.push(dataDir);
    const key = crypto.randomBytes(32).toString('hex');
    let now = Date.parse('2025-03-01T09:00:00Z');
    const start = async (create = false) => {
      const session = new Session({ dataDir, unlockMode: 'keychain', systemLocale: 'sv-SE', now: () => new Date(now) });
      await session.unlockWithRawKey(key, { create });
      return { session, router: createRouter(session) };
    };

    let { session, router } = await start(true);
    const call = caller(router);
    const company = await call('companies.create', { name: 'Företag 1 AB', orgNumber: orgNumberFor(1), ...ENROLLED });
    const person = await call('people.create', { companyId: company.id, name: 'Anställd 1', role: 'employee' });
    const round = await call('rounds.start', { companyId: company.id, kind: 'baseline', date: '2025-03-01', advisor: 'Karin' });
    const own = { roundId: round.id, personId: person.id };
    await call('selfAssessment.enter', { ...own, language: 'en', handoverCode: '314159' });
    expect((await router.handle('selfAssessment.exit', { handoverCode: '000000' })).ok).toBe(false);
    // Quit without leaving the mode (the window closed by force, the process killed).
    session.close();

    ({ session, router } = await start());
    expect(session.status().selfAssessment).toEqual({ ...own, language: 'en' });
    for (const channel of channelsWhere((p) => p.selfAssessment === 'refused')) {
      const refused = await router.handle(channel, { companyId: company.id });
      expect(refused, channel).toEqual({ ok: false, error: { code: 'selfAssessment.active' } });
    }
    expect((await router.handle('selfAssessment.get', own)).ok).toBe(true);
    // The restart did not reset the wait after the wrong code.
    expect(await router.handle('selfAssessment.exit', { handoverCode: '314159' })).toEqual({
      ok: false,
      error: { code: 'selfAssessment.tooManyAttempts', params: { seconds: 1 } },
    });
    now += 1000;
    expect(await router.handle('selfAssessment.exit', { handoverCode: '314159' })).toEqual({ ok: true, value: { exited: true } });
    session.close();

    ({ session, router } = await start());
    expect(session.status().selfAssessment).toBeUndefined();
    expect((await router.handle('companies.list', {})).ok).toBe(true);
    session.close();
  });
});
