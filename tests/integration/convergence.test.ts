/**
 * Convergence (issue 12): three to five offices edit shared companies through the app's own services and exchange
 * files in random orders, with duplicates and delays. Once every office has applied every file (and the offices
 * have exchanged until nothing changes), every office holds the same shared data. Conflicts are decided by one fixed
 * policy that every office applies alike (tests/helpers/offices.ts).
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { Office, World } from '../helpers/offices';
import type { Edit } from '../helpers/officeEdits';
import { editArb, makeEdit, NAMES, TITLES } from '../helpers/officeEdits';
import {
  deliver,
  deliverPending,
  drain,
  edit,
  makeWorld,
  seeded,
  seedShared,
  sendDeltas,
  sendFull,
  settle,
  sharedData,
} from '../helpers/offices';

const pick = fc.nat({ max: 1000 });

type Step =
  | { kind: 'edit'; office: number; edit: Edit }
  | { kind: 'send'; office: number; full: boolean }
  | { kind: 'passphrase'; office: number }
  | { kind: 'deliver'; pick: number; duplicate: boolean };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('edit' as const), office: fc.nat({ max: 4 }), edit: editArb }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('send' as const), office: fc.nat({ max: 4 }), full: fc.nat({ max: 5 }).map((n) => n === 0) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('passphrase' as const), office: fc.nat({ max: 4 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('deliver' as const), pick, duplicate: fc.boolean() }) },
);

const scenarioArb = fc.record({
  offices: fc.integer({ min: 3, max: 5 }),
  companies: fc.integer({ min: 1, max: 2 }),
  steps: fc.array(stepArb, { minLength: 5, maxLength: 30, size: 'max' }),
  seed: fc.integer(),
});
type Scenario = typeof scenarioArb extends fc.Arbitrary<infer S> ? S : never;

async function runStep(world: World, step: Step): Promise<void> {
  const n = world.offices.length;
  if (step.kind === 'edit') await makeEdit(world, world.offices[step.office % n]!, step.edit);
  else if (step.kind === 'send') await sendDeltas(world, step.office % n, step.full);
  else if (step.kind === 'passphrase') await sendFull(world, step.office % n);
  else await deliverPending(world, step.pick, step.duplicate);
}

/** Seeds at office A, sends it to all, runs the steps, delivers what is pending, and exchanges until quiet. */
async function play(s: Scenario): Promise<{ world: World; rounds: number | null; data: string[] }> {
  const world = await makeWorld(s.offices);
  try {
    await seedShared(world, s.companies);
    await sendDeltas(world, 0);
    await drain(world, seeded(s.seed));
    for (const step of s.steps) await runStep(world, step);
    const random = seeded(s.seed + 1);
    await drain(world, random);
    const rounds = await settle(world, random);
    return { world, rounds, data: await Promise.all(world.offices.map(sharedData)) };
  } finally {
    world.cleanup();
  }
}

describe('convergence: offices that exchange files end with the same data', () => {
  it('holds for random edits and random deliveries (orders, duplicates, delays)', async () => {
    const totals = { edits: 0, mine: 0, theirs: 0, applied: 0 };
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (s) => {
        const { world, rounds, data } = await play(s);
        for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += world.stats[k];
        expect(rounds, 'the offices settle').not.toBeNull();
        for (const d of data.slice(1)) expect(d).toBe(data[0]);
      }),
      // CI: 12 runs (about 20 s), stopped after two minutes (a failure's shrinking) and then failed. CONV_RUNS=100 runs deeper.
      {
        numRuns: Number(process.env.CONV_RUNS ?? 12),
        interruptAfterTimeLimit: process.env.CONV_RUNS ? undefined : 120_000,
        // CI replays one fixed seed, so that a run is the same every time; CONV_RUNS explores new seeds.
        seed: process.env.CONV_RUNS ? undefined : 20261130,
        markInterruptAsFailure: true,
      },
    );
    // The property is not empty: edits were made, and conflicts were decided both ways.
    expect(totals.edits).toBeGreaterThan(0);
    expect(totals.mine + totals.theirs).toBeGreaterThan(0);
  }, 600_000);
});

/** What the property found (shrunk), each fixed in the merge or at its source; kept as plain cases. */
const FOUND: Array<[string, Scenario]> = [
  [
    'two offices make the same edit: both keep the later stamp (exchange/tieBreak.ts)',
    { offices: 3, companies: 1, seed: 0, steps: [renameAt(0), renameAt(1)] },
  ],
  [
    'two offices delete the same company: its people keep one deletion stamp (exchange/tieBreak.ts)',
    { offices: 3, companies: 1, seed: 0, steps: [deleteCompanyAt(1), deleteCompanyAt(2)] },
  ],
  [
    'a contact names a person another office deleted: no file names them afterwards (exchange/erasePeople.ts)',
    {
      offices: 3,
      companies: 1,
      seed: 0,
      steps: [
        { kind: 'edit', office: 1, edit: { op: 'addContact', company: 0, people: 1, quarters: 4 } },
        { kind: 'edit', office: 2, edit: { op: 'deletePerson', person: 0 } },
      ],
    },
  ],
  [
    'two offices open the plan of a company before they exchange: one plan (plans/planId.ts)',
    {
      offices: 3,
      companies: 1,
      seed: 0,
      steps: [
        { kind: 'edit', office: 1, edit: { op: 'planNote', company: 0, note: null } },
        { kind: 'edit', office: 0, edit: { op: 'addActivity', company: 0, people: 0, title: TITLES[0]! } },
        { kind: 'deliver', pick: 0, duplicate: false },
        { kind: 'edit', office: 0, edit: { op: 'editActivity', activity: 0, status: 'planned', hours: 4 } },
        { kind: 'send', office: 0, full: false },
        { kind: 'deliver', pick: 0, duplicate: false },
      ],
    },
  ],
  [
    'a delta names a person the receiving office deleted meanwhile: the person travels along (exchange/closure.ts)',
    {
      offices: 3,
      companies: 1,
      seed: 0,
      steps: [
        { kind: 'edit', office: 0, edit: { op: 'addActivity', company: 0, people: 2, title: TITLES[0]! } },
        { kind: 'edit', office: 1, edit: { op: 'deletePerson', person: 1 } },
        { kind: 'edit', office: 0, edit: { op: 'addContact', company: 0, people: 0, quarters: 1 } },
      ],
    },
  ],
  [
    'two offices delete the same person, one file crossing: the later deletion stamp travels (exchange/tieBreak.ts)',
    {
      offices: 3,
      companies: 1,
      seed: 0,
      steps: [
        { kind: 'edit', office: 0, edit: { op: 'deletePerson', person: 1 } },
        { kind: 'send', office: 1, full: true },
        { kind: 'edit', office: 1, edit: { op: 'deletePerson', person: 1 } },
        { kind: 'send', office: 0, full: true },
        { kind: 'edit', office: 0, edit: { op: 'deleteCompany', company: 0 } },
        { kind: 'deliver', pick: 0, duplicate: false },
      ],
    },
  ],
  [
    'a delta deletes an activity edited here: the conflict is shown with its company, and decided (exchange/merge.ts)',
    {
      offices: 3,
      companies: 1,
      seed: 0,
      steps: [
        { kind: 'edit', office: 0, edit: { op: 'addActivity', company: 0, people: 0, title: TITLES[0]! } },
        { kind: 'send', office: 0, full: false },
        { kind: 'deliver', pick: 0, duplicate: false },
        { kind: 'deliver', pick: 0, duplicate: false },
        { kind: 'edit', office: 1, edit: { op: 'editActivity', activity: 0, status: 'booked', hours: 8 } },
        { kind: 'edit', office: 0, edit: { op: 'deleteActivity', activity: 0 } },
      ],
    },
  ],
  [
    'an edit wins over the deletion of a company: its plan goes everywhere, not only where it was deleted (companies/childTombstones.ts)',
    {
      offices: 3,
      companies: 1,
      seed: 0,
      steps: [
        { kind: 'edit', office: 0, edit: { op: 'planNote', company: 0, note: null } },
        { kind: 'send', office: 0, full: true },
        deleteCompanyAt(0),
        { kind: 'edit', office: 1, edit: { op: 'companyFields', company: 0, employees: 0, contactName: 'Per Ek' } },
        { kind: 'send', office: 1, full: true },
        { kind: 'send', office: 0, full: true },
        { kind: 'deliver', pick: 0, duplicate: false },
        { kind: 'passphrase', office: 0 },
        { kind: 'send', office: 0, full: true },
        { kind: 'deliver', pick: 0, duplicate: false },
      ],
    },
  ],
  [
    'a deleted activity comes back without its plan: it keeps its tombstone, and the deletion travels on (exchange/apply.ts)',
    {
      offices: 4,
      companies: 1,
      seed: 1868181401,
      steps: [
        { kind: 'deliver', pick: 209, duplicate: true },
        { kind: 'send', office: 4, full: false },
        { kind: 'edit', office: 2, edit: { op: 'deletePerson', person: 372 } },
        { kind: 'send', office: 2, full: true },
        { kind: 'edit', office: 1, edit: { op: 'editContact', contact: 112, summary: 'Bra möte' } },
        { kind: 'passphrase', office: 0 },
        { kind: 'edit', office: 2, edit: { op: 'addActivity', company: 687, people: 1, title: 'Kurs i bokföring' } },
        { kind: 'edit', office: 4, edit: { op: 'companyFields', company: 602, employees: 0, contactName: 'Per Ek' } },
        { kind: 'edit', office: 3, edit: { op: 'companyFields', company: 487, employees: 2, contactName: null } },
        { kind: 'edit', office: 3, edit: { op: 'editContact', contact: 447, summary: 'Bra möte' } },
        { kind: 'edit', office: 1, edit: { op: 'renameCompany', company: 2, name: NAMES[2]! } },
        { kind: 'edit', office: 1, edit: { op: 'deleteCompany', company: 369 } },
        { kind: 'deliver', pick: 27, duplicate: true },
        { kind: 'edit', office: 0, edit: { op: 'addActivity', company: 739, people: 1, title: 'Mentorskap' } },
        { kind: 'deliver', pick: 760, duplicate: false },
        { kind: 'passphrase', office: 2 },
        { kind: 'edit', office: 2, edit: { op: 'addPerson', company: 180, name: 'Ali Karimi' } },
        { kind: 'send', office: 4, full: true },
        { kind: 'edit', office: 0, edit: { op: 'companyFields', company: 410, employees: 0, contactName: 'Per Ek' } },
        { kind: 'edit', office: 1, edit: { op: 'addPerson', company: 830, name: 'Lisa Holm' } },
        { kind: 'deliver', pick: 875, duplicate: false },
        { kind: 'send', office: 4, full: false },
      ],
    },
  ],
  [
    'an edit wins over the deletion of a company: the person added before it reaches every office (exchange/resendKept.ts)',
    {
      offices: 3,
      companies: 1,
      seed: 0,
      steps: [
        { kind: 'edit', office: 2, edit: { op: 'addPerson', company: 0, name: 'Lisa Holm' } },
        { kind: 'send', office: 2, full: false },
        deleteCompanyAt(1),
        { kind: 'send', office: 1, full: false },
        // A takes the deletion; C edits the company after it; A and B then drop C's person (no company), C keeps its company.
        { kind: 'deliver', pick: 2, duplicate: false },
        { kind: 'edit', office: 2, edit: { op: 'companyFields', company: 0, employees: 0, contactName: 'Per Ek' } },
        { kind: 'deliver', pick: 0, duplicate: false },
        { kind: 'deliver', pick: 0, duplicate: false },
        { kind: 'deliver', pick: 0, duplicate: false },
      ],
    },
  ],
  [
    'the same, as the property found it (seed -724668797): kept against a deletion, a company sends what is under it again',
    {
      offices: 3,
      companies: 1,
      steps: [
        { kind: 'deliver', pick: 622, duplicate: true },
        { kind: 'edit', office: 1, edit: { op: 'deleteActivity', activity: 79 } },
        { kind: 'edit', office: 2, edit: { op: 'companyFields', company: 83, employees: 1, contactName: null } },
        { kind: 'edit', office: 2, edit: { op: 'addContact', company: 339, people: 6, quarters: 13 } },
        { kind: 'edit', office: 1, edit: { op: 'renameCompany', company: 631, name: 'Beta Bygg AB' } },
        { kind: 'deliver', pick: 737, duplicate: true },
        { kind: 'deliver', pick: 292, duplicate: true },
        { kind: 'edit', office: 2, edit: { op: 'addPerson', company: 841, name: 'Lisa Holm' } },
        { kind: 'edit', office: 3, edit: { op: 'addActivity', company: 802, people: 5, title: 'Studiebesök' } },
        { kind: 'deliver', pick: 312, duplicate: true },
        { kind: 'deliver', pick: 645, duplicate: false },
        { kind: 'deliver', pick: 281, duplicate: false },
        { kind: 'edit', office: 4, edit: { op: 'deletePerson', person: 941 } },
        { kind: 'edit', office: 1, edit: { op: 'renameCompany', company: 270, name: 'Beta Bygg AB' } },
        { kind: 'edit', office: 2, edit: { op: 'deletePerson', person: 24 } },
        { kind: 'edit', office: 2, edit: { op: 'deleteActivity', activity: 563 } },
        { kind: 'deliver', pick: 172, duplicate: true },
        { kind: 'edit', office: 2, edit: { op: 'renameCompany', company: 694, name: 'Beta Bygg AB' } },
        { kind: 'edit', office: 1, edit: { op: 'deletePerson', person: 315 } },
        { kind: 'edit', office: 1, edit: { op: 'deleteCompany', company: 540 } },
        { kind: 'send', office: 1, full: false },
        { kind: 'edit', office: 0, edit: { op: 'deleteActivity', activity: 66 } },
        { kind: 'deliver', pick: 342, duplicate: false },
        { kind: 'send', office: 2, full: false },
        { kind: 'edit', office: 2, edit: { op: 'companyFields', company: 941, employees: 0, contactName: 'Per Ek' } },
      ],
      seed: 1245199825,
    },
  ],
];

function renameAt(office: number): Step {
  return { kind: 'edit', office, edit: { op: 'renameCompany', company: 0, name: NAMES[0]! } };
}
function deleteCompanyAt(office: number): Step {
  return { kind: 'edit', office, edit: { op: 'deleteCompany', company: 0 } };
}

describe('convergence: what the property found', () => {
  it.each(FOUND)('%s', async (_name, scenario) => {
    const { rounds, data } = await play(scenario);
    expect(rounds).not.toBeNull();
    for (const d of data.slice(1)) expect(d).toBe(data[0]);
  });
});

/** Two or three offices sharing `companies` companies seeded at A, and what the plain cases need. */
async function shared(offices = 2, companies = 1) {
  const world = await makeWorld(offices);
  worlds.push(world);
  const ids = await seedShared(world, companies);
  await sendFull(world, 0);
  await drain(world, seeded(1));
  const [a, b] = world.offices as [Office, Office];
  const personOf = async (o: Office) => (await o.store.db.selectFrom('people').select('id').orderBy('id').executeTakeFirstOrThrow()).id;
  return { world, ids, a, b, personOf, data: () => Promise.all(world.offices.map(sharedData)) };
}

const worlds: World[] = [];
afterEach(() => {
  for (const w of worlds.splice(0)) w.cleanup();
});

describe('convergence: the plain cases', () => {
  it('a file applied twice changes nothing the second time', async () => {
    const { world, a, b, ids, data } = await shared(3);
    await edit(world, a, 'companies.update', { id: ids[0]!, patch: { name: 'Nytt Namn AB' } });
    const file = await sendFull(world, 0);
    await deliver(world, file, 1);
    const once = await sharedData(b);
    await deliver(world, file, 1);
    expect(await sharedData(b)).toBe(once);
    await deliver(world, file, 2);
    await deliver(world, file, 2);
    const [x, y, z] = await data();
    expect(y).toBe(x);
    expect(z).toBe(x);
  });

  it('an older file after a newer one changes nothing', async () => {
    const { world, a, b, ids, personOf } = await shared();
    const older = await sendFull(world, 0);
    await edit(world, a, 'companies.update', { id: ids[0]!, patch: { contactName: 'Eva Öberg' } });
    await edit(world, a, 'people.delete', { id: await personOf(a) });
    const newer = await sendFull(world, 0);
    await deliver(world, newer, 1);
    const after = await sharedData(b);
    await deliver(world, older, 1);
    expect(await sharedData(b)).toBe(after);
    expect(after).toBe(await sharedData(a));
  });

  // A deletes a person while B edits them; whichever is later wins at both offices, whichever file arrives first.
  for (const later of ['edit', 'deletion'] as const) {
    for (const first of ['A to B', 'B to A'] as const) {
      it(`a deletion crossing an edit: the later ${later} wins, the file ${first} first`, async () => {
        const { world, a, b, personOf, data } = await shared();
        const person = await personOf(a);
        const del = () => edit(world, a, 'people.delete', { id: person });
        const upd = () => edit(world, b, 'people.update', { id: person, patch: { jobTitle: 'Ekonom' } });
        if (later === 'edit') await del().then(upd);
        else await upd().then(del);
        const fromA = await sendFull(world, 0);
        const fromB = await sendFull(world, 1);
        world.pending.length = 0;
        if (first === 'A to B') await deliver(world, fromA, 1).then(() => deliver(world, fromB, 0));
        else await deliver(world, fromB, 0).then(() => deliver(world, fromA, 1));
        expect(await settle(world, seeded(2))).not.toBeNull();
        const [x, y] = await data();
        expect(y).toBe(x);
        const kept = await a.store.db.selectFrom('people').select('job_title').where('id', '=', person).execute();
        expect(kept).toEqual(later === 'edit' ? [{ job_title: 'Ekonom' }] : []);
      });
    }
  }
});
