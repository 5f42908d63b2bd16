import { describe, expect, it } from 'vitest';
import { tableState } from '../helpers/refusal';
import { orgNumberFor } from '../helpers/tempStore';
import type { TempStore } from '../helpers/tempStore';
import { call, exportAll, importFile, preview, seal, useExchangeStores, validFile } from '../helpers/exchangeStores';

const store = useExchangeStores();

/** A company with declared aid in both currencies and an activity the programme pays part of. */
async function aided(s: TempStore) {
  const company = await call(s, 'companies.create', { name: 'Stödföretaget AB', orgNumber: orgNumberFor(800) });
  const common = { companyId: company.id, note: null } as const;
  const almi = await call(s, 'aid.create', { ...common, date: '2024-05-01', amount: 8000, currency: 'EUR', grantingBody: 'Almi' });
  const region = await call(s, 'aid.create', { ...common, date: '2025-01-15', amount: 40_000, currency: 'SEK', grantingBody: 'Regionen' });
  const course = await call(s, 'activities.create', { companyId: company.id, title: 'Kurs', costSek: 20_000, programmeShareSek: 12_500 });
  return { company, almi, region, course };
}

const aidState = (s: TempStore) => tableState(s.db, ['declared_aid']);
const shares = async (s: TempStore) => (await s.db.selectFrom('activities').select(['id', 'programme_share_sek']).execute()).sort();

describe('de minimis aid in exchange files', () => {
  it('travels as its own records, the programme’s share inside the activity; a second import changes nothing', async () => {
    const a = await store();
    const b = await store();
    await aided(a);
    const { preview: p, counts } = await importFile(b, (await exportAll(a)).base64);
    expect(p.counts.aid).toMatchObject({ new: 2 });
    expect(counts.aid).toMatchObject({ new: 2 });
    expect(await aidState(b)).toEqual(await aidState(a));
    expect(await shares(b)).toEqual(await shares(a));
    expect((await shares(b))[0]!.programme_share_sek).toBe(12_500);

    const again = await importFile(b, (await exportAll(a)).base64);
    expect(again.counts.aid).toMatchObject({ unchanged: 2, new: 0 });
  });

  it('an edit and a deletion (its tombstone) travel on the next exchange; so does a new share', async () => {
    const a = await store();
    const b = await store();
    const x = await aided(a);
    await importFile(b, (await exportAll(a)).base64);
    a.clock.advance(60_000);
    await call(a, 'aid.update', { id: x.almi.id, patch: { amount: 9000 } });
    await call(a, 'aid.delete', { id: x.region.id });
    await call(a, 'activities.update', { id: x.course.id, patch: { programmeShareSek: 20_000 } });
    const { counts } = await importFile(b, (await exportAll(a)).base64);
    expect(counts.aid).toMatchObject({ updated: 1, deleted: 1 });
    expect(await call(b, 'aid.list', { companyId: x.company.id })).toEqual([expect.objectContaining({ id: x.almi.id, amount: 9000 })]);
    expect(await aidState(b)).toEqual(await aidState(a));
    expect(await shares(b)).toEqual(await shares(a));
    const summary = await call(b, 'aid.summary', { companyId: x.company.id });
    expect(summary.lines.map((l) => l.title)).toEqual(['Almi', 'Kurs']);
  });

  it('a company deleted there is a conflict here when aid was declared here since the offices agreed', async () => {
    const a = await store();
    const b = await store();
    const x = await aided(a);
    await importFile(b, (await exportAll(a)).base64);
    await call(b, 'aid.create', {
      companyId: x.company.id,
      date: '2025-02-01',
      amount: 1,
      currency: 'SEK',
      grantingBody: 'Kommunen',
      note: null,
    });
    await call(a, 'companies.delete', { id: x.company.id });
    const p = await preview(b, await seal(await validFile(a)));
    expect(p.counts.companies.conflicts).toBe(1);
  });

  it('reads a version 4 file (no aid, no share), and refuses a currency it does not know as invalid content', async () => {
    const a = await store();
    const b = await store();
    await aided(a);
    const file = await validFile(a);
    const v4 = { ...file, formatVersion: 4 } as Record<string, unknown>;
    delete v4['aid'];
    v4['activities'] = (file['activities'] as Array<Record<string, unknown>>).map(({ programmeShareSek: _s, ...rest }) => rest);
    const base = { ...(file['base'] as Record<string, unknown>) };
    delete base['aid'];
    v4['base'] = base;
    const { counts } = await importFile(b, await seal(v4));
    expect(counts.aid.new).toBe(0);
    expect((await shares(b))[0]!.programme_share_sek).toBeNull();

    const bad = { ...file, aid: (file['aid'] as Array<Record<string, unknown>>).map((r) => ({ ...r, currency: 'USD' })) };
    const c = await store();
    await expect(preview(c, await seal(bad))).rejects.toMatchObject({ code: 'exchange.invalidContent' });
  });
});
