import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRouter } from '../../src-main/ipc/router';
import type { Router } from '../../src-main/ipc/router';
import { caller } from '../helpers/calls';
import { expectRefused, tableState } from '../helpers/refusal';
import { makeTempStore, orgNumberFor } from '../helpers/tempStore';
import type { TempStore } from '../helpers/tempStore';

/**
 * Retention (issue 15): a rule in Settings, the companies and people past their date, and one confirmed erase step
 * that is logged and leaves tombstones for the exchange.
 */

let store: TempStore;
let router: Router;
let call: ReturnType<typeof caller>;

beforeEach(async () => {
  store = await makeTempStore({ start: new Date('2025-03-01T09:00:00.000Z') });
  router = createRouter(store.session);
  call = caller(router);
});
afterEach(() => store.cleanup());

const ENROLLED = {
  status: 'enrolled' as const,
  growthAmbition: true,
  growthAmbitionDate: '2015-01-15',
  consentBy: 'Anna Ägare',
  consentAt: '2015-01-15',
};

async function world() {
  store.clock.set(new Date('2015-02-01T09:00:00.000Z'));
  const took = await call('companies.create', { name: 'Deltog AB', orgNumber: orgNumberFor(1), ...ENROLLED });
  await call('people.create', { companyId: took.id, name: 'Dora Deltagare', role: 'employee' });
  store.clock.set(new Date('2022-06-01T09:00:00.000Z'));
  const prospect = await call('companies.create', { name: 'Intressent AB', orgNumber: orgNumberFor(2) });
  const fresh = await call('companies.create', { name: 'Ny AB', orgNumber: orgNumberFor(3) });
  const maybe = await call('people.create', { companyId: fresh.id, name: 'Kanske Anställd', role: 'prospective' });
  store.clock.set(new Date('2025-03-01T09:00:00.000Z'));
  await call('companies.update', { id: fresh.id, patch: { employees: 3 } });
  return { took, prospect, fresh, maybe };
}

describe('retention', () => {
  it('keeps its rule in Settings, with defaults, and refuses a period out of range storing nothing', async () => {
    expect(await call('retention.getRule', {})).toEqual({ programmeEndDate: null, years: 10, prospectMonths: 24 });
    const rule = { programmeEndDate: '2014-12-31', years: 10, prospectMonths: 18 };
    expect(await call('retention.setRule', rule)).toEqual(rule);
    expect(await call('retention.getRule', {})).toEqual(rule);
    await expectRefused(
      'validation',
      () => router.handle('retention.setRule', { ...rule, years: 0 }),
      () => tableState(store.db, ['settings']),
    );
  });

  it('lists what is past its date, with what would go', async () => {
    const { took, prospect, maybe } = await world();
    // No programme end yet: only the prospect never enrolled (last change 2022-06-01 + 24 months) and the prospective employee.
    let scan = await call('retention.scan', {});
    expect(scan.candidates.map((c) => [c.kind, c.id, c.basis, c.dueDate])).toEqual([
      ['company', prospect.id, 'prospect', '2024-06-01'],
      ['person', maybe.id, 'prospect', '2024-06-01'],
    ]);
    await call('retention.setRule', { programmeEndDate: '2014-12-31', years: 10, prospectMonths: 24 });
    scan = await call('retention.scan', {});
    const company = scan.candidates.find((c) => c.id === took.id);
    expect(company).toMatchObject({ basis: 'programmeEnd', dueDate: '2024-12-31', counts: { people: 1, rounds: 0 } });
    await call('retention.setRule', { programmeEndDate: '2015-12-31', years: 10, prospectMonths: 24 });
    expect((await call('retention.scan', {})).candidates.map((c) => c.id)).not.toContain(took.id);
  });

  it('erases the listed in one step, leaving tombstones and a log line that names no one', async () => {
    const { took, prospect, maybe } = await world();
    await call('retention.setRule', { programmeEndDate: '2014-12-31', years: 10, prospectMonths: 24 });
    const r = await call('retention.erase', { companyIds: [took.id, prospect.id], personIds: [maybe.id] });
    expect(r).toEqual({ companies: 2, people: 2 });
    expect((await call('companies.list', {})).items.map((c) => c.name)).toEqual(['Ny AB']);
    const tombs = await store.db.selectFrom('tombstones').select(['entity', 'entity_id']).execute();
    expect(tombs).toEqual(
      expect.arrayContaining([
        { entity: 'company', entity_id: took.id },
        { entity: 'company', entity_id: prospect.id },
        { entity: 'person', entity_id: maybe.id },
      ]),
    );
    const log = await call('rights.log', {});
    expect(log[0]).toMatchObject({ action: 'retention', personId: null, companyId: null, detail: { companies: 2, people: 2 } });
    expect(JSON.stringify(log)).not.toContain('Kanske');
    expect((await call('retention.scan', {})).candidates).toEqual([]);
  });

  it('refuses to erase anything when one of the chosen is no longer due, erasing nothing', async () => {
    const { took, prospect } = await world();
    await expectRefused(
      'retention.notDue',
      () => router.handle('retention.erase', { companyIds: [prospect.id, took.id], personIds: [] }),
      () => tableState(store.db),
    );
  });
});
