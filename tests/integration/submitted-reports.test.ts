import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { participantLines } from '../../src-main/services/reports';
import { buildReportFixture, call, ids, reportRouter, reportStore } from '../helpers/reportFixture';
import { expectRefused } from '../helpers/refusal';

// The dataset is described in tests/helpers/reportFixture.ts: 8 participants in the first half of 2025.
beforeAll(buildReportFixture);
afterAll(() => reportStore().cleanup());

const FILTER = { from: '2025-01-01', to: '2025-06-30', office: null, advisor: null };
const frozen = () => reportStore().db.selectFrom('submitted_reports').selectAll().execute();

describe('submitted reports: what was sent stays what was sent', () => {
  it('freezes figures, filter, period and the SHA-256 of the very file it hands back', async () => {
    const { submitted, file } = await call('reports.submit', { filter: FILTER, audience: 'internal', language: 'sv', format: 'xlsx' });
    const sha = createHash('sha256').update(Buffer.from(file.base64, 'base64')).digest('hex');
    expect(submitted).toMatchObject({ filter: FILTER, audience: 'internal', language: 'sv', format: 'xlsx', fileSha256: sha });
    expect(submitted.fileName).toBe(file.fileName);
    const [row] = await frozen();
    expect(row).toMatchObject({ period: '2025-01-01/2025-06-30', file_sha256: sha, file_name: file.fileName });
    expect(await call('reports.submittedList', {})).toEqual([submitted]);
    const opened = await call('reports.submittedOpen', { id: submitted.id });
    expect(opened.changes).toEqual([]);
    expect(opened.submitted.tables).toEqual(opened.today.tables);
  });

  it('keeps the sent figures when a person is erased, and lists every figure that changed', async () => {
    const { id } = (await call('reports.submittedList', {}))[0]!;
    const before = await frozen();
    await call('people.delete', { id: ids['a1']! });
    expect(await frozen()).toEqual(before);
    const { submitted, today, changes } = await call('reports.submittedOpen', { id: id! });
    const summary = (tables: typeof today.tables) => tables.find((t) => t.id === 'summary')!.rows.find((r) => r.key === 'participants');
    expect(summary(submitted.tables)!.cells).toEqual([8]);
    expect(summary(today.tables)!.cells).toEqual([7]);
    expect(changes).toContainEqual(
      expect.objectContaining({ tableId: 'summary', rowKey: 'participants', column: 'value', sent: 8, now: 7 }),
    );
    expect(changes).toContainEqual(
      expect.objectContaining({ tableId: 'participantsByGender', rowKey: 'woman', column: 'participants', sent: 3, now: 2 }),
    );
    expect(changes.every((c) => c.sent !== c.now)).toBe(true);
  });

  it('counts a participant as at entry once the entry is recorded, set back in time', async () => {
    const { id } = (await call('reports.submittedList', {}))[0]!;
    // a2: woman born 2000, employed now; she entered in January 2025, unemployed then.
    await call('people.update', { id: ids['a2']!, patch: { entryDate: '2025-01-10', entryEmploymentStatus: 'unemployed' } });
    const { changes } = await call('reports.submittedOpen', { id: id! });
    const employment = changes.filter((c) => c.tableId === 'participantsByEmployment' && c.column === 'woman');
    expect(employment).toEqual([
      expect.objectContaining({ rowKey: 'employed', sent: 3, now: 1 }),
      expect.objectContaining({ rowKey: 'unemployed', sent: 0, now: 1 }),
    ]);
    // The participant list reports her with her entry, and no exit while she still takes part.
    const lines = await participantLines(reportStore().db, FILTER);
    const a2 = await reportStore().db.selectFrom('people').select('name').where('id', '=', ids['a2']!).executeTakeFirstOrThrow();
    expect(lines.find((l) => l.name === a2.name)).toMatchObject({ start: '2025-01-10', end: '' });
  });

  it('refuses an unknown submitted report and a bad format, storing nothing', async () => {
    await expectRefused('report.submittedNotFound', () =>
      reportRouter().handle('reports.submittedOpen', { id: '01900000-0000-7000-8000-000000000000' }),
    );
    await expectRefused(
      'validation',
      () => reportRouter().handle('reports.submit', { filter: FILTER, audience: 'internal', language: 'sv', format: 'pdf' }),
      frozen,
    );
  });
});
