import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelName, InputOf, ResultOf } from '@shared/api';
import { createRouter } from '../../src-main/ipc/router';
import type { Router } from '../../src-main/ipc/router';
import { personRecordSchema } from '../../src-main/services/exchange/format';
import { makeTempStore, orgNumberFor } from '../helpers/tempStore';
import type { TempStore } from '../helpers/tempStore';
import { expectRefused, tableState } from '../helpers/refusal';

/**
 * Whether the printed plan may show a person's ratings to the employer is the person's own choice, recorded with the
 * day they agreed: no by default, dated by the service when no date is given, never in the future, gone with the
 * agreement.
 */

let store: TempStore;
let router: Router;

beforeEach(async () => {
  store = await makeTempStore({ start: new Date('2025-03-01T09:00:00.000Z') });
  router = createRouter(store.session);
});
afterEach(() => store.cleanup());

async function call<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<ResultOf<C>> {
  const r = await router.handle(channel, input);
  if (!r.ok) throw new Error(`${channel} failed: ${JSON.stringify(r.error)}`);
  return r.value as ResultOf<C>;
}

let companies = 0;

async function person(input: Partial<InputOf<'people.create'>> = {}) {
  const n = ++companies;
  const company = await call('companies.create', { name: `Delning ${n} AB`, orgNumber: orgNumberFor(n) });
  return call('people.create', { companyId: company.id, name: 'Erik Anställd', role: 'employee', ...input });
}

describe('sharing ratings with the employer', () => {
  it('is off by default, with no date', async () => {
    expect(await person()).toMatchObject({ ratingsShared: false, ratingsSharedAt: null });
  });

  it('is dated the day it is given when no date is given, and keeps a date given', async () => {
    const p = await person();
    const shared = await call('people.update', { id: p.id, patch: { ratingsShared: true } });
    expect(shared).toMatchObject({ ratingsShared: true, ratingsSharedAt: '2025-03-01' });
    store.clock.set(new Date('2025-04-10T09:00:00.000Z'));
    expect(await call('people.update', { id: p.id, patch: { jobTitle: 'Snickare' } })).toMatchObject({ ratingsSharedAt: '2025-03-01' });
    const dated = await person({ ratingsShared: true, ratingsSharedAt: '2025-02-20' });
    expect(dated).toMatchObject({ ratingsShared: true, ratingsSharedAt: '2025-02-20' });
  });

  it('loses its date when withdrawn, and is dated anew when given again', async () => {
    const p = await person({ ratingsShared: true });
    const withdrawn = await call('people.update', { id: p.id, patch: { ratingsShared: false } });
    expect(withdrawn).toMatchObject({ ratingsShared: false, ratingsSharedAt: null });
    store.clock.set(new Date('2025-05-02T09:00:00.000Z'));
    expect(await call('people.update', { id: p.id, patch: { ratingsShared: true } })).toMatchObject({ ratingsSharedAt: '2025-05-02' });
    const rows = await store.db.selectFrom('people').select(['ratings_shared', 'ratings_shared_at']).where('id', '=', p.id).execute();
    expect(rows).toEqual([{ ratings_shared: 1, ratings_shared_at: '2025-05-02' }]);
  });

  it('refuses a date in the future and stores nothing', async () => {
    const p = await person();
    const err = await expectRefused(
      'validation',
      () => router.handle('people.update', { id: p.id, patch: { ratingsShared: true, ratingsSharedAt: '2025-03-02' } }),
      () => tableState(store.db, ['people']),
    );
    expect(err.params['issues']).toEqual([{ path: 'ratingsSharedAt', message: 'dateInFuture' }]);
  });

  it('travels in exchange files; a file from before the choice existed shares nobody’s ratings', async () => {
    // The contract's person less its screen-only mask is the record that travels.
    const { personnummerMasked: _masked, ...p } = await person({ ratingsShared: true });
    const { ratingsShared: _shared, ratingsSharedAt: _at, ...record } = p;
    expect(personRecordSchema.parse(record)).toMatchObject({ ratingsShared: false, ratingsSharedAt: null });
    expect(personRecordSchema.parse(p)).toMatchObject({ ratingsShared: true, ratingsSharedAt: '2025-03-01' });
  });
});
