import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { ERASED_MARK } from '@shared/domain/consent';
import { createRouter } from '../../src-main/ipc/router';
import type { Router } from '../../src-main/ipc/router';
import { seedDemoRounds } from '../../scripts/demo/rounds';
import { seedDemoPlans } from '../../scripts/demo/plans';
import { caller } from '../helpers/calls';
import { expectRefused, tableState } from '../helpers/refusal';
import { makeTempStore, orgNumberFor } from '../helpers/tempStore';
import type { TempStore } from '../helpers/tempStore';

/**
 * A person's rights (issue 15): consent history, what is held about them (art. 15) and an erasure that leaves no
 * trace (art. 17), on a real encrypted store through the router.
 */

let store: TempStore;
let router: Router;
let call: ReturnType<typeof caller>;

beforeEach(async () => {
  store = await makeTempStore({ start: new Date('2025-03-01T09:00:00.000Z') });
  router = createRouter(store.session);
  call = caller(router);
  await call('settings.update', { advisorName: 'Rådgivare Rut' });
});
afterEach(() => store.cleanup());

const NAME = 'Stina Särskild';
const PHONE = '070-123 45 67';
const EMAIL = 'stina.sarskild@exempel.se';

async function company(n = 1) {
  return call('companies.create', {
    name: `Rättigheter ${n} AB`,
    orgNumber: orgNumberFor(n),
    status: 'enrolled',
    growthAmbition: true,
    growthAmbitionDate: '2025-01-15',
    consentBy: NAME,
    consentAt: '2025-01-15',
    contactName: NAME,
    contactPhone: PHONE,
    contactEmail: EMAIL,
  });
}

/** A company with the person to erase, a colleague, demo rounds and plans, and a contact that names her. */
async function world() {
  const c = await company();
  const stina = await call('people.create', { companyId: c.id, name: NAME, role: 'owner', followupConsent: true, gender: 'woman' });
  const olle = await call('people.create', { companyId: c.id, name: 'Olle Annan', role: 'employee' });
  let seed = 7;
  const rng = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  await seedDemoRounds(store.db, [c.id], rng, new Date('2025-03-01T09:00:00.000Z'));
  await seedDemoPlans(store.db, [c.id], rng, new Date('2025-03-01T09:00:00.000Z'));
  const step = { text: `Ring ${NAME} om kursen`, dueDate: '2025-03-10', ownerText: null, ownerPersonId: stina.id, done: false };
  await call('contacts.create', {
    companyId: c.id,
    date: '2025-02-20',
    kind: 'visit',
    advisor: 'Rådgivare Rut',
    personIds: [stina.id, olle.id],
    hours: 1.5,
    summary: `Träffade ${NAME.toUpperCase()} och Olle. Nås på ${PHONE} eller ${EMAIL}.`,
    nextSteps: [step],
  });
  return { c, stina, olle };
}

describe('consent history', () => {
  it('records consent given and withdrawn as events, with the text version and who recorded it', async () => {
    const c = await company();
    const p = await call('people.create', { companyId: c.id, name: 'Per Person', role: 'employee', followupConsent: true, gender: 'man' });
    store.clock.set(new Date('2025-04-02T09:00:00.000Z'));
    const withdrawn = await call('people.update', { id: p.id, patch: { followupConsent: false } });
    // Withdrawal removes only what rested on consent: the follow-up details, not the person's record.
    expect(withdrawn).toMatchObject({ name: 'Per Person', role: 'employee', gender: null, followupConsentAt: null });
    await call('people.update', { id: p.id, patch: { ratingsShared: true } });
    await call('people.update', { id: p.id, patch: { jobTitle: 'Snickare' } });
    const history = await call('consent.history', { personId: p.id });
    expect(history.map((e) => [e.kind, e.action, e.date, e.by, e.textVersion])).toEqual([
      ['ratingsShared', 'given', '2025-04-02', 'Rådgivare Rut', '1'],
      ['followup', 'withdrawn', '2025-04-02', 'Rådgivare Rut', '1'],
      ['followup', 'given', '2025-03-01', 'Rådgivare Rut', '1'],
    ]);
    expect(await call('consent.history', { companyId: c.id })).toMatchObject([
      { kind: 'company', action: 'given', by: NAME, date: '2025-01-15' },
    ]);
  });

  it('records participation on its own, and refuses a date in the future storing nothing', async () => {
    const c = await company();
    const p = await call('people.create', { companyId: c.id, name: 'Per Person', role: 'employee' });
    expect(await call('consent.record', { personId: p.id, kind: 'participation', given: true })).toMatchObject({ action: 'given' });
    expect(await call('consent.record', { personId: p.id, kind: 'participation', given: true })).toBeNull();
    await expectRefused(
      'validation',
      () => router.handle('consent.record', { personId: p.id, kind: 'participation', given: false, date: '2025-03-02' }),
      () => tableState(store.db, ['consent_events']),
    );
  });
});

describe('what is held about a person (art. 15)', () => {
  it('holds every field, ratings, activities, contacts and consents of theirs, nothing of anyone else, and is logged', async () => {
    const { stina } = await world();
    const data = await call('rights.personData', { personId: stina.id });
    expect(data.person).toMatchObject({ id: stina.id, name: NAME, gender: 'woman' });
    expect(data.companyContact).toEqual({ name: NAME, phone: PHONE, email: EMAIL });
    expect(data.ratings.length).toBeGreaterThan(0);
    expect(data.ratings.every((r) => r.competences.length > 0)).toBe(true);
    expect(data.contacts).toMatchObject([{ date: '2025-02-20', steps: [{ text: `Ring ${NAME} om kursen` }] }]);
    expect(data.consents.map((e) => e.kind)).toContain('followup');
    expect(data.legalBases).toMatchObject({ followup: 'consent', participation: 'legalObligation' });
    expect(JSON.stringify(data)).not.toContain('Olle');
    expect(await call('rights.log', {})).toMatchObject([{ action: 'export', personId: stina.id }]);
  });
});

/** Every text value of every table, as one string per row: the logical dump the erasure is checked against. */
async function dump(): Promise<string> {
  const tables = await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`.execute(
    store.db,
  );
  const out: string[] = [];
  for (const { name } of tables.rows) {
    const rows = (await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(name)}`.execute(store.db)).rows;
    for (const row of rows) out.push(`${name}: ${JSON.stringify(row)}`);
  }
  return out.join('\n');
}

describe('erasure that leaves no trace (art. 17)', () => {
  it('leaves no field of any table holding their name, phone or e-mail, flags the notes and travels', async () => {
    const { c, stina, olle } = await world();
    expect((await dump()).toLowerCase()).toContain(NAME.toLowerCase());
    await call('people.delete', { id: stina.id });
    const text = (await dump()).toLowerCase();
    for (const needle of [NAME, PHONE, EMAIL, 'stina']) expect(text).not.toContain(needle.toLowerCase());
    const after = await call('companies.get', { id: c.id });
    expect(after).toMatchObject({ contactName: null, contactPhone: null, contactEmail: null, consentBy: ERASED_MARK });
    expect(after.revision).toBeGreaterThan(c.revision);
    const contact = (await call('contacts.list', { companyId: c.id }))[0]!;
    expect(contact.personIds).toEqual([olle.id]);
    expect(contact.summary).toContain(`Träffade ${ERASED_MARK} och Olle`);
    const flags = await call('rights.reviewFlags', { companyId: c.id });
    expect(flags.map((f) => `${f.entity}.${f.field}`)).toEqual(expect.arrayContaining(['contacts.summary', 'contacts.next_steps']));
    await call('rights.markReviewed', { id: flags[0]!.id });
    expect(await call('rights.reviewFlags', { companyId: c.id })).toHaveLength(flags.length - 1);
    expect(await call('consent.history', { personId: stina.id })).toEqual([]);
    const tomb = await store.db.selectFrom('tombstones').selectAll().where('entity_id', '=', stina.id).execute();
    expect(tomb).toHaveLength(1);
    expect((await call('rights.log', {}))[0]).toMatchObject({ action: 'erase', personId: null, companyId: null });
    // The colleague keeps their name.
    expect((await call('people.list', { companyId: c.id })).map((p) => p.name)).toEqual(['Olle Annan']);
  });
});
