import { describe, expect, it } from 'vitest';
import { createRouter } from '../../src-main/ipc/router';
import { call, useExchangeStores } from '../helpers/exchangeStores';
import { expectRefused, tableState } from '../helpers/refusal';

/** The address book of other offices, through the router as the screens use it. */

const store = useExchangeStores();

describe('the address book', () => {
  it('adds an office from its card, records the day it was verified, renames and removes it', async () => {
    const here = await store();
    const there = await store();
    await call(there, 'settings.update', { office: 'Västerås kontor' });
    const card = await call(there, 'offices.own', {});
    const added = await call(here, 'offices.add', { card: card.card });
    expect(added).toMatchObject({ name: 'Västerås kontor', fingerprint: card.fingerprint, recipient: card.recipient, verifiedAt: null });

    here.clock.set(new Date('2025-03-01T23:30:00Z')); // 00:30 on 2 March in Sweden
    expect((await call(here, 'offices.verify', { id: added.id })).verifiedAt).toBe('2025-03-02');
    expect((await call(here, 'offices.rename', { id: added.id, name: 'Västerås' })).name).toBe('Västerås');
    expect(await call(here, 'offices.list', {})).toHaveLength(1);
    expect(await call(here, 'offices.remove', { id: added.id })).toEqual([]);
  });

  it('refuses a damaged card at its field, the same office twice, and its own card, storing nothing', async () => {
    const here = await store();
    const there = await store();
    const router = createRouter(here.session);
    const own = await call(here, 'offices.own', {});
    const card = (await call(there, 'offices.own', {})).card;
    const state = () => tableState(here.db);
    const broken = card.slice(0, 40) + card.slice(41);
    const damaged = await expectRefused('validation', () => router.handle('offices.add', { card: broken }), state);
    expect(damaged.params['issues']).toEqual([{ path: 'card', message: expect.stringMatching(/^officeCard\./) }]);
    await expectRefused('offices.ownCard', () => router.handle('offices.add', { card: own.card }), state);
    await call(here, 'offices.add', { card, name: 'Mitt namn' });
    await expectRefused('offices.alreadyKnown', () => router.handle('offices.add', { card }), state);
    await expectRefused('offices.notFound', () => router.handle('offices.verify', { id: '0190b7c4-7d3e-7a4b-8c4d-3e5f6a7b8c9d' }), state);
  });

  it('keeps one identity: the card stays the same from call to call', async () => {
    const here = await store();
    const first = await call(here, 'offices.own', {});
    expect(await call(here, 'offices.own', {})).toEqual(first);
    expect(first.card).toMatch(/^VAXTKRAFT-OFFICE-1 age1[a-z0-9]{58} [A-Za-z0-9+/]{43}= Växtkraft$/);
  });
});
