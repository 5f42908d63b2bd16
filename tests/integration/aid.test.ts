import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelName, InputOf, ResultOf } from '@shared/api';
import type { ErrorCode } from '@shared/api/errors';
import type { DeclaredAidCreateInput } from '@shared/api/aid';
import { createRouter } from '../../src-main/ipc/router';
import { deMinimisSummary, deMinimisTotalsAll } from '../../src-main/services/aid';
import { makeTempStore } from '../helpers/tempStore';
import type { TempStore } from '../helpers/tempStore';
import { expectRefused, tableState } from '../helpers/refusal';

let store: TempStore;
let companyId: string;
let otherId: string;

// 30 November 2026, 10:00 in Stockholm.
const START = new Date('2026-11-30T09:00:00.000Z');

/** Through the router, as the app calls it: the contract's parse, then the service. */
async function call<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<ResultOf<C>> {
  const r = await createRouter(store.session).handle(channel, input);
  if (!r.ok) throw new Error(`${channel} failed: ${JSON.stringify(r.error)}`);
  return r.value as ResultOf<C>;
}
const handle = (channel: ChannelName, input: unknown) => createRouter(store.session).handle(channel, input);

const declared = (over: Partial<DeclaredAidCreateInput> = {}): DeclaredAidCreateInput => ({
  companyId,
  date: '2025-05-20',
  amount: 100_000,
  currency: 'SEK',
  grantingBody: 'Region Örebro län',
  note: null,
  ...over,
});

const stored = () => tableState(store.db, ['declared_aid', 'activities', 'tombstones']);

/** Refused at `path` with `message`, nothing stored. */
async function refusedAt(path: string, message: string, channel: ChannelName, input: unknown, code: ErrorCode = 'validation') {
  const r = await expectRefused(code, () => handle(channel, input), stored);
  expect(r.params['issues']).toContainEqual({ path, message });
}

beforeEach(async () => {
  store = await makeTempStore({ start: START });
  companyId = (await call('companies.create', { name: 'Stödföretaget AB', orgNumber: '556036-0793' })).id;
  otherId = (await call('companies.create', { name: 'Annat AB', orgNumber: '556703-7485' })).id;
  await call('settings.update', { hourlyRateSek: 1000, eurRate: 10 });
});
afterEach(() => store.cleanup());

describe('declared aid', () => {
  it('is recorded, listed latest first, edited on a new revision and deleted with a tombstone', async () => {
    const first = await call('aid.create', declared());
    expect(first).toMatchObject({ companyId, amount: 100_000, currency: 'SEK', grantingBody: 'Region Örebro län', revision: 1 });
    const later = await call('aid.create', declared({ date: '2026-02-01', amount: 5000, currency: 'EUR', note: '  ' }));
    expect(later.note).toBeNull();
    expect((await call('aid.list', { companyId })).map((a) => a.id)).toEqual([later.id, first.id]);
    expect(await call('aid.list', { companyId: otherId })).toEqual([]);

    store.clock.advance(60_000);
    const edited = await call('aid.update', { id: first.id, patch: { amount: 120_000 } });
    expect(edited).toMatchObject({ amount: 120_000, revision: 2 });
    expect(await call('aid.update', { id: first.id, patch: { amount: 120_000 } })).toEqual(edited);

    await call('aid.delete', { id: first.id });
    const tomb = await store.db.selectFrom('tombstones').selectAll().where('entity', '=', 'aid').execute();
    expect(tomb).toEqual([{ entity: 'aid', entity_id: first.id, deleted_at: store.clock.now().toISOString(), revision: 3 }]);
    await expectRefused('aid.notFound', () => handle('aid.delete', { id: first.id }), stored);
  });

  it('refuses aid dated in the future (the Swedish calendar of the injected clock), at the date, storing nothing', async () => {
    await refusedAt('date', 'aid.dateInFuture', 'aid.create', declared({ date: '2026-12-01' }));
    const a = await call('aid.create', declared());
    await refusedAt('date', 'aid.dateInFuture', 'aid.update', { id: a.id, patch: { date: '2026-12-01' } });
    // 23:30 UTC on 30 November is already 1 December in Stockholm.
    store.clock.set(new Date('2026-11-30T23:30:00.000Z'));
    expect((await call('aid.create', declared({ date: '2026-12-01' }))).date).toBe('2026-12-01');
  });

  it('refuses an amount that is not a number, negative, zero or absurd, and an unknown currency, each at its field', async () => {
    for (const [amount, message] of [
      ['100000', 'number'],
      [Number.NaN, 'number'],
      [Number.POSITIVE_INFINITY, 'number'],
      [-1, 'negative'],
      [0, 'aid.amountPositive'],
      [10_000_001, 'aid.amountMax'],
    ] as const) {
      await refusedAt('amount', message, 'aid.create', { ...declared(), amount });
    }
    await refusedAt('currency', 'aid.currency', 'aid.create', { ...declared(), currency: 'USD' });
    await refusedAt('grantingBody', 'required', 'aid.create', declared({ grantingBody: ' ' }));
    const a = await call('aid.create', declared());
    await refusedAt('patch.amount', 'negative', 'aid.update', { id: a.id, patch: { amount: -5 } });
    await refusedAt('patch.currency', 'aid.currency', 'aid.update', { id: a.id, patch: { currency: 'sek' } });
  });
});

describe('the programme’s share of an activity', () => {
  const activity = (over: Record<string, unknown> = {}) => ({ companyId, title: 'Kurs i bokföring', costSek: 20_000, ...over });

  it('is stored with the activity, not above its cost and not negative', async () => {
    const a = await call('activities.create', activity({ programmeShareSek: 15_000 }));
    expect(a.programmeShareSek).toBe(15_000);
    await refusedAt('programmeShareSek', 'plan.shareAboveCost', 'activities.create', activity({ programmeShareSek: 20_001 }));
    await refusedAt('programmeShareSek', 'plan.shareAboveCost', 'activities.create', activity({ costSek: null, programmeShareSek: 1 }));
    await refusedAt('programmeShareSek', 'negative', 'activities.create', activity({ programmeShareSek: -1 }));
    await refusedAt('costSek', 'plan.shareAboveCost', 'activities.update', { id: a.id, patch: { costSek: 10_000 } });
    await refusedAt('programmeShareSek', 'plan.shareAboveCost', 'activities.update', { id: a.id, patch: { programmeShareSek: 30_000 } });
    expect((await call('activities.update', { id: a.id, patch: { programmeShareSek: 20_000 } })).programmeShareSek).toBe(20_000);
  });
});

describe('the de minimis summary', () => {
  async function history() {
    // Advice: 2.5 h inside the three years, 4 h on the day exactly three years back (outside).
    const contact = { companyId, kind: 'visit' as const, advisor: 'Karin', personIds: [], summary: null, nextSteps: [] };
    await call('contacts.create', { ...contact, date: '2026-03-10', hours: 2.5 });
    await call('contacts.create', { ...contact, date: '2023-11-30', hours: 4 });
    await call('activities.create', {
      companyId,
      title: 'Genomförd kurs',
      costSek: 50_000,
      programmeShareSek: 40_000,
      plannedStart: '2026-01-10',
      plannedEnd: '2026-02-10',
      status: 'done',
      attendanceWaiver: 'Kursintyg från anordnaren',
    });
    await call('activities.create', {
      companyId,
      title: 'Planerad mentor',
      costSek: 30_000,
      programmeShareSek: 30_000,
      plannedStart: '2027-02-01',
    });
    await call('activities.create', { companyId, title: 'Inställd', costSek: 9_000, programmeShareSek: 9_000, status: 'cancelled' });
    await call('aid.create', declared({ date: '2023-12-01', amount: 10_000, currency: 'EUR', grantingBody: 'Almi' }));
    await call('aid.create', { ...declared({ amount: 777 }), companyId: otherId });
  }

  it('adds advice at the hourly rate, activity shares and declared aid over the three years up to today', async () => {
    await history();
    const s = await deMinimisSummary(store.db, companyId, store.deps);
    expect(s).toMatchObject({
      companyId,
      ceilingEur: 300_000,
      windowStart: '2023-12-01',
      windowEnd: '2026-11-30',
      hourlyRateSek: 1000,
      eurRate: 10,
      missingRates: [],
      programmeSek: 42_500,
      declaredSek: 100_000,
      totalSek: 142_500,
      totalEur: 14_250,
      remainingEur: 285_750,
      overCeiling: false,
    });
    expect(s.lines.map((l) => [l.source, l.date, l.title, l.amountSek, l.upcoming])).toEqual([
      ['declared', '2023-12-01', 'Almi', 100_000, false],
      ['activity', '2026-02-10', 'Genomförd kurs', 40_000, false],
      ['advice', '2026-03-10', null, 2500, false],
      ['activity', '2027-02-01', 'Planerad mentor', 30_000, true],
    ]);
    expect(await call('aid.summary', { companyId })).toEqual(s);
    // `extraSek`: as if that much more were granted today.
    expect((await deMinimisSummary(store.db, companyId, store.deps, 10_000)).totalEur).toBe(15_250);
  });

  it('leaves the figures unknown until the rates are set, and names the missing ones', async () => {
    await history();
    await call('settings.update', { hourlyRateSek: null, eurRate: null });
    const s = await call('aid.summary', { companyId });
    expect(s).toMatchObject({ missingRates: ['hourlyRateSek', 'eurRate'], totalSek: null, totalEur: null, overCeiling: false });
    expect(await call('settings.get', {})).toMatchObject({ hourlyRateSek: null, eurRate: null });
    await refusedAt('eurRate', 'aid.ratePositive', 'settings.update', { eurRate: 0 });
    await refusedAt('hourlyRateSek', 'number', 'settings.update', { hourlyRateSek: 'tusen' });
  });

  it('gives the same totals for every company at once as one by one', async () => {
    await history();
    const all = await deMinimisTotalsAll(store.db, store.deps);
    const one = await deMinimisSummary(store.db, companyId, store.deps);
    const other = await deMinimisSummary(store.db, otherId, store.deps);
    expect(all).toEqual(
      [one, other]
        .map((s) => ({ companyId: s.companyId, totalSek: s.totalSek, totalEur: s.totalEur, overCeiling: s.overCeiling }))
        .sort((a, b) => a.companyId.localeCompare(b.companyId)),
    );
  });
});

describe('the warning before an activity takes the company over the ceiling', () => {
  it('checks the share as typed against the highest three-year total holding it, without saving or refusing', async () => {
    await call('aid.create', declared({ date: '2024-06-01', amount: 2_500_000 }));
    const a = await call('activities.create', { companyId, title: 'Stor satsning', costSek: 1_000_000, plannedStart: '2027-01-10' });
    const before = await stored();

    const fits = await call('aid.checkActivity', { activityId: a.id, programmeShareSek: 400_000 });
    expect(fits).toMatchObject({ date: '2027-01-10', totalEur: 290_000, remainingEur: 10_000, overCeiling: false });
    const over = await call('aid.checkActivity', { activityId: a.id, programmeShareSek: 600_000 });
    expect(over).toMatchObject({ date: '2027-01-10', totalEur: 310_000, peakDate: '2027-01-10', overCeiling: true });
    expect(await stored()).toEqual(before);

    // The warning is not a refusal: the share is saved, and the check replaces the stored share, not adds to it.
    await call('activities.update', { id: a.id, patch: { programmeShareSek: 600_000 } });
    expect(await call('aid.checkActivity', { activityId: a.id, programmeShareSek: 600_000 })).toMatchObject({ totalEur: 310_000 });
    expect((await call('aid.checkActivity', { activityId: a.id, programmeShareSek: 0 })).overCeiling).toBe(false);
    await expectRefused('plan.activityNotFound', () => handle('aid.checkActivity', { activityId: companyId, programmeShareSek: 1 }));
  });
});
