import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ErrorCode } from '@shared/api/errors';
import { personCreateSchema, personPatchSchema } from '@shared/api/people';
import type { PersonCreateInput, PersonPatchInput } from '@shared/api/people';
import { companyPatchSchema } from '@shared/api/companies';
import { createCompany, updateCompany } from '../../src-main/services/companies';
import { createPerson, deletePerson, updatePerson } from '../../src-main/services/people';
import { followupsDue } from '../../src-main/services/participation';
import { loadCompanies } from '../../src-main/services/reports/load';
import { personRecordSchema } from '../../src-main/services/exchange/format';
import { makeTempStore, registerState } from '../helpers/tempStore';
import type { TempStore } from '../helpers/tempStore';
import { expectRefused } from '../helpers/refusal';

let store: TempStore;
let companyId: string;
beforeEach(async () => {
  store = await makeTempStore({ start: new Date('2025-03-01T09:00:00.000Z') });
  companyId = (await createCompany(store.db, { name: 'Delta AB', orgNumber: '556036-0793', advisor: 'Karin' }, store.deps)).id;
});
afterEach(() => store.cleanup());

const create = (input: Omit<PersonCreateInput, 'companyId'>) =>
  createPerson(store.db, personCreateSchema.parse({ companyId, ...input }), store.deps);
const update = (id: string, patch: PersonPatchInput) => updatePerson(store.db, { id, patch: personPatchSchema.parse(patch) }, store.deps);
const refused = (code: ErrorCode, write: () => unknown) => expectRefused(code, write, () => registerState(store.db));
const issueOf = async (write: () => unknown) => ((await refused('validation', write)).params['issues'] as unknown[])[0];

const CONSENTED = { followupConsent: true, birthYear: 1990, employmentStatus: 'unemployed', educationLevel: 'isced_3_4' } as const;

describe('participants: entry and exit', () => {
  it('fixes what the funder counts at entry: age band at the entry date, employment and education then', async () => {
    const p = await create({ name: 'Ada', role: 'employee', ...CONSENTED });
    const entered = await update(p.id, { entryDate: '2025-01-15' });
    expect(entered).toMatchObject({ entryDate: '2025-01-15', entryAgeBand: '30_54', entryEmploymentStatus: 'unemployed' });
    expect(entered.entryEducationLevel).toBe('isced_3_4');
    // Later changes to the person's situation leave the entry values as they were.
    const later = await update(p.id, { employmentStatus: 'employed', educationLevel: 'isced_5_8' });
    expect(later).toMatchObject({ employmentStatus: 'employed', entryEmploymentStatus: 'unemployed', entryEducationLevel: 'isced_3_4' });
  });

  it('takes the age band from the birth year at the entry date, set back in time', async () => {
    const p = await create({ name: 'Ung', role: 'employee', followupConsent: true, birthYear: 2007 });
    expect((await update(p.id, { entryDate: '2024-12-01' })).entryAgeBand).toBe('under_18');
    expect((await update(p.id, { entryDate: '2025-02-01' })).entryAgeBand).toBe('18_29');
  });

  it('keeps dates and results without consent, but no follow-up details', async () => {
    const p = await create({ name: 'Utan', role: 'owner' });
    const left = await update(p.id, { entryDate: '2024-06-01', exitDate: '2024-12-20', exitInEmployment: true, exitJobSearching: false });
    expect(left).toMatchObject({ exitDate: '2024-12-20', exitInEmployment: true, exitJobSearching: false, entryAgeBand: null });
    expect(left.entryEmploymentStatus).toBeNull();
    await refused('person.followupWithoutConsent', () => update(p.id, { entryEmploymentStatus: 'employed' }));
    const withConsent = await update(p.id, { ...CONSENTED, entryEmploymentStatus: 'unemployed' });
    expect(withConsent).toMatchObject({ entryEmploymentStatus: 'unemployed', entryAgeBand: '30_54' });
    // Withdrawing consent erases what was counted at entry with the other details; the participation stays.
    const withdrawn = await update(p.id, { followupConsent: false });
    expect(withdrawn).toMatchObject({ entryAgeBand: null, entryEmploymentStatus: null, entryEducationLevel: null });
    expect(withdrawn).toMatchObject({ entryDate: '2024-06-01', exitDate: '2024-12-20', exitInEmployment: true });
  });

  it('refuses future dates, an exit before or without entry, results without exit, an early six-month follow-up', async () => {
    const p = await create({ name: 'Bo', role: 'employee', entryDate: '2024-05-01' });
    expect(await issueOf(() => update(p.id, { entryDate: '2025-03-02' }))).toEqual({ path: 'entryDate', message: 'dateInFuture' });
    expect(await issueOf(() => update(p.id, { exitDate: '2025-03-02' }))).toEqual({ path: 'exitDate', message: 'dateInFuture' });
    expect(await issueOf(() => update(p.id, { exitDate: '2024-04-30' }))).toEqual({
      path: 'exitDate',
      message: 'participation.exitBeforeEntry',
    });
    expect(await issueOf(() => update(p.id, { entryDate: null, exitDate: '2024-06-01' }))).toEqual({
      path: 'exitDate',
      message: 'participation.exitWithoutEntry',
    });
    expect(await issueOf(() => update(p.id, { exitQualification: true }))).toEqual({
      path: 'exitQualification',
      message: 'participation.resultWithoutExit',
    });
    await update(p.id, { exitDate: '2024-08-31' });
    expect(await issueOf(() => update(p.id, { sixMonthDate: '2025-02-27' }))).toEqual({
      path: 'sixMonthDate',
      message: 'participation.followupBeforeDue',
    });
    expect(await issueOf(() => update(p.id, { sixMonthImproved: true }))).toEqual({
      path: 'sixMonthImproved',
      message: 'participation.resultWithoutFollowup',
    });
    await refused('validation', () => create({ name: 'Ny', role: 'employee', entryDate: '2025-04-01' }));
  });

  it('lists the participants whose six-month follow-up is due, until it is recorded', async () => {
    const due = await create({ name: 'Due', role: 'employee', entryDate: '2024-03-01', exitDate: '2024-08-31' });
    await create({ name: 'Soon', role: 'employee', entryDate: '2024-03-01', exitDate: '2024-09-02' });
    await create({ name: 'Staying', role: 'employee', entryDate: '2024-03-01' });
    expect(await followupsDue(store.db, store.deps)).toEqual([
      expect.objectContaining({ personId: due.id, companyName: 'Delta AB', exitDate: '2024-08-31', dueDate: '2025-02-28', daysOverdue: 1 }),
    ]);
    store.clock.set(new Date('2025-03-02T09:00:00.000Z'));
    expect((await followupsDue(store.db, store.deps)).map((l) => l.personName)).toEqual(['Due', 'Soon']);
    await update(due.id, { sixMonthDate: '2025-03-01', sixMonthInEmployment: true, sixMonthImproved: true });
    expect((await followupsDue(store.db, store.deps)).map((l) => l.personName)).toEqual(['Soon']);
    await deletePerson(store.db, { id: due.id }, store.deps);
  });

  it('travels in exchange files; a file from before issue 14 reads with none', () => {
    const base = {
      id: '01900000-0000-7000-8000-000000000001',
      revision: 1,
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
      ...personCreateSchema.parse({ companyId, name: 'Old', role: 'owner' }),
      jobTitle: null,
      startDate: null,
      followupConsent: false,
      followupConsentAt: null,
      ...Object.fromEntries(['gender', 'birthYear', 'foreignBackground', 'thirdCountryNational', 'disability'].map((k) => [k, null])),
      accessibilityNeeds: null,
      educationLevel: null,
      employmentStatus: null,
    };
    const old = personRecordSchema.parse(base);
    expect(old).toMatchObject({ entryDate: null, exitDate: null, exitInEmployment: null, sixMonthImproved: null });
    const carried = personRecordSchema.parse({ ...base, entryDate: '2024-01-01', exitDate: '2024-06-01', exitQualification: true });
    expect(carried).toMatchObject({ entryDate: '2024-01-01', exitDate: '2024-06-01', exitQualification: true });
  });
});

describe('a company status dated when it happened', () => {
  const ENROL = {
    status: 'enrolled',
    growthAmbition: true,
    growthAmbitionDate: '2025-08-01',
    consentBy: 'Ägaren',
    consentAt: '2025-08-01',
  } as const;
  const enrol = (patch: Record<string, unknown>) =>
    updateCompany(store.db, { id: companyId, patch: companyPatchSchema.parse({ ...ENROL, ...patch }) }, store.deps);
  const report = (from: string, to: string) => loadCompanies(store.db, { from, to, office: null, advisor: null });

  it('counts an enrolment set back in the month it happened, not the month it was typed', async () => {
    store.clock.set(new Date('2025-11-20T09:00:00.000Z'));
    const c = await enrol({ statusDate: '2025-08-05' });
    expect(c.statusDate).toBe('2025-08-05');
    const august = await report('2025-08-01', '2025-08-31');
    expect([...august.changed.enrolled]).toEqual([companyId]);
    expect(august.companies.has(companyId)).toBe(true);
    expect((await report('2025-11-01', '2025-11-30')).changed.enrolled.size).toBe(0);
    expect((await report('2025-07-01', '2025-07-31')).companies.has(companyId)).toBe(false);
    // Corrected on its own: the enrolment moves to July.
    await updateCompany(store.db, { id: companyId, patch: { statusDate: '2025-07-10' } }, store.deps);
    expect([...(await report('2025-07-01', '2025-07-31')).changed.enrolled]).toEqual([companyId]);
  });

  it('dates a status change today when no day is given, and refuses a day in the future', async () => {
    store.clock.set(new Date('2025-09-03T09:00:00.000Z'));
    expect((await enrol({})).statusDate).toBe('2025-09-03');
    await refused('validation', () => updateCompany(store.db, { id: companyId, patch: { statusDate: '2025-09-04' } }, store.deps));
    expect([...(await report('2025-09-01', '2025-09-30')).changed.enrolled]).toEqual([companyId]);
  });
});
