import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRouter } from '../../src-main/ipc/router';
import type { Router } from '../../src-main/ipc/router';
import { caller } from '../helpers/calls';
import { makeTempStore, orgNumberFor, soleTraderNumberFor } from '../helpers/tempStore';
import type { TempStore } from '../helpers/tempStore';

/**
 * The data of the printed documents (issue 13), read through the router as the print views read it: the monthly
 * attendance sheet and the de minimis certificate. What these channels return is what is printed, so notes, follow-up
 * details and other companies must not be in it at all.
 */

const SECRET = 'HEMLIG-ANTECKNING';
const START = new Date('2026-11-20T09:00:00.000Z');

let store: TempStore;
let router: Router;
let call: ReturnType<typeof caller>;

beforeEach(async () => {
  store = await makeTempStore({ start: START });
  router = createRouter(store.session);
  call = caller(router);
});
afterEach(() => store.cleanup());

async function companyWithActivity(name: string, orgNumber: string) {
  const company = await call('companies.create', { name, orgNumber });
  const person = (n: string, extra: Record<string, unknown> = {}) =>
    call('people.create', { companyId: company.id, name: n, role: 'employee', ...extra });
  const anna = await person('Anna Åberg', { followupConsent: true, followupConsentAt: '2026-01-10', gender: 'woman', birthYear: 1987 });
  const bo = await person('Bo Ek');
  const cilla = await person('Cilla Nord');
  const activity = await call('activities.create', {
    companyId: company.id,
    title: 'Ledarskap i praktiken',
    level: 'company',
    personIds: [anna.id, bo.id],
    plannedStart: '2026-10-01',
    plannedEnd: '2026-12-31',
  });
  await call('activities.update', { id: activity.id, patch: { internalNote: SECRET } });
  return { company, anna, bo, cilla, activity };
}

describe('print.attendanceSheet', () => {
  it('gives the month’s sessions of each activity with every participant’s hours and totals, and nothing else', async () => {
    const { company, anna, bo, activity } = await companyWithActivity('Bageriet i Öre AB', orgNumberFor(1));
    const other = await companyWithActivity('Annat AB', orgNumberFor(2));
    const session = (activityId: string, date: string, hours: number, attendance: Array<{ personId: string; hours: number }>) =>
      call('sessions.create', { activityId, date, hours, note: SECRET, attendance });
    await session(activity.id, '2026-10-30', 2, [{ personId: anna.id, hours: 2 }]);
    await session(activity.id, '2026-11-10', 3, [{ personId: anna.id, hours: 3 }]);
    await session(activity.id, '2026-11-03', 2, [
      { personId: anna.id, hours: 2 },
      { personId: bo.id, hours: 1.5 },
    ]);
    await session(other.activity.id, '2026-11-04', 2, [{ personId: other.anna.id, hours: 2 }]);

    const sheet = await call('print.attendanceSheet', { companyId: company.id, month: '2026-11' });
    expect(sheet).toMatchObject({ companyId: company.id, companyName: 'Bageriet i Öre AB', orgNumber: orgNumberFor(1), month: '2026-11' });
    expect(sheet.activities).toHaveLength(1);
    const [a] = sheet.activities;
    expect(a!.title).toBe('Ledarskap i praktiken');
    expect(a!.sessions.map((s) => [s.date, s.hours])).toEqual([
      ['2026-11-03', 2],
      ['2026-11-10', 3],
    ]);
    expect(a!.participants.map((p) => [p.name, p.hours, p.totalHours])).toEqual([
      ['Anna Åberg', [2, 3], 5],
      ['Bo Ek', [1.5, null], 1.5],
    ]);
    // Never printed: notes, follow-up details, other companies' people, people who take no part.
    const text = JSON.stringify(sheet);
    for (const absent of [SECRET, 'woman', '1987', 'Cilla Nord', 'Annat AB']) expect(text).not.toContain(absent);

    expect((await call('print.attendanceSheet', { companyId: company.id, month: '2026-12' })).activities).toEqual([]);
  });

  it('masks a personnummer, and refuses an unknown company or a month that is not YYYY-MM', async () => {
    const number = soleTraderNumberFor('870312', 123);
    const { company } = await companyWithActivity('Annas Enskilda Firma', number);
    const sheet = await call('print.attendanceSheet', { companyId: company.id, month: '2026-11' });
    expect(sheet.orgNumber).toBe(`******-${number.slice(-4)}`);
    expect(JSON.stringify(sheet)).not.toContain(number.slice(0, 6));

    const unknown = await router.handle('print.attendanceSheet', { companyId: '0190a000-0000-7000-8000-000000000099', month: '2026-11' });
    expect(unknown.ok === false && unknown.error.code).toBe('company.notFound');
    for (const month of ['2026-13', '2026-1', '202611', '2026-11-01', '']) {
      const r = await router.handle('print.attendanceSheet', { companyId: company.id, month });
      expect(r.ok === false && r.error.code, month).toBe('validation');
    }
  });
});

describe('print.deMinimisCertificate', () => {
  it('certifies the programme’s own aid of the three years (advice, activity shares) in SEK and EUR, not declared aid', async () => {
    await call('settings.update', { office: 'Region Örebro län, Tillväxtkontoret', hourlyRateSek: 1000, eurRate: 11.5 });
    const { company, anna, activity } = await companyWithActivity('Bageriet i Öre AB', orgNumberFor(3));
    await call('activities.update', { id: activity.id, patch: { costSek: 30000, programmeShareSek: 23000 } });
    await call('contacts.create', {
      companyId: company.id,
      date: '2026-11-03',
      kind: 'visit',
      advisor: 'Karin',
      personIds: [anna.id],
      hours: 2,
      summary: SECRET,
      nextSteps: [],
    });
    await call('aid.create', {
      companyId: company.id,
      date: '2025-05-01',
      amount: 50000,
      currency: 'SEK',
      grantingBody: 'Annan myndighet',
      note: SECRET,
    });

    const c = await call('print.deMinimisCertificate', { companyId: company.id });
    expect(c).toMatchObject({
      companyName: 'Bageriet i Öre AB',
      orgNumber: orgNumberFor(3),
      office: 'Region Örebro län, Tillväxtkontoret',
      issuedOn: '2026-11-20',
      windowStart: '2023-11-21',
      eurRate: 11.5,
      totalSek: 25000,
      totalEur: 2173.91,
    });
    expect(c.grants).toEqual([
      { date: '2026-10-01', kind: 'activity', title: 'Ledarskap i praktiken', amountSek: 23000, amountEur: 2000 },
      { date: '2026-11-03', kind: 'advice', title: null, amountSek: 2000, amountEur: 173.91 },
    ]);
    const text = JSON.stringify(c);
    for (const absent of [SECRET, 'Annan myndighet', '50000', 'woman']) expect(text).not.toContain(absent);
  });

  it('never returns a personnummer, and values nothing it cannot (no rates in Settings)', async () => {
    const number = soleTraderNumberFor('870312', 124);
    const { company, anna } = await companyWithActivity('Annas Enskilda Firma', number);
    await call('contacts.create', {
      companyId: company.id,
      date: '2026-11-03',
      kind: 'phone',
      advisor: 'Karin',
      personIds: [anna.id],
      hours: 1,
      summary: null,
      nextSteps: [],
    });
    const c = await call('print.deMinimisCertificate', { companyId: company.id });
    expect(c.orgNumber).toBeNull();
    expect(JSON.stringify(c)).not.toContain(number.slice(-4));
    expect(c.grants).toEqual([{ date: '2026-11-03', kind: 'advice', title: null, amountSek: null, amountEur: null }]);
    expect([c.totalSek, c.totalEur, c.eurRate]).toEqual([null, null, null]);

    const unknown = await router.handle('print.deMinimisCertificate', { companyId: '0190a000-0000-7000-8000-000000000099' });
    expect(unknown.ok === false && unknown.error.code).toBe('company.notFound');
  });
});
