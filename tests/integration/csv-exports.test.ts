import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelName, InputOf, ResultOf } from '@shared/api';
import type { ProgrammeReport } from '@shared/api/reports';
import { createRouter } from '../../src-main/ipc/router';
import type { Router } from '../../src-main/ipc/router';
import { csvDocument, neutraliseText } from '../../src-main/services/csv';
import { reportCsv, reportXlsx } from '../../src-main/services/reports/files';
import { parseCsv } from '../helpers/csv';
import { makeTempStore, orgNumberFor } from '../helpers/tempStore';
import type { TempStore } from '../helpers/tempStore';
import { formulaCells, readWorkbook, sheetText } from '../helpers/workbook';

/**
 * Names can come from another office through an import. Every CSV the app writes passes them to Excel as text,
 * never as a formula (a leading `'` on a text that starts with = + - @, a tab or a carriage return), while numbers,
 * negative ones included, stay numbers. The XLSX files hold no formulas at all.
 */

const HYPERLINK = '=HYPERLINK("http://x")';
const PHONE = '+46 70 123 45 67';
const SUM = '@SUM(A1)';
const MINUS = '-2+3';
const TAB = '\tflik';
const CR = '\rretur';
const DANGEROUS = [HYPERLINK, PHONE, SUM, MINUS, TAB, CR];

/** No field of a parsed CSV starts a formula, unless it is a number written as one. */
function expectNoFormula(rows: string[][]): void {
  for (const field of rows.flat()) {
    if (/^-?\d+(,\d+)?$|^-?\d+(\.\d+)?$/.test(field)) continue;
    expect(field, JSON.stringify(field)).not.toMatch(/^[=+\-@\t\r]/);
  }
}

describe('the CSV writer', () => {
  it('prefixes a text that Excel would take for a formula with a quote, and only such texts', () => {
    for (const text of DANGEROUS) expect(neutraliseText(text)).toBe(`'${text}`);
    for (const text of ['Anna', ' =1', "'=1", '', 'a=b', '12-3']) expect(neutraliseText(text)).toBe(text);
  });

  it('writes numbers as numbers (negative ones unprefixed), texts neutralised, a BOM and CRLF', () => {
    const text = csvDocument(
      [
        ['namn', 'värde'],
        [HYPERLINK, -12.5],
        ['-12.5', -3],
        [null, 0.125],
      ],
      'sv',
    );
    expect(text).toBe(`\uFEFF"namn";"värde"\r\n"'=HYPERLINK(""http://x"")";"-12,5"\r\n"'-12.5";"-3"\r\n"";"0,13"\r\n`);
    expect(csvDocument([[-1.5]], 'en')).toBe('\uFEFF"-1.5"\r\n');
  });
});

let store: TempStore;
let router: Router;

async function call<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<ResultOf<C>> {
  const r = await router.handle(channel, input);
  if (!r.ok) throw new Error(`${channel} failed: ${JSON.stringify(r.error)}`);
  return r.value as ResultOf<C>;
}

let companyId = '';

beforeAll(async () => {
  store = await makeTempStore({ start: new Date('2025-03-01T09:00:00.000Z') });
  router = createRouter(store.session);
  const company = await call('companies.create', {
    name: HYPERLINK,
    orgNumber: orgNumberFor(1),
    status: 'enrolled',
    growthAmbition: true,
    growthAmbitionDate: '2025-01-15',
    consentBy: SUM,
    consentAt: '2025-01-15',
    consentScope: 'Kartläggning',
  });
  companyId = company.id;
  const phone = await call('people.create', { companyId, name: PHONE, role: 'owner' });
  const tab = await call('people.create', { companyId, name: 'Flik', role: 'employee' });
  const provider = await call('providers.create', { name: MINUS, kind: 'consultant' });
  await call('activities.create', {
    companyId,
    title: SUM,
    level: 'individual',
    personIds: [phone.id, tab.id],
    providerId: provider.id,
    plannedStart: '2025-03-02',
    plannedEnd: '2025-03-20',
    hours: 6,
    costSek: 1500,
    fundingSource: 'Egen',
    responsible: HYPERLINK,
    status: 'booked',
  });
  // The forms trim names; a tab or a carriage return at the start can still be in a row written before they did.
  await store.db.updateTable('people').set({ name: TAB }).where('id', '=', tab.id).execute();
  await store.db.updateTable('activities').set({ funding_source: CR }).execute();
});
afterAll(() => store.cleanup());

describe('every CSV export passes hostile names as text', () => {
  it('the plan', async () => {
    const file = await call('plans.exportCsv', { companyId, language: 'sv' });
    const rows = parseCsv(file.text.slice(1));
    expectNoFormula(rows);
    const row = rows[1]!;
    expect(row[0]).toBe(`'${SUM}`);
    expect(row[4]).toBe(`'${PHONE}, ${TAB}`);
    expect(row[5]).toBe(`'${MINUS}`);
    expect(row.slice(8, 12)).toEqual(['6', '1500', `'${CR}`, `'${HYPERLINK}`]);
  });

  it('the participant list', async () => {
    const file = await call('reports.participantList', {
      filter: { from: '2025-01-01', to: '2025-06-30' },
      language: 'en',
      confirmPersonalData: true,
    });
    const rows = parseCsv(Buffer.from(file.base64, 'base64').toString('utf8').slice(1));
    expectNoFormula(rows);
    // Name and company (the personnummer, not recorded here, stands between them).
    expect(rows.slice(1).map((r) => [r[0], r[2]])).toEqual(
      expect.arrayContaining([
        [`'${PHONE}`, `'${HYPERLINK}`],
        [`'${TAB}`, `'${HYPERLINK}`],
      ]),
    );
    expect(rows).toHaveLength(3);
  });

  it('the programme report, with a negative change kept a number', async () => {
    const report = await call('reports.programme', { from: '2025-01-01', to: '2025-06-30', audience: 'internal' });
    const withCompanies: ProgrammeReport = {
      ...report,
      tables: [
        ...report.tables.filter((t) => t.id !== 'progressByCompany'),
        {
          id: 'progressByCompany',
          rowKind: 'company',
          columns: ['baselineScore', 'latestScore', 'scoreChange'],
          rows: [
            { key: companyId, label: HYPERLINK, cells: [50, 37.5, -12.5] },
            { key: 'x', label: '=1+1', cells: [null, null, null] },
          ],
        },
      ],
    };
    const text = Buffer.from(reportCsv(withCompanies, 'sv').base64, 'base64').toString('utf8');
    const rows = parseCsv(text.slice(1));
    expectNoFormula(rows);
    const change = rows.find((r) => r[1] === `'${HYPERLINK}` && r[3] === '-12,5');
    expect(change, text).toBeDefined();
    expect(rows.some((r) => r[1] === "'=1+1")).toBe(true);
  });
});

describe('the XLSX report', () => {
  it('holds no formula, even for a company named =1+1: names are text, numbers numbers', async () => {
    const report = await call('reports.programme', { from: '2025-01-01', to: '2025-06-30', audience: 'internal' });
    const file = await reportXlsx(
      {
        ...report,
        filter: { ...report.filter, office: '=2+2' },
        tables: [
          {
            id: 'progressByCompany',
            rowKind: 'company',
            columns: ['baselineScore', 'latestScore', 'scoreChange'],
            rows: [
              { key: 'a', label: '=1+1', cells: [50, 37.5, -12.5] },
              { key: 'b', label: HYPERLINK, cells: [1, 2, 1] },
            ],
          },
        ],
      },
      'en',
    );
    const bytes = Buffer.from(file.base64, 'base64');
    expect(formulaCells(bytes)).toEqual([]);
    const wb = readWorkbook(bytes);
    // Row 0 is the sheet's internal/external mark, row 1 the header.
    const sheet = wb.sheets[wb.sheetNames[1]!]!;
    expect(sheet[2]).toEqual(['=1+1', 50, 37.5, -12.5]);
    expect(sheet[3]![0]).toBe(HYPERLINK);
    expect(sheetText(wb.sheets[wb.sheetNames[0]!]!)).toContain('=2+2');
  });
});
