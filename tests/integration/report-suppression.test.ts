import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProgrammeReport } from '@shared/api/reports';
import { externalProblems } from '../helpers/cellAudit';
import { buildReportFixture, call, reportStore } from '../helpers/reportFixture';
import { readWorkbook } from '../helpers/workbook';

/**
 * Issue 14: the external report, as the router gives it and as the workbook carries it, keeps its hidden figures
 * hidden for every office and every advisor on their own (the smallest reports an office makes). The dataset is
 * tests/helpers/reportFixture.ts.
 */

beforeAll(buildReportFixture);
afterAll(() => reportStore().cleanup());

const PERIOD = { from: '2025-01-01', to: '2025-06-30' };

const both = async (filter: { office?: string; advisor?: string }) => {
  const internal: ProgrammeReport = await call('reports.programme', { ...PERIOD, ...filter, audience: 'internal' });
  const external: ProgrammeReport = await call('reports.programme', { ...PERIOD, ...filter, audience: 'external' });
  return { internal, external };
};

describe('the external report of one office or one advisor', () => {
  it('gives no hidden figure away, whatever the filter', async () => {
    const all = await both({});
    expect(externalProblems(all.internal.tables, all.external.tables)).toEqual([]);
    const filters = [...all.internal.offices.map((office) => ({ office })), ...all.internal.advisors.map((advisor) => ({ advisor }))];
    expect(filters.length).toBeGreaterThan(2);
    for (const filter of filters) {
      const r = await both(filter);
      expect(externalProblems(r.internal.tables, r.external.tables), JSON.stringify(filter)).toEqual([]);
    }
  });

  it('is the same in the workbook as on screen: every sheet holds the report’s own cells', async () => {
    const { external } = await both({ advisor: 'Lars' });
    const file = await call('reports.exportXlsx', { filter: { ...PERIOD, advisor: 'Lars' }, language: 'en', audience: 'external' });
    const wb = readWorkbook(Buffer.from(file.base64, 'base64'));
    // Sheets after 'About' are the tables in order; below each sheet's mark and header, the cells after the label.
    external.tables.forEach((table, i) => {
      const rows = wb.sheets[wb.sheetNames[i + 1]!]!.slice(2);
      expect(rows.map((r) => r.slice(1))).toEqual(table.rows.map((r) => r.cells.map((c) => c ?? '')));
    });
  });
});
