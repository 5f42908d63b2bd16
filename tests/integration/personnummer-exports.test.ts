import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelName, InputOf, ResultOf } from '@shared/api';
import { createRouter } from '../../src-main/ipc/router';
import type { Router } from '../../src-main/ipc/router';
import { makeTempStore, soleTraderNumberFor } from '../helpers/tempStore';
import type { TempStore } from '../helpers/tempStore';
import { readWorkbook, sheetText } from '../helpers/workbook';

/**
 * A sole trader's organisation number is the owner's personnummer. Nothing meant for the entrepreneur or the funder
 * carries it: not the plan's CSV, not the programme report (XLSX or CSV, internal or external), not the participant
 * list. (The plan's PDF is checked end to end in tests/e2e/plans.e2e.ts.)
 */

let store: TempStore;
let router: Router;
const PERSONNUMMER = soleTraderNumberFor('790315', 123);
let companyId = '';

async function call<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<ResultOf<C>> {
  const r = await router.handle(channel, input);
  if (!r.ok) throw new Error(`${channel} failed: ${JSON.stringify(r.error)}`);
  return r.value as ResultOf<C>;
}

beforeAll(async () => {
  store = await makeTempStore({ start: new Date('2025-03-01T09:00:00.000Z') });
  router = createRouter(store.session);
  const company = await call('companies.create', {
    name: 'Enskilda Firman Svensson',
    orgNumber: PERSONNUMMER,
    status: 'enrolled',
    growthAmbition: true,
    growthAmbitionDate: '2025-01-15',
    consentBy: 'Sven Svensson',
    consentAt: '2025-01-15',
    consentScope: 'Kartläggning och uppföljning',
  });
  companyId = company.id;
  expect(company.orgKind).toBe('sole_trader');
  const owner = await call('people.create', { companyId, name: 'Sven Svensson', role: 'owner', followupConsent: true, gender: 'man' });
  await call('activities.create', {
    companyId,
    title: 'Bokföring för enskild firma',
    level: 'individual',
    personIds: [owner.id],
    plannedStart: '2025-03-02',
    plannedEnd: '2025-03-20',
    hours: 4,
    status: 'booked',
  });
});
afterAll(() => store.cleanup());

const FORMS = [PERSONNUMMER, PERSONNUMMER.replace('-', ''), PERSONNUMMER.slice(0, 6)];
const expectNoPersonnummer = (text: string) => {
  for (const form of FORMS) expect(text).not.toContain(form);
};
const utf8 = (base64: string) => Buffer.from(base64, 'base64').toString('utf8');
const filter = { from: '2025-01-01', to: '2025-06-30' };

describe('a personnummer never leaves in a file', () => {
  it('not in the plan’s CSV', async () => {
    for (const language of ['sv', 'en'] as const) expectNoPersonnummer((await call('plans.exportCsv', { companyId, language })).text);
  });

  it('not in the programme report, internal or external, XLSX or CSV', async () => {
    for (const audience of ['internal', 'external'] as const) {
      const csv = utf8((await call('reports.exportCsv', { filter, language: 'sv', audience })).base64);
      expect(csv).toContain('"');
      expectNoPersonnummer(csv);
      const wb = readWorkbook(Buffer.from((await call('reports.exportXlsx', { filter, language: 'sv', audience })).base64, 'base64'));
      expectNoPersonnummer(wb.sheetNames.map((n) => sheetText(wb.sheets[n]!)).join('\n'));
    }
  });

  it('not in the participant list', async () => {
    const list = utf8((await call('reports.participantList', { filter, language: 'sv', confirmPersonalData: true })).base64);
    expect(list).toContain('Sven Svensson');
    expectNoPersonnummer(list);
  });
});
