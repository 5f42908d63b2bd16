import { describe, expect, it } from 'vitest';
import { expectRefused, tableState } from '../helpers/refusal';
import { orgNumberFor } from '../helpers/tempStore';
import type { TempStore } from '../helpers/tempStore';
import { call, data, exportAll, importFile, preview, seal, seed, useExchangeStores, validFile } from '../helpers/exchangeStores';

const store = useExchangeStores();

/** A company with two people and two contacts (one with a next step owned by a person, one by a name). */
async function logged(s: TempStore) {
  const company = await call(s, 'companies.create', { name: 'Kontaktföretaget AB', orgNumber: orgNumberFor(700) });
  const anna = await call(s, 'people.create', { companyId: company.id, name: 'Anna Ägare', role: 'owner' });
  const bo = await call(s, 'people.create', { companyId: company.id, name: 'Bo Anställd', role: 'employee' });
  const visit = await call(s, 'contacts.create', {
    companyId: company.id,
    date: '2025-02-20',
    kind: 'visit',
    advisor: 'Karin',
    personIds: [anna.id, bo.id],
    hours: 2.75,
    summary: 'Genomgång av planen.',
    nextSteps: [{ text: 'Boka kurs', dueDate: '2025-03-10', ownerText: null, ownerPersonId: anna.id, done: false }],
  });
  const call2 = await call(s, 'contacts.create', {
    companyId: company.id,
    date: '2025-02-25',
    kind: 'phone',
    advisor: 'Karin',
    personIds: [],
    hours: 0.25,
    summary: null,
    nextSteps: [{ text: 'Fråga banken', dueDate: '2025-03-01', ownerText: 'Revisorn', ownerPersonId: null, done: true }],
  });
  return { company, anna, bo, visit, call2 };
}

/** A contact's fields as a new one's input. */
const contactOf = (c: ContactLike) => ({
  companyId: c.companyId,
  date: c.date,
  kind: c.kind,
  advisor: c.advisor,
  personIds: c.personIds,
  hours: c.hours,
  summary: c.summary,
  nextSteps: c.nextSteps,
});
type ContactLike = Awaited<ReturnType<typeof logged>>['visit'];

const contacts = (s: TempStore) => tableState(s.db, ['contacts']);

describe('contacts in exchange files', () => {
  it('travel with their company: equal after a round trip (ids, revisions, timestamps), a second import changes nothing', async () => {
    const a = await store();
    const b = await store();
    await logged(a);
    const file = await exportAll(a);
    const { preview: p, counts } = await importFile(b, file.base64);
    expect(p.counts.contacts).toMatchObject({ new: 2 });
    expect(counts.contacts).toMatchObject({ new: 2 });
    expect(await contacts(b)).toEqual(await contacts(a));
    expect((await contacts(b))['contacts']).toHaveLength(2);

    const again = await importFile(b, file.base64);
    expect(again.counts.contacts).toMatchObject({ unchanged: 2, new: 0 });
    expect(await contacts(b)).toEqual(await contacts(a));
  });

  it('an edit, a deletion and an erased person travel on the next exchange', async () => {
    const a = await store();
    const b = await store();
    const x = await logged(a);
    await importFile(b, (await exportAll(a)).base64);

    a.clock.advance(60_000);
    await call(a, 'contacts.update', { id: x.visit.id, patch: { hours: 3 } });
    await call(a, 'contacts.delete', { id: x.call2.id });
    await call(a, 'people.delete', { id: x.anna.id });
    const { counts } = await importFile(b, (await exportAll(a)).base64);
    expect(counts.contacts).toMatchObject({ updated: 1, deleted: 1 });
    const [here] = await call(b, 'contacts.list', { companyId: x.company.id });
    expect(here).toMatchObject({ id: x.visit.id, hours: 3, personIds: [x.bo.id], revision: 3 });
    expect(here!.nextSteps[0]!.ownerPersonId).toBeNull();
    expect(await contacts(b)).toEqual(await contacts(a));
  });

  it('a company deleted there is a conflict here when a contact was logged here since the offices agreed', async () => {
    const a = await store();
    const b = await store();
    const x = await logged(a);
    await importFile(b, (await exportAll(a)).base64);
    await call(b, 'contacts.create', { ...contactOf(x.visit), date: '2025-02-28' });
    await call(a, 'companies.delete', { id: x.company.id });
    const p = await preview(b, (await exportAll(a)).base64);
    expect(p.counts.companies.conflicts).toBe(1);
  });

  it('only the chosen companies’ contacts travel', async () => {
    const a = await store();
    const x = await logged(a);
    const [other] = await seed(a, 1);
    const file = await validFile(a);
    expect((file['contacts'] as unknown[]).length).toBe(2);
    const b = await store();
    await importFile(b, (await exportAll(a, [other!])).base64);
    expect((await contacts(b))['contacts']).toEqual([]);
    await importFile(b, (await exportAll(a, [x.company.id])).base64);
    expect((await contacts(b))['contacts']).toHaveLength(2);
  });

  it('reads a version 3 file (no contacts), and refuses a contact naming a person neither in the file nor here', async () => {
    const a = await store();
    const b = await store();
    const x = await logged(a);
    const file = await validFile(a);
    const v3 = { ...file, formatVersion: 3 } as Record<string, unknown>;
    delete v3['contacts'];
    const base = { ...(file['base'] as Record<string, unknown>) };
    delete base['contact'];
    v3['base'] = base;
    const p = await preview(b, await seal(v3));
    expect(p.counts.contacts.new).toBe(0);

    const stranger = '01900000-0000-7000-8000-000000000001';
    const bad = { ...file, contacts: (file['contacts'] as Array<Record<string, unknown>>).map((c) => ({ ...c, personIds: [stranger] })) };
    const before = await data(b.db);
    await expectRefused('exchange.unknownPerson', async () => preview(b, await seal(bad)));
    expect(await data(b.db)).toBe(before);
    expect(x.visit.companyId).toBe(x.company.id);
  });
});
