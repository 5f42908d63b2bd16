import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { ChannelName, InputOf, ResultOf } from '@shared/api';
import { createRouter } from '../../src-main/ipc/router';
import type { Router } from '../../src-main/ipc/router';
import { makeTempStore, orgNumberFor } from './tempStore';
import type { TempStore } from './tempStore';

/**
 * The programme report from a fixed dataset, every figure checked against values worked out by hand below.
 *
 * Companies (period 2025-01-01 – 2025-06-30):
 *   A Alfa AB   Örebro office, Karin, 1880 Örebro, 3 employees (micro), SNI 62010 (J), enrolled 2024-12-01
 *   B Beta AB   Örebro office, Lars, 1980 Västerås, 0 employees (solo), SNI 47110 (G), enrolled 2025-02-01,
 *               withdrawn 2025-03-15: stays in reports of periods up to then
 *   C Gamma AB  Västerås office, Karin, 1980, 12 employees (small), enrolled 2024-06-01, completed 2024-12-15: not in
 *               the period, its activity in February does not count
 * People (consent unless noted; ages at 2025):
 *   a1 woman 1990 (30–54) ISCED 5–8 employed, foreign background     a2 woman 2000 (18–29) ISCED 3–4 employed, disability
 *   a3 man 1965 (55+) ISCED 0–2 unemployed, foreign, third country   a4 man 1985 (30–54) ISCED 3–4 employed
 *   a5 non-binary 1995 (30–54) ISCED 5–8 employed                    a6 woman …, consent withdrawn: all 'not stated'
 *   a7 woman, no activity                                            a8 man, only a cancelled activity
 *   b1 woman 1975 (30–54) ISCED 3–4 employed                         b2 man 1992 (30–54) ISCED 3–4 long-term unemployed,
 *   b3 woman, activity only in August                                   foreign, third country
 *   c1 woman (company C)
 * Activities:
 *   act1 A course, education provider, a1–a6, Feb, 10 h, 5 000 kr, accessibility adaptation
 *   act2 A coaching, consultant, a1 a2, Mar–Apr, 4 h, 2 000 kr     act3 A workshop, a8, cancelled (excluded)
 *   act4 A e-learning, a5, Nov–Dec 2024 (outside)                   act5 B mentoring, consultant, b1 b2, Mar 1–10, 6 h, 3 000 kr
 *   act6 B course, b3, Aug (outside)                                act7 C course, c1, Feb (company not in period)
 *   act8 A workshop, no provider, no participants, Apr 25 – May 10, 2 h
 * Participant hours: a1 14, a2 14, a3 10, a4 10, a5 10, a6 10, b1 6, b2 6 = 80.
 *   women a1 a2 b1 = 34 h / 3 = 11.3; men a3 a4 b2 = 26 h / 3 = 8.7; non-binary 10; not stated 10.
 * Rounds (completed): A baseline levels 2,3,2,3 (mean 2.5 → score 38), gaps 2+2+0 = 4; follow-up 2025-05-20 levels
 *   4,4,3,3 (3.5 → 63), gaps 1; goals turnover 1.2/1.0 met, employees 3/4 not met; a later follow-up in August
 *   (all 5s) is after the period and ignored. B baseline 1,1 (score 0), follow-up 2025-03-10 2,2 (25), no ratings,
 *   goal export share 0.3/0.2 met.
 */

let store: TempStore;
let router: Router;
const ids: Record<string, string> = {};

async function call<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<ResultOf<C>> {
  const r = await router.handle(channel, input);
  if (!r.ok) throw new Error(`${channel} failed: ${JSON.stringify(r.error)}`);
  return r.value as ResultOf<C>;
}

const at = (date: string) => store.clock.set(new Date(`${date}T10:00:00.000Z`));

const yes = 'yes' as const;
const no = 'no' as const;

const ENROL = {
  status: 'enrolled' as const,
  growthAmbition: true,
  growthAmbitionDate: '2024-05-01',
  consentBy: 'Ägaren',
  consentAt: '2024-05-01',
  consentScope: 'Kartläggning och uppföljning',
};

type Attrs = Partial<InputOf<'people.create'>>;

async function person(key: string, companyId: string, attrs: Attrs, withdrawConsent = false) {
  const p = await call('people.create', {
    companyId,
    name: `Person ${key.toUpperCase()}`,
    role: 'employee',
    followupConsent: true, // dated by the service: the day the person is registered
    ...attrs,
  });
  ids[key] = p.id;
  if (withdrawConsent) await store.db.updateTable('people').set({ followup_consent: 0 }).where('id', '=', p.id).execute();
}

async function activity(key: string, companyKey: string, fields: Partial<InputOf<'activities.create'>> & { people?: string[] }) {
  const { people = [], ...rest } = fields;
  const a = await call('activities.create', {
    companyId: ids[companyKey]!,
    title: `Aktivitet ${key}`,
    level: people.length ? 'individual' : 'company',
    personIds: people.map((k) => ids[k]!),
    status: 'booked',
    ...rest,
  });
  ids[key] = a.id;
}

async function round(
  companyKey: string,
  kind: 'baseline' | 'followup',
  date: string,
  levels: number[],
  ratings: Array<[string, string, number | null, number | null, number | null]>,
  goals: Array<[number | null, number | null]> = [],
) {
  const id = uuidv7();
  const now = `${date}T12:00:00.000Z`;
  await sql`INSERT INTO rounds (id, company_id, kind, date, advisor, based_on_round_id, framework_id, framework_version,
      catalogue_version, vision, last_step, completed_at, completed_by, custom_snapshot, created_at, updated_at, revision)
    VALUES (${id}, ${ids[companyKey]!}, ${kind}, ${date}, 'Karin', NULL, 'situation-assessment', 1, 1, NULL, NULL, ${now}, 'Karin',
      NULL, ${now}, ${now}, 1)`.execute(store.db);
  for (const [i, level] of levels.entries()) {
    await sql`INSERT INTO round_answers (round_id, question_id, level, note, updated_at)
      VALUES (${id}, ${`q${i}`}, ${level}, NULL, ${now})`.execute(store.db);
  }
  for (const [i, [personKey, competenceId, required, self, advisor]] of ratings.entries()) {
    await sql`INSERT INTO round_person_competences (round_id, person_id, competence_id, position, required_level, self_level,
        advisor_level, note, updated_at)
      VALUES (${id}, ${ids[personKey]!}, ${competenceId}, ${i}, ${required}, ${self}, ${advisor}, NULL, ${now})`.execute(store.db);
  }
  for (const [current, target] of goals) {
    await sql`INSERT INTO goals (id, round_id, kind, label, current_value, target_value, target_year, area_ids, created_at,
        updated_at, revision)
      VALUES (${uuidv7()}, ${id}, 'free', NULL, ${current}, ${target}, NULL, '[]', ${now}, ${now}, 1)`.execute(store.db);
  }
}

async function companyC(): Promise<void> {
  // Company C: enrolled in June 2024, one activity, completed in December 2024.
  at('2024-06-01');
  ids['C'] = (
    await call('companies.create', {
      name: 'Gamma AB',
      orgNumber: orgNumberFor(3),
      municipalityCode: '1980',
      employees: 12,
      office: 'Västerås',
      advisor: 'Karin',
      ...ENROL,
    })
  ).id;
  await person('c1', ids['C'], { gender: 'woman', birthYear: 1980 });
  await activity('act7', 'C', {
    typeId: 'course',
    people: ['c1'],
    plannedStart: '2025-02-01',
    plannedEnd: '2025-02-10',
    hours: 5,
    costSek: 100,
  });
}

async function companyA(): Promise<void> {
  at('2024-12-01');
  ids['A'] = (
    await call('companies.create', {
      name: 'Alfa AB',
      orgNumber: orgNumberFor(1),
      municipalityCode: '1880',
      employees: 3,
      sniCode: '62010',
      sniVersion: '2007',
      office: 'Örebro',
      advisor: 'Karin',
      ...ENROL,
    })
  ).id;
  await person('a1', ids['A'], {
    gender: 'woman',
    birthYear: 1990,
    educationLevel: 'isced_5_8',
    employmentStatus: 'employed',
    foreignBackground: yes,
    thirdCountryNational: no,
    disability: no,
  });
  await person('a2', ids['A'], {
    gender: 'woman',
    birthYear: 2000,
    educationLevel: 'isced_3_4',
    employmentStatus: 'employed',
    foreignBackground: no,
    thirdCountryNational: no,
    disability: yes,
  });
  await person('a3', ids['A'], {
    gender: 'man',
    birthYear: 1965,
    educationLevel: 'isced_0_2',
    employmentStatus: 'unemployed',
    foreignBackground: yes,
    thirdCountryNational: yes,
    disability: no,
  });
  await person('a4', ids['A'], {
    gender: 'man',
    birthYear: 1985,
    educationLevel: 'isced_3_4',
    employmentStatus: 'employed',
    foreignBackground: no,
    thirdCountryNational: no,
    disability: no,
  });
  await person('a5', ids['A'], {
    gender: 'non_binary',
    birthYear: 1995,
    educationLevel: 'isced_5_8',
    employmentStatus: 'employed',
    foreignBackground: no,
    thirdCountryNational: no,
    disability: no,
  });
  await person(
    'a6',
    ids['A'],
    {
      gender: 'woman',
      birthYear: 1990,
      educationLevel: 'isced_5_8',
      employmentStatus: 'employed',
      foreignBackground: yes,
      thirdCountryNational: yes,
      disability: yes,
    },
    true,
  );
  await person('a7', ids['A'], { gender: 'woman', birthYear: 1980, educationLevel: 'isced_5_8', employmentStatus: 'employed' });
  await person('a8', ids['A'], { gender: 'man', birthYear: 1970 });
}

async function completeC(): Promise<void> {
  at('2024-12-15');
  await call('companies.update', { id: ids['C']!, patch: { status: 'completed' } });
}

async function companyB(): Promise<void> {
  at('2025-02-01');
  ids['B'] = (
    await call('companies.create', {
      name: 'Beta AB',
      orgNumber: orgNumberFor(2),
      municipalityCode: '1980',
      employees: 0,
      sniCode: '47110',
      sniVersion: '2007',
      office: 'Örebro',
      advisor: 'Lars',
      ...ENROL,
    })
  ).id;
  await person('b1', ids['B'], {
    gender: 'woman',
    birthYear: 1975,
    educationLevel: 'isced_3_4',
    employmentStatus: 'employed',
    foreignBackground: no,
    thirdCountryNational: no,
    disability: no,
  });
  await person('b2', ids['B'], {
    gender: 'man',
    birthYear: 1992,
    educationLevel: 'isced_3_4',
    employmentStatus: 'long_term_unemployed',
    foreignBackground: yes,
    thirdCountryNational: yes,
    disability: no,
  });
  await person('b3', ids['B'], { gender: 'woman', birthYear: 1999 });
}

async function activities(): Promise<void> {
  const edu = await call('providers.create', { name: 'Folkhögskolan', kind: 'education_provider' });
  const consultant = await call('providers.create', { name: 'Konsultbyrån', kind: 'consultant' });
  await activity('act1', 'A', {
    typeId: 'course',
    providerId: edu.id,
    people: ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'],
    plannedStart: '2025-02-01',
    plannedEnd: '2025-02-28',
    hours: 10,
    costSek: 5000,
  });
  await activity('act2', 'A', {
    typeId: 'coaching',
    providerId: consultant.id,
    people: ['a1', 'a2'],
    plannedStart: '2025-03-01',
    plannedEnd: '2025-04-30',
    hours: 4,
    costSek: 2000,
  });
  await activity('act3', 'A', {
    typeId: 'workshop',
    people: ['a8'],
    plannedStart: '2025-03-01',
    plannedEnd: '2025-03-01',
    hours: 3,
    costSek: 1000,
    status: 'cancelled',
  });
  await activity('act4', 'A', {
    typeId: 'e_learning',
    providerId: edu.id,
    people: ['a5'],
    plannedStart: '2024-11-01',
    plannedEnd: '2024-12-31',
    hours: 8,
  });
  await activity('act5', 'B', {
    typeId: 'mentoring',
    providerId: consultant.id,
    people: ['b1', 'b2'],
    plannedStart: '2025-03-01',
    plannedEnd: '2025-03-10',
    hours: 6,
    costSek: 3000,
  });
  await activity('act6', 'B', {
    typeId: 'course',
    providerId: edu.id,
    people: ['b3'],
    plannedStart: '2025-08-01',
    plannedEnd: '2025-08-31',
    hours: 20,
  });
  await activity('act8', 'A', { typeId: 'workshop', plannedStart: '2025-04-25', plannedEnd: '2025-05-10', hours: 2 });
  await sql`UPDATE activities SET accessibility_adaptations = 'Hörslinga och skrivtolk' WHERE id = ${ids['act1']!}`.execute(store.db);
}

async function rounds(): Promise<void> {
  await round(
    'A',
    'baseline',
    '2025-01-10',
    [2, 3, 2, 3],
    [
      ['a1', 'x', 4, 2, null],
      ['a1', 'y', 3, 3, 1],
      ['a2', 'x', 3, 5, null],
      ['a2', 'z', 4, null, null],
    ],
  );
  await round(
    'A',
    'followup',
    '2025-05-20',
    [4, 4, 3, 3],
    [
      ['a1', 'x', 4, 3, 3],
      ['a1', 'y', 3, null, 3],
      ['a2', 'x', 3, 4, null],
    ],
    [
      [1.2, 1.0],
      [3, 4],
      [5, null],
    ],
  );
  await round('A', 'followup', '2025-08-01', [5, 5, 5, 5], [['a1', 'x', 4, 5, 5]], [[9, 1]]);
  await round('B', 'baseline', '2025-02-05', [1, 1], []);
  await round('B', 'followup', '2025-03-10', [2, 2], [], [[0.3, 0.2]]);
}

async function laterChanges(): Promise<void> {
  at('2025-03-15');
  await call('companies.update', { id: ids['B']!, patch: { status: 'withdrawn' } });

  at('2025-04-20');
  await call('plans.update', { companyId: ids['A']!, patch: { nextFollowUp: '2025-05-01' } });
}

/** Builds the dataset described above in a fresh encrypted store, step by step through the dates it happened on. */
export async function buildReportFixture(): Promise<void> {
  store = await makeTempStore({ start: new Date('2024-06-01T10:00:00.000Z') });
  router = createRouter(store.session);
  await companyC();
  await companyA();
  await completeC();
  await companyB();
  await activities();
  await rounds();
  await laterChanges();
}

export const reportStore = (): TempStore => store;
export const reportRouter = (): Router => router;
export { call, ids };
