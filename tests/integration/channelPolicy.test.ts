import { afterEach, describe, expect, it } from 'vitest';
import { api, channelsWhere, DEFAULT_POLICY, MAX_EXCHANGE_PAYLOAD_BYTES, MAX_PAYLOAD_BYTES, policyOf } from '@shared/api';
import type { ChannelName } from '@shared/api';
import { createRouter } from '../../src-main/ipc/router';
import type { Router } from '../../src-main/ipc/router';
import { makeTempStore, orgNumberFor } from '../helpers/tempStore';
import type { TempStore } from '../helpers/tempStore';
import { caller } from '../helpers/calls';

const ALL = [...channelsWhere(() => true)];

let store: TempStore | null = null;
afterEach(() => {
  store?.cleanup();
  store = null;
});

/** The code a call was refused with, or null when it was not refused. */
async function codeOf(router: Router, channel: ChannelName, input: unknown): Promise<string | null> {
  const r = await router.handle(channel, input);
  return r.ok ? null : r.error.code;
}

describe('channel policy: declared with each channel in the contract', () => {
  it('is complete: every channel has each field, with a valid value', () => {
    expect(ALL.length).toBe(Object.keys(api).length);
    for (const channel of ALL) {
      const policy = policyOf(channel);
      expect(Object.keys(policy).sort(), channel).toEqual(Object.keys(DEFAULT_POLICY).sort());
      expect(typeof policy.whileLocked, channel).toBe('boolean');
      expect(['refused', 'served', 'ownOnly'], channel).toContain(policy.selfAssessment);
      expect(Number.isSafeInteger(policy.maxPayloadBytes) && policy.maxPayloadBytes > 0, channel).toBe(true);
    }
  });

  it('opens the session channels (and listing and restoring backups) while locked, four in self-assessment mode, files larger', () => {
    expect([...channelsWhere((p) => p.whileLocked)].sort()).toEqual([
      'backups.list',
      'backups.restore',
      'session.create',
      'session.lock',
      'session.setAside',
      'session.setLanguage',
      'session.status',
      'session.unlock',
    ]);
    const selfAssessment = ALL.filter((c) => policyOf(c).selfAssessment !== 'refused').map((c) => [c, policyOf(c).selfAssessment]);
    expect(Object.fromEntries(selfAssessment)).toEqual({
      'session.status': 'served',
      'selfAssessment.get': 'ownOnly',
      'selfAssessment.saveRating': 'ownOnly',
      'selfAssessment.exit': 'served',
    });
    // The file-carrying exchange channels (and the conflict resolutions an apply may list) take the larger body;
    // the shared folder's small requests (send, inbox, its preview by file name) keep the usual one.
    const large = new Set(['exchange.export', 'exchange.preview', 'exchange.apply', 'exchange.log', 'exchange.inboxApply']);
    for (const channel of ALL) {
      const expected = large.has(channel) ? MAX_EXCHANGE_PAYLOAD_BYTES : MAX_PAYLOAD_BYTES;
      expect(policyOf(channel).maxPayloadBytes, channel).toBe(expected);
    }
  });

  it('names channels by their type: a misspelt name does not compile', () => {
    // @ts-expect-error 'sesion.status' is not a channel
    expect(() => policyOf('sesion.status')).toThrow(TypeError);
  });
});

describe('channel policy through the router', () => {
  it('a locked store serves exactly the whileLocked channels', async () => {
    store = await makeTempStore();
    const router = createRouter(store.session);
    store.session.lock();
    for (const channel of ALL) {
      // An empty input: a served channel answers or refuses it on its merits, never with store.locked.
      const locked = (await codeOf(router, channel, {})) === 'store.locked';
      expect(locked, channel).toBe(!policyOf(channel).whileLocked);
    }
    expect(store.session.unlocked).toBe(false);
  });

  it('self-assessment mode serves exactly its channels, and the ownOnly ones only for the handed-over round and person', async () => {
    store = await makeTempStore();
    const router = createRouter(store.session);
    const call = caller(router);
    const company = await call('companies.create', {
      name: 'Policy AB',
      orgNumber: orgNumberFor(1),
      status: 'enrolled',
      growthAmbition: true,
      growthAmbitionDate: '2025-01-15',
      consentBy: 'Anna Ägare',
      consentAt: '2025-01-15',
      consentScope: 'Kartläggning',
    });
    const person = await call('people.create', { companyId: company.id, name: 'Anställd', role: 'employee' });
    const round = await call('rounds.start', { companyId: company.id, kind: 'baseline', date: '2025-03-01', advisor: 'Karin' });
    await call('selfAssessment.enter', { roundId: round.id, personId: person.id, language: 'sv' });

    const own = { roundId: round.id, personId: person.id };
    for (const channel of ALL) {
      const access = policyOf(channel).selfAssessment;
      const withOwn = (await codeOf(router, channel, own)) === 'selfAssessment.active';
      expect(withOwn, channel).toBe(access === 'refused');
      const withoutOwn = (await codeOf(router, channel, {})) === 'selfAssessment.active';
      expect(withoutOwn, channel).toBe(access !== 'served');
    }
    expect(store.session.selfAssessment).toEqual({ ...own, language: 'sv' });
  });
});
