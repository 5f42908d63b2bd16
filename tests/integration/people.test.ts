import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ErrorCode } from '@shared/api/errors';
import { FOLLOWUP_FIELDS, personCreateSchema, personPatchSchema } from '@shared/api/people';
import type { Person, PersonCreateInput, PersonPatchInput } from '@shared/api/people';
import { createCompany } from '../../src-main/services/companies';
import { createPerson, deletePerson, listPeople, updatePerson } from '../../src-main/services/people';
import { getSettings, updateSettings } from '../../src-main/services/settings';
import { makeTempStore, registerState } from '../helpers/tempStore';
import type { TempStore } from '../helpers/tempStore';
import { expectRefused } from '../helpers/refusal';

let store: TempStore;
let companyId: string;
beforeEach(async () => {
  store = await makeTempStore();
  companyId = (await createCompany(store.db, { name: 'Folk AB', orgNumber: '556036-0793' }, store.deps)).id;
});
afterEach(() => store.cleanup());

const create = (input: Omit<PersonCreateInput, 'companyId'> & { companyId?: string }) =>
  createPerson(store.db, personCreateSchema.parse({ companyId, ...input }), store.deps);
const update = (id: string, patch: PersonPatchInput) => updatePerson(store.db, { id, patch: personPatchSchema.parse(patch) }, store.deps);

/** A write that must be refused with `code`, storing nothing. */
const refused = (code: ErrorCode, write: () => unknown) => expectRefused(code, write, () => registerState(store.db));

const FOLLOWUP = {
  gender: 'woman',
  birthYear: 1980,
  foreignBackground: 'no',
  thirdCountryNational: 'no',
  disability: 'not_stated',
  accessibilityNeeds: 'Hörselslinga',
  educationLevel: 'isced_5_8',
  employmentStatus: 'employed',
} as const;

const UNKNOWN_ID = '01900000-0000-7000-8000-000000000000';

describe('people', () => {
  it('creates with defaults and lists owners, managers, employees, prospective, then by name', async () => {
    const made: Person[] = [];
    for (const [name, role] of [
      ['Örjan', 'employee'],
      ['Bo', 'prospective'],
      ['Åsa', 'owner'],
      ['Adam', 'employee'],
      ['Cecilia', 'manager'],
      ['Zlatan', 'employee'],
    ] as const) {
      made.push(await create({ name, role }));
    }
    expect(made[0]).toMatchObject({
      companyId,
      name: 'Örjan',
      role: 'employee',
      jobTitle: null,
      startDate: null,
      followupConsent: false,
      followupConsentAt: null,
      gender: null,
      revision: 1,
      createdAt: '2025-03-01T09:00:00.000Z',
    });
    const list = await listPeople(store.db, { companyId });
    expect(list.map((p) => p.name)).toEqual(['Åsa', 'Cecilia', 'Adam', 'Zlatan', 'Örjan', 'Bo']);
    expect(list.find((p) => p.name === 'Bo')).toEqual(made[1]);
  });

  it('needs an existing company', async () => {
    await refused('company.notFound', () => create({ companyId: UNKNOWN_ID, name: 'X', role: 'owner' }));
    await refused('company.notFound', () => listPeople(store.db, { companyId: UNKNOWN_ID }));
  });

  it('stores follow-up attributes only with consent, dating the consent', async () => {
    for (const k of FOLLOWUP_FIELDS) {
      await refused('person.followupWithoutConsent', () => create({ name: 'Utan', role: 'owner', [k]: FOLLOWUP[k] }));
    }
    const withConsent = await create({ name: 'Med', role: 'owner', followupConsent: true, ...FOLLOWUP });
    expect(withConsent).toMatchObject({ ...FOLLOWUP, followupConsent: true, followupConsentAt: '2025-03-01' });
    const dated = await create({ name: 'Daterad', role: 'employee', followupConsent: true, followupConsentAt: '2025-01-10' });
    expect(dated.followupConsentAt).toBe('2025-01-10');
  });

  it('refuses follow-up attributes on update without consent and erases them when consent is withdrawn', async () => {
    const p = await create({ name: 'Kim', role: 'employee', jobTitle: 'Snickare' });
    await refused('person.followupWithoutConsent', () => update(p.id, { gender: 'man' }));
    await refused('person.followupWithoutConsent', () => update(p.id, { followupConsent: false, birthYear: 1990 }));
    const consented = await update(p.id, { followupConsent: true, ...FOLLOWUP });
    expect(consented).toMatchObject({ ...FOLLOWUP, followupConsentAt: '2025-03-01', revision: 2 });
    store.clock.advance(60_000);
    const withdrawn = await update(p.id, { followupConsent: false });
    expect(withdrawn).toMatchObject({ followupConsent: false, followupConsentAt: null, jobTitle: 'Snickare', revision: 3 });
    for (const k of FOLLOWUP_FIELDS) expect(withdrawn[k]).toBeNull();
    const row = await store.db.selectFrom('people').selectAll().where('id', '=', p.id).executeTakeFirstOrThrow();
    expect([row.gender, row.birth_year, row.accessibility_needs, row.followup_consent_at]).toEqual([null, null, null, null]);
    await refused('person.followupWithoutConsent', () => update(p.id, { accessibilityNeeds: 'Ramp' }));
  });

  it('updates with a revision bump; an identical patch changes nothing', async () => {
    const p = await create({ name: 'Lo', role: 'prospective' });
    store.clock.advance(1000);
    const u = await update(p.id, { role: 'employee', startDate: '2025-04-01' });
    expect(u).toMatchObject({ role: 'employee', startDate: '2025-04-01', revision: 2, updatedAt: '2025-03-01T09:00:01.000Z' });
    store.clock.advance(1000);
    expect(await update(p.id, { role: 'employee', name: 'Lo', gender: null })).toEqual(u);
    await refused('person.notFound', () => update(UNKNOWN_ID, { name: 'X' }));
  });

  it('deletes with a tombstone', async () => {
    const p = await create({ name: 'Går', role: 'employee' });
    await update(p.id, { jobTitle: 'Säljare' });
    expect(await deletePerson(store.db, { id: p.id }, store.deps)).toEqual({ deleted: true });
    expect(await listPeople(store.db, { companyId })).toEqual([]);
    expect(await store.db.selectFrom('tombstones').selectAll().execute()).toEqual([
      { entity: 'person', entity_id: p.id, deleted_at: '2025-03-01T09:00:00.000Z', revision: 3 },
    ]);
    await refused('person.notFound', () => deletePerson(store.db, { id: p.id }, store.deps));
  });
});

describe('settings', () => {
  it('starts empty, updates given keys only, clears with empty text', async () => {
    const empty = {
      advisorName: null,
      office: null,
      exchangeFolder: null,
      hourlyRateSek: null,
      eurRate: null,
      backupFolder: null,
      autoLockMinutes: 10,
      programmeName: null,
      programmeLogo: null,
      advisorPhone: null,
      advisorEmail: null,
    };
    expect(await getSettings(store.db)).toEqual(empty);
    expect(await updateSettings(store.db, { advisorName: 'Maja Rådgivare' }, store.deps)).toEqual({
      ...empty,
      advisorName: 'Maja Rådgivare',
    });
    expect(await updateSettings(store.db, { office: ' Örebro ', hourlyRateSek: 950 }, store.deps)).toEqual({
      ...empty,
      advisorName: 'Maja Rådgivare',
      office: 'Örebro',
      hourlyRateSek: 950,
    });
    expect(await updateSettings(store.db, { advisorName: '', office: null, hourlyRateSek: null }, store.deps)).toEqual(empty);
  });
});
