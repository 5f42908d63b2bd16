import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ErrorCode } from '@shared/api/errors';
import { contactCreateSchema, contactPatchSchema } from '@shared/api/contacts';
import type { ContactCreateInput } from '@shared/api/contacts';
import type { z } from 'zod';
import { archiveCompany, createCompany } from '../../src-main/services/companies';
import { createContact, deleteContact, listContacts, stepsDue, updateContact, weekEndOf } from '../../src-main/services/contacts';
import { createPerson, deletePerson } from '../../src-main/services/people';
import { createRouter } from '../../src-main/ipc/router';
import { makeTempStore } from '../helpers/tempStore';
import type { TempStore } from '../helpers/tempStore';
import { expectRefused, tableState } from '../helpers/refusal';

let store: TempStore;
let companyId: string;
let otherId: string;
let anna: string;
let bo: string;
let stranger: string;

// 2025-03-05 is a Wednesday; 10:30 in Stockholm.
const START = new Date('2025-03-05T09:30:00.000Z');

beforeEach(async () => {
  store = await makeTempStore({ start: START });
  companyId = (await createCompany(store.db, { name: 'Bageriet AB', orgNumber: '556036-0793' }, store.deps)).id;
  otherId = (await createCompany(store.db, { name: 'Annat AB', orgNumber: '556703-7485' }, store.deps)).id;
  anna = (await createPerson(store.db, { companyId, name: 'Anna', role: 'owner' }, store.deps)).id;
  bo = (await createPerson(store.db, { companyId, name: 'Bo', role: 'employee' }, store.deps)).id;
  stranger = (await createPerson(store.db, { companyId: otherId, name: 'Främling', role: 'owner' }, store.deps)).id;
});
afterEach(() => store.cleanup());

const step = (over: Partial<ContactCreateInput['nextSteps'][number]> = {}) => ({
  text: 'Skicka offert',
  dueDate: '2025-03-07',
  ownerText: null,
  ownerPersonId: anna,
  done: false,
  ...over,
});

const visit = (over: Partial<ContactCreateInput> = {}): ContactCreateInput => ({
  companyId,
  date: '2025-03-04',
  kind: 'visit',
  advisor: 'Karin',
  personIds: [anna],
  hours: 1.5,
  summary: 'Gick igenom planen.',
  nextSteps: [step()],
  ...over,
});

const create = (over: Partial<ContactCreateInput> = {}) => createContact(store.db, contactCreateSchema.parse(visit(over)), store.deps);
const update = (id: string, patch: z.input<typeof contactPatchSchema>) =>
  updateContact(store.db, { id, patch: contactPatchSchema.parse(patch) }, store.deps);
const stored = () => tableState(store.db, ['contacts', 'tombstones']);

/** Refused by the contract (as the router would) or by the service, with the field named and nothing stored. */
async function refusedAt(path: string, message: string, write: () => unknown, code: ErrorCode = 'validation') {
  const r = await expectRefused(code, write, stored);
  expect(r.params['issues']).toContainEqual({ path, message });
}

describe('contacts', () => {
  it('logs a contact with its people and next steps, lists the latest first, edits and deletes with a tombstone', async () => {
    const first = await create();
    expect(first).toMatchObject({ companyId, kind: 'visit', advisor: 'Karin', personIds: [anna], hours: 1.5, revision: 1 });
    expect(first.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
    expect(first.nextSteps).toEqual([step()]);
    const later = await create({ date: '2025-03-05', kind: 'phone', hours: 0.25, personIds: [], nextSteps: [], summary: '' });
    expect(later.summary).toBeNull();
    expect((await listContacts(store.db, { companyId })).map((c) => c.id)).toEqual([later.id, first.id]);
    expect(await listContacts(store.db, { companyId: otherId })).toEqual([]);

    store.clock.advance(60_000);
    const done = await update(first.id, { nextSteps: [step({ done: true })], personIds: [anna, bo] });
    expect(done).toMatchObject({ revision: 2, personIds: [anna, bo] });
    expect(done.nextSteps[0]!.done).toBe(true);
    expect(done.updatedAt > first.updatedAt).toBe(true);
    expect(await update(first.id, { hours: 1.5 })).toEqual(done);

    await deleteContact(store.db, { id: first.id }, store.deps);
    expect((await listContacts(store.db, { companyId })).map((c) => c.id)).toEqual([later.id]);
    const tomb = await store.db.selectFrom('tombstones').selectAll().where('entity', '=', 'contact').execute();
    expect(tomb).toEqual([{ entity: 'contact', entity_id: first.id, deleted_at: store.clock.now().toISOString(), revision: 3 }]);
    await expectRefused('contact.notFound', () => deleteContact(store.db, { id: first.id }, store.deps), stored);
  });

  it('refuses bad hours at the field: negative, zero, over 24, not quarter hours', async () => {
    for (const [hours, message] of [
      [-1, 'negative'],
      [0, 'contact.hoursPositive'],
      [24.25, 'contact.hoursMax'],
      [1.1, 'contact.quarterHours'],
    ] as const) {
      const parsed = contactCreateSchema.safeParse(visit({ hours }));
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toContainEqual(['hours', message]);
    }
    expect(contactCreateSchema.parse(visit({ hours: 24 })).hours).toBe(24);
    expect(contactCreateSchema.parse(visit({ hours: 0.75 })).hours).toBe(0.75);
  });

  it('refuses a date in the future (Swedish calendar), a person of another company and a step without an owner', async () => {
    await refusedAt('date', 'dateInFuture', () => create({ date: '2025-03-06' }));
    // 23:30 UTC on 5 March is already 6 March in Stockholm.
    store.clock.set(new Date('2025-03-05T23:30:00.000Z'));
    expect((await create({ date: '2025-03-06' })).date).toBe('2025-03-06');
    await refusedAt('personIds', 'contact.personNotInCompany', () => create({ personIds: [anna, stranger] }));
    await refusedAt('nextSteps.0.ownerPersonId', 'contact.personNotInCompany', () =>
      create({ nextSteps: [step({ ownerPersonId: stranger })] }),
    );
    await refusedAt('nextSteps.0.ownerText', 'contact.ownerRequired', () => create({ nextSteps: [step({ ownerPersonId: null })] }));
    const c = await create({ nextSteps: [step({ ownerPersonId: null, ownerText: 'Revisorn' })] });
    expect(c.nextSteps[0]).toMatchObject({ ownerText: 'Revisorn', ownerPersonId: null });
    await refusedAt('date', 'dateInFuture', () => update(c.id, { date: '2025-03-07' }));
    await refusedAt('personIds', 'contact.personNotInCompany', () => update(c.id, { personIds: [stranger] }));
    await expectRefused('company.notFound', () => create({ companyId: '01900000-0000-7000-8000-000000000000' }), stored);
  });

  it('erasing a person takes them out of the people present and off the steps they owned, on a new revision', async () => {
    const c = await create({ personIds: [anna, bo], nextSteps: [step(), step({ ownerPersonId: bo, text: 'Ring' })] });
    store.clock.advance(1000);
    await deletePerson(store.db, { id: anna }, store.deps);
    const [after] = await listContacts(store.db, { companyId });
    expect(after).toMatchObject({ id: c.id, personIds: [bo], revision: 2, updatedAt: store.clock.now().toISOString() });
    expect(after!.nextSteps.map((s) => s.ownerPersonId)).toEqual([null, bo]);
    expect(JSON.stringify(await tableState(store.db, ['contacts']))).not.toContain(anna);
    // The step that lost its owner stays valid: editing another field of the contact is not refused for it,
    // while a new step still needs an owner.
    expect((await update(c.id, { summary: 'Uppföljning efter radering' })).revision).toBe(3);
    const ownerless = step({ ownerPersonId: null, ownerText: null, text: 'Ny' });
    await refusedAt('nextSteps.2.ownerText', 'contact.ownerRequired', () => update(c.id, { nextSteps: [...after!.nextSteps, ownerless] }));
  });

  it('notes are internal: neither the plan (what the PDF prints) nor the programme report carries them', async () => {
    await create({ summary: 'HEMLIG ANTECKNING', nextSteps: [step({ text: 'HEMLIGT STEG' })] });
    const router = createRouter(store.session);
    const filter = { from: '2000-01-01', to: '2099-12-31' };
    const outputs = [
      await router.handle('plans.get', { companyId }),
      await router.handle('reports.programme', { ...filter, audience: 'internal' }),
      await router.handle('reports.exportCsv', { filter, language: 'sv', audience: 'internal' }),
    ];
    for (const out of outputs) {
      expect(out.ok).toBe(true);
      expect(JSON.stringify(out)).not.toMatch(/HEMLIG/);
    }
    // The CSV travels as base64: read it as the advisor would.
    const file = outputs[2]!;
    const csv = file.ok ? (file.value as { base64: string }).base64 : '';
    expect(Buffer.from(csv, 'base64').toString('utf8')).not.toMatch(/HEMLIG/);
  });

  it('lists open next steps due this week and overdue, per advisor, without archived companies', async () => {
    expect(weekEndOf('2025-03-05')).toBe('2025-03-09');
    expect(weekEndOf('2025-03-09')).toBe('2025-03-09');
    expect(weekEndOf('2025-03-10')).toBe('2025-03-16');
    await create({
      nextSteps: [
        step({ dueDate: '2025-03-01', text: 'Sen' }),
        step({ dueDate: '2025-03-09', text: 'Söndag', ownerPersonId: null, ownerText: 'Banken' }),
        step({ dueDate: '2025-03-10', text: 'Nästa vecka' }),
        step({ dueDate: '2025-03-02', text: 'Klar', done: true }),
      ],
    });
    await create({ advisor: 'Anders', nextSteps: [step({ dueDate: '2025-03-05', text: 'Idag' })] });
    const archived = (await createCompany(store.db, { name: 'Slut AB', orgNumber: '556074-7569' }, store.deps)).id;
    await create({ companyId: archived, personIds: [], nextSteps: [step({ ownerPersonId: null, ownerText: 'X' })] });
    await archiveCompany(store.db, { id: archived, archived: true }, store.deps);

    const due = await stepsDue(store.db, store.deps);
    expect(due).toMatchObject({ today: '2025-03-05', weekEnd: '2025-03-09' });
    expect(due.byAdvisor.map((g) => [g.advisor, g.steps.map((s) => [s.text, s.overdue, s.ownerName ?? s.ownerText])])).toEqual([
      ['Anders', [['Idag', false, 'Anna']]],
      [
        'Karin',
        [
          ['Sen', true, 'Anna'],
          ['Söndag', false, 'Banken'],
        ],
      ],
    ]);
    expect(due.byAdvisor[1]!.steps[1]).toMatchObject({ index: 1, companyId, companyName: 'Bageriet AB' });
  });
});
