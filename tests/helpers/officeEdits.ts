/** The edits an advisor makes at an office in the convergence property, made through the router as the screens do. */
import fc from 'fast-check';
import type { Kysely } from 'kysely';
import type { ChannelName, InputOf } from '@shared/api';
import type { Database } from '../../src-main/store/schema';
import { edit } from './offices';
import type { Office, World } from './offices';
import { orgNumberFor } from './tempStore';

/** One edit an advisor makes at an office; `pick`s choose a record among the office's own, modulo their number. */
export type Edit =
  | { op: 'renameCompany'; company: number; name: string }
  | { op: 'companyFields'; company: number; employees: number; contactName: string | null }
  | { op: 'deleteCompany'; company: number }
  | { op: 'addCompany'; name: string }
  | { op: 'addPerson'; company: number; name: string }
  | { op: 'editPerson'; person: number; jobTitle: string | null }
  | { op: 'deletePerson'; person: number }
  | { op: 'addContact'; company: number; people: number; quarters: number }
  | { op: 'editContact'; contact: number; summary: string | null }
  | { op: 'addActivity'; company: number; people: number; title: string }
  | { op: 'editActivity'; activity: number; status: 'planned' | 'booked' | 'cancelled'; hours: number }
  | { op: 'deleteActivity'; activity: number }
  | { op: 'planNote'; company: number; note: string | null };

async function pickId(db: Kysely<Database>, table: 'companies' | 'people' | 'contacts' | 'activities', pick: number) {
  const rows = await db.selectFrom(table).select('id').orderBy('id').execute();
  return rows.length === 0 ? null : rows[pick % rows.length]!.id;
}

/** The company's people chosen by the bits of `mask`. */
async function peopleOf(db: Kysely<Database>, companyId: string, mask: number): Promise<string[]> {
  const rows = await db.selectFrom('people').select('id').where('company_id', '=', companyId).orderBy('id').execute();
  return rows.filter((_, i) => (mask >> i) & 1).map((r) => r.id);
}

let companiesMade = 0;

/** Makes the edit through the router; false when there was nothing to edit or the app refused it. */
export async function makeEdit(world: World, office: Office, e: Edit): Promise<boolean> {
  const { db } = office.store;
  const company = 'company' in e ? await pickId(db, 'companies', e.company) : null;
  const run = <C extends ChannelName>(channel: C, input: InputOf<C>) => edit(world, office, channel, input);
  switch (e.op) {
    case 'addCompany':
      companiesMade += 1;
      return run('companies.create', { name: e.name, orgNumber: orgNumberFor(100_000 + companiesMade), municipalityCode: '1880' });
    case 'editPerson':
    case 'deletePerson': {
      const id = await pickId(db, 'people', e.person);
      if (id === null) return false;
      return e.op === 'deletePerson' ? run('people.delete', { id }) : run('people.update', { id, patch: { jobTitle: e.jobTitle } });
    }
    case 'editContact': {
      const id = await pickId(db, 'contacts', e.contact);
      return id !== null && run('contacts.update', { id, patch: { summary: e.summary } });
    }
    case 'editActivity':
    case 'deleteActivity': {
      const id = await pickId(db, 'activities', e.activity);
      if (id === null) return false;
      if (e.op === 'deleteActivity') return run('activities.delete', { id });
      return run('activities.update', { id, patch: { status: e.status, hours: e.hours } });
    }
  }
  if (company === null) return false;
  switch (e.op) {
    case 'renameCompany':
      return run('companies.update', { id: company, patch: { name: e.name } });
    case 'companyFields':
      return run('companies.update', { id: company, patch: { employees: e.employees, contactName: e.contactName } });
    case 'deleteCompany':
      return run('companies.delete', { id: company });
    case 'addPerson':
      return run('people.create', { companyId: company, name: e.name, role: 'employee' });
    case 'addContact':
      return run('contacts.create', {
        companyId: company,
        date: office.store.deps.today(),
        kind: 'visit',
        advisor: `Rådgivare ${office.name}`,
        personIds: await peopleOf(db, company, e.people),
        hours: e.quarters / 4,
        summary: null,
        nextSteps: [],
      });
    case 'addActivity':
      return run('activities.create', {
        companyId: company,
        title: e.title,
        level: 'individual',
        personIds: await peopleOf(db, company, e.people),
      });
    case 'planNote':
      return run('plans.update', { companyId: company, patch: { note: e.note } });
  }
}

const pick = fc.nat({ max: 1000 });
export const NAMES = ['Alfa Snickeri AB', 'Beta Bygg AB', 'Gamma Åkeri AB'];
export const TITLES = ['Kurs i bokföring', 'Mentorskap', 'Studiebesök'];

/** A random edit, of every kind, picking among few values so that offices often make the same or crossing edits. */
export const editArb: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant('renameCompany' as const), company: pick, name: fc.constantFrom(...NAMES) }) },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('companyFields' as const),
      company: pick,
      employees: fc.nat({ max: 3 }),
      contactName: fc.constantFrom(null, 'Eva Öberg', 'Per Ek'),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('deleteCompany' as const), company: pick }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('addCompany' as const), name: fc.constantFrom(...NAMES) }) },
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constant('addPerson' as const), company: pick, name: fc.constantFrom('Lisa Holm', 'Ali Karimi') }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ op: fc.constant('editPerson' as const), person: pick, jobTitle: fc.constantFrom(null, 'VD', 'Ekonom') }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('deletePerson' as const), person: pick }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('addContact' as const),
      company: pick,
      people: fc.nat({ max: 7 }),
      quarters: fc.integer({ min: 1, max: 16 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('editContact' as const),
      contact: pick,
      summary: fc.constantFrom(null, 'Bra möte', 'Uppföljning'),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('addActivity' as const),
      company: pick,
      people: fc.nat({ max: 7 }),
      title: fc.constantFrom(...TITLES),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('editActivity' as const),
      activity: pick,
      status: fc.constantFrom('planned' as const, 'booked' as const, 'cancelled' as const),
      hours: fc.constantFrom(4, 8, 16),
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('deleteActivity' as const), activity: pick }) },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('planNote' as const), company: pick, note: fc.constantFrom(null, 'Fokus på ekonomi') }),
  },
);
