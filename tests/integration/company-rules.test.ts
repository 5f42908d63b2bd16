import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelName, InputOf, ResultOf } from '@shared/api';
import type { ErrorCode } from '@shared/api/errors';
import { createRouter } from '../../src-main/ipc/router';
import { call as callOn } from '../helpers/exchangeStores';
import { makeTempStore, orgNumberFor, registerState } from '../helpers/tempStore';
import type { TempStore } from '../helpers/tempStore';
import { expectRefused } from '../helpers/refusal';

/** The programme's rules on the company and the participant's personnummer (issue 14), through the router. */

let store: TempStore;
beforeEach(async () => {
  store = await makeTempStore();
});
afterEach(() => store.cleanup());

const call = <C extends ChannelName>(channel: C, input: InputOf<C>): Promise<ResultOf<C>> => callOn(store, channel, input);

/** A write through the router that must be refused with `code` and store nothing; returns its field messages. */
async function refused(code: ErrorCode, channel: ChannelName, input: unknown): Promise<string[]> {
  const r = await expectRefused(
    code,
    () => createRouter(store.session).handle(channel, input as never),
    () => registerState(store.db),
  );
  return ((r.params['issues'] as Array<{ message: string }> | undefined) ?? []).map((i) => i.message);
}

const ENROLABLE = { growthAmbition: true, growthAmbitionDate: '2025-01-15', consentBy: 'Anna Ägare', consentAt: '2025-01-15' };
const company = (extra: Record<string, unknown> = {}) =>
  call('companies.create', { name: 'Regelbolaget AB', orgNumber: orgNumberFor(1), ...extra } as InputOf<'companies.create'>);

describe('company size', () => {
  it('enrols up to 20 employees without a reason; over 20 only with one, which is stored', async () => {
    expect((await company({ employees: 20, status: 'enrolled', ...ENROLABLE })).status).toBe('enrolled');
    const c = await call('companies.create', { name: 'Större AB', orgNumber: orgNumberFor(2), employees: 25, ...ENROLABLE });
    const r = await refused('company.sizeReasonRequired', 'companies.update', { id: c.id, patch: { status: 'enrolled' } });
    expect(r).toEqual([]);
    const reason = 'Växer från 25 till 30; regionens beslut 2025-01-10';
    const enrolled = await call('companies.update', { id: c.id, patch: { status: 'enrolled', sizeReason: reason } });
    expect([enrolled.status, enrolled.sizeReason]).toEqual(['enrolled', reason]);
  });

  it('refuses 50 employees or more with the message that states the rule', async () => {
    expect(await refused('validation', 'companies.create', { name: 'Stor AB', orgNumber: orgNumberFor(3), employees: 50 })).toEqual([
      'employeesMax',
    ]);
  });

  it('leaves a company enrolled with over 20 before the rule existed editable', async () => {
    const c = await company({ status: 'enrolled', ...ENROLABLE });
    await store.db.updateTable('companies').set({ employees: 30 }).where('id', '=', c.id).execute();
    expect((await call('companies.update', { id: c.id, patch: { contactPhone: '019-123456' } })).contactPhone).toBe('019-123456');
  });
});

describe('who owns the company', () => {
  it('is recorded only with the company’s consent, and goes when the consent is removed', async () => {
    const c = await company();
    expect(await refused('company.ownerGenderWithoutConsent', 'companies.update', { id: c.id, patch: { ownerGender: 'women' } })).toEqual(
      [],
    );
    const consented = await call('companies.update', { id: c.id, patch: { ...ENROLABLE, ownerGender: 'women' } });
    expect(consented.ownerGender).toBe('women');
    const withdrawn = await call('companies.update', { id: c.id, patch: { consentAt: null } });
    expect(withdrawn.ownerGender).toBeNull();
  });
});

describe('organisation numbers in their written forms', () => {
  it.each([
    ['811218–9876', '811218-9876'],
    ['811218+9876', '811218-9876'],
    ['19811218-9876', '811218-9876'],
  ])('stores %s as %s', async (input, canonical) => {
    expect((await company({ orgNumber: input })).orgNumber).toBe(canonical);
  });

  it.each([
    ['811232-9878', 'orgNumber.birth_date'],
    ['556036+0793', 'orgNumber.plus'],
    ['19556036-0793', 'orgNumber.century'],
  ])('refuses %s (%s)', async (orgNumber, message) => {
    expect(await refused('validation', 'companies.create', { name: 'Fel AB', orgNumber })).toEqual([message]);
  });
});

describe('the register’s search', () => {
  it('finds a sole trader by the 12-digit form of the number', async () => {
    await company({ orgNumber: '811218-9876' });
    const found = await call('companies.list', { query: '19811218-9876' });
    expect(found.items.map((c) => c.orgNumber)).toEqual(['811218-9876']);
  });
});

describe('a participant’s personnummer', () => {
  it('is stored encrypted in one form and read back masked only', async () => {
    const c = await company();
    const p = await call('people.create', { companyId: c.id, name: 'Maja Deltagare', role: 'employee', personnummer: '811218-9876' });
    expect(p.personnummerMasked).toBe('********-9876');
    expect(JSON.stringify(p)).not.toContain('811218');
    const row = await store.db.selectFrom('people').select('personnummer').where('id', '=', p.id).executeTakeFirstOrThrow();
    expect(row.personnummer).toBe('19811218-9876');
    const listed = await call('people.list', { companyId: c.id });
    expect(JSON.stringify(listed)).not.toContain('811218');
    // The store is encrypted: the number is nowhere in its files.
    store.session.close();
    for (const f of fs.readdirSync(store.dataDir)) {
      const file = path.join(store.dataDir, f);
      if (fs.statSync(file).isFile()) expect(fs.readFileSync(file).includes(Buffer.from('19811218'))).toBe(false);
    }
  });

  it.each([
    ['811232-9878', 'personnummer.birth_date'],
    ['811218-9875', 'personnummer.checksum'],
    ['20250601-0004', 'personnummer.future'],
    ['8112', 'personnummer.format'],
  ])('refuses %s (%s)', async (personnummer, message) => {
    const c = await company();
    const p = await call('people.create', { companyId: c.id, name: 'Maja Deltagare', role: 'employee' });
    expect(await refused('validation', 'people.update', { id: p.id, patch: { personnummer } })).toEqual([message]);
  });

  it('is removed with an empty value', async () => {
    const c = await company();
    const p = await call('people.create', { companyId: c.id, name: 'Maja', role: 'employee', personnummer: '19811218-9876' });
    expect((await call('people.update', { id: p.id, patch: { personnummer: '' } })).personnummerMasked).toBeNull();
  });
});

describe('the full personnummer leaves only in the participant list', () => {
  it('is in the participant list, behind its confirmation, and in nothing else that is exported or printed', async () => {
    const c = await company({ status: 'enrolled', ...ENROLABLE });
    const p = await call('people.create', { companyId: c.id, name: 'Maja Deltagare', role: 'employee', personnummer: '811218-9876' });
    const activity = { companyId: c.id, title: 'Bokföring', level: 'individual' as const, personIds: [p.id], hours: 4 };
    await call('activities.create', { ...activity, plannedStart: '2025-02-10', plannedEnd: '2025-02-20', status: 'booked' });
    const filter = { from: '2025-01-01', to: '2025-06-30' };
    const utf8 = (base64: string) => Buffer.from(base64, 'base64').toString('utf8');
    const list = utf8((await call('reports.participantList', { filter, language: 'sv', confirmPersonalData: true })).base64);
    expect(list).toContain('Maja Deltagare');
    expect(list).toContain('19811218-9876');
    await refused('validation', 'reports.participantList', { filter, language: 'sv', confirmPersonalData: false });

    const elsewhere = [
      JSON.stringify(await call('plans.get', { companyId: c.id })),
      (await call('plans.exportCsv', { companyId: c.id, language: 'sv' })).text,
      JSON.stringify(await call('print.attendanceSheet', { companyId: c.id, month: '2025-02' })),
      JSON.stringify(await call('print.deMinimisCertificate', { companyId: c.id })),
      JSON.stringify(await call('rights.personData', { personId: p.id })),
    ];
    for (const audience of ['internal', 'external'] as const) {
      elsewhere.push(utf8((await call('reports.exportCsv', { filter, language: 'sv', audience })).base64));
      elsewhere.push(JSON.stringify(await call('reports.programme', { ...filter, audience })));
    }
    for (const text of elsewhere) expect(text).not.toContain('811218');
  });
});
