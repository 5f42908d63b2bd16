import { describe, expect, it } from 'vitest';
import { tableState } from '../helpers/refusal';
import { orgNumberFor } from '../helpers/tempStore';
import type { TempStore } from '../helpers/tempStore';
import { call, exportAll, importFile, useExchangeStores } from '../helpers/exchangeStores';
import { loadCompanies } from '../../src-main/services/reports/load';

const store = useExchangeStores();

const ENROL = {
  status: 'enrolled',
  growthAmbition: true,
  growthAmbitionDate: '2024-08-01',
  consentBy: 'Ägaren',
  consentAt: '2024-08-01',
} as const;

/** An enrolment set back to August, and a participant who entered, left with results and was followed up. */
async function participants(s: TempStore) {
  const company = await call(s, 'companies.create', { name: 'Deltagarbolaget AB', orgNumber: orgNumberFor(800) });
  await call(s, 'companies.update', { id: company.id, patch: { ...ENROL, statusDate: '2024-08-05' } });
  const ada = await call(s, 'people.create', {
    companyId: company.id,
    name: 'Ada',
    role: 'employee',
    followupConsent: true,
    birthYear: 1990,
    employmentStatus: 'unemployed',
    entryDate: '2024-05-02',
  });
  await call(s, 'people.update', {
    id: ada.id,
    patch: { exitDate: '2024-08-30', exitInEmployment: true, exitQualification: false, sixMonthDate: '2025-03-01', sixMonthImproved: true },
  });
  return company;
}

const august = (s: TempStore) => loadCompanies(s.db, { from: '2024-08-01', to: '2024-08-31', office: null, advisor: null });

describe('participants and status dates in exchange files', () => {
  it('travel: equal people and companies after a round trip, and the receiving office counts the enrolment in August', async () => {
    const a = await store();
    const b = await store();
    const company = await participants(a);
    await importFile(b, (await exportAll(a)).base64);
    expect(await tableState(b.db, ['companies', 'people'])).toEqual(await tableState(a.db, ['companies', 'people']));
    const [ada] = await call(b, 'people.list', { companyId: company.id });
    expect(ada).toMatchObject({
      entryAgeBand: '30_54',
      entryEmploymentStatus: 'unemployed',
      exitInEmployment: true,
      sixMonthImproved: true,
    });
    expect([...(await august(b)).changed.enrolled]).toEqual([company.id]);
  });

  it('a corrected status date travels on the next exchange and moves the enrolment there too', async () => {
    const a = await store();
    const b = await store();
    const company = await participants(a);
    await importFile(b, (await exportAll(a)).base64);
    a.clock.advance(60_000);
    await call(a, 'companies.update', { id: company.id, patch: { statusDate: '2024-07-20' } });
    await importFile(b, (await exportAll(a)).base64);
    expect((await august(b)).changed.enrolled.size).toBe(0);
    const july = await loadCompanies(b.db, { from: '2024-07-01', to: '2024-07-31', office: null, advisor: null });
    expect([...july.changed.enrolled]).toEqual([company.id]);
  });
});
