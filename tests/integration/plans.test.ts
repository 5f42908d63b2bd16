import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelName, InputOf, ResultOf } from '@shared/api';
import type { ErrorCode } from '@shared/api/errors';
import { createRouter } from '../../src-main/ipc/router';
import type { Router } from '../../src-main/ipc/router';
import { situationFramework } from '../../src-main/services/frameworks';
import { makeTempStore, orgNumberFor } from '../helpers/tempStore';
import type { TempStore } from '../helpers/tempStore';
import { expectRefused, refusal, tableState } from '../helpers/refusal';
import { parseCsv } from '../helpers/csv';

let store: TempStore;
let router: Router;

beforeEach(async () => {
  store = await makeTempStore();
  router = createRouter(store.session);
});
afterEach(() => store.cleanup());

async function call<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<ResultOf<C>> {
  const r = await router.handle(channel, input);
  if (!r.ok) throw new Error(`${channel} failed: ${JSON.stringify(r.error)}`);
  return r.value as ResultOf<C>;
}

const failure = <C extends ChannelName>(channel: C, input: InputOf<C> | Record<string, unknown>) =>
  refusal(() => router.handle(channel, input));

const PLAN_TABLES = ['providers', 'plans', 'activities', 'tombstones'] as const;

const planState = () => tableState(store.db, PLAN_TABLES);

/** A write refused with `code` (and, for validation, these field issues) that stores nothing. */
async function refused<C extends ChannelName>(
  code: ErrorCode,
  channel: C,
  input: InputOf<C> | Record<string, unknown>,
  issues?: Array<{ path: string; message: string }>,
): Promise<void> {
  const err = await expectRefused(code, () => router.handle(channel, input), planState);
  if (issues) expect(err.params['issues']).toEqual(issues);
}

const ENROLLED = {
  status: 'enrolled' as const,
  growthAmbition: true,
  growthAmbitionDate: '2025-01-15',
  consentBy: 'Anna Ägare',
  consentAt: '2025-01-15',
  consentScope: 'Kartläggning och uppföljning',
};

let seq = 0;
async function company() {
  const n = ++seq;
  const c = await call('companies.create', { name: `Plantest ${n} AB`, orgNumber: orgNumberFor(n), ...ENROLLED });
  const anna = await call('people.create', {
    companyId: c.id,
    name: 'Anna Ägare',
    role: 'owner',
    followupConsent: true,
    followupConsentAt: '2025-02-01',
    gender: 'woman',
  });
  const erik = await call('people.create', {
    companyId: c.id,
    name: 'Erik Anställd',
    role: 'employee',
    followupConsent: true,
    followupConsentAt: '2025-02-01',
    gender: 'man',
  });
  const sara = await call('people.create', { companyId: c.id, name: 'Sara Utan Samtycke', role: 'employee' });
  return { id: c.id, name: c.name, anna, erik, sara };
}

/** A completed baseline where Anna and Erik share a gap in `financial`, Anna alone has one in `vision`. */
async function completedRound(c: Awaited<ReturnType<typeof company>>) {
  const round = await call('rounds.start', { companyId: c.id, kind: 'baseline', date: '2025-03-01', advisor: 'Karin Berg' });
  const roundId = round.id;
  const fw = situationFramework(round.frameworkVersion);
  for (const area of fw.areas) for (const q of area.questions) await call('rounds.saveAnswer', { roundId, questionId: q.id, level: 3 });
  await call('rounds.saveVision', { roundId, vision: 'Tio anställda och egna produkter om fem år.' });
  const sets: Array<[string, Array<[string, number, number]>]> = [
    [
      c.anna.id,
      [
        ['financial-economic-literacy', 4, 2],
        ['vision', 5, 2],
        ['creativity', 3, 3],
      ],
    ],
    [
      c.erik.id,
      [
        ['financial-economic-literacy', 4, 3],
        ['creativity', 3, 3],
      ],
    ],
    [c.sara.id, [['creativity', 3, 3]]],
  ];
  for (const [personId, ratings] of sets) {
    await call('rounds.setPersonCompetences', { roundId, personId, competenceIds: ratings.map((r) => r[0]) });
    for (const [competenceId, required, current] of ratings) {
      await call('rounds.saveRating', { roundId, personId, competenceId, required, selfLevel: current, advisorLevel: current });
    }
  }
  await call('rounds.complete', { roundId, completedBy: 'Karin Berg' });
  return roundId;
}

describe('providers and activity types', () => {
  it('lists the eight activity types with typical hours in both languages', async () => {
    const types = await call('activityTypes.list', {});
    expect(types.map((t) => t.id)).toEqual([
      'course',
      'workshop',
      'coaching',
      'mentoring',
      'e_learning',
      'on_the_job',
      'network_meeting',
      'study_visit',
    ]);
    for (const t of types) {
      expect(t.typicalHours).toBeGreaterThan(0);
      expect(t.name.sv).not.toBe('');
      expect(t.name.en).not.toBe('');
    }
  });

  it('creates, updates, lists and deletes providers, refusing to delete one in use', async () => {
    const p = await call('providers.create', {
      name: 'Örebro kommun Näringsliv',
      kind: 'municipality',
      municipalityCode: '1880',
      topics: ['Ledarskap'],
    });
    expect(p).toMatchObject({ revision: 1, topics: ['Ledarskap'], activityCount: 0 });
    const u = await call('providers.update', { id: p.id, patch: { contact: 'naringsliv@example.se' } });
    expect(u).toMatchObject({ revision: 2, contact: 'naringsliv@example.se', name: 'Örebro kommun Näringsliv' });
    expect((await failure('providers.create', { name: '', kind: 'nonsense' })).code).toBe('validation');
    const c = await company();
    const a = await call('activities.create', { companyId: c.id, title: 'Kurs i bokföring', providerId: p.id });
    expect((await call('providers.list', {}))[0]!.activityCount).toBe(1);
    await refused('plan.providerInUse', 'providers.delete', { id: p.id });
    await call('activities.delete', { id: a.id });
    await call('providers.delete', { id: p.id });
    expect(await call('providers.list', {})).toEqual([]);
    const tomb = await sql<{ entity: string; revision: number }>`SELECT entity, revision FROM tombstones ORDER BY entity`.execute(store.db);
    expect(tomb.rows).toEqual([
      { entity: 'activity', revision: 2 },
      { entity: 'provider', revision: 3 },
    ]);
  });
});

describe('the plan', () => {
  it('is made on first use, once, and tied to the latest round’s vision and goals', async () => {
    const c = await company();
    const first = await call('plans.get', { companyId: c.id });
    expect(first).toMatchObject({ companyId: c.id, companyName: c.name, basis: null, activities: [], revision: 1, nextFollowUp: null });
    expect(first.people.map((p) => p.name)).toEqual(['Anna Ägare', 'Erik Anställd', 'Sara Utan Samtycke']);
    // Never a follow-up attribute on the plan's people.
    expect(Object.keys(first.people[0]!).sort()).toEqual(['id', 'jobTitle', 'name', 'role']);
    const again = await call('plans.get', { companyId: c.id });
    expect(again.id).toBe(first.id);
    await completedRound(c);
    const tied = await call('plans.get', { companyId: c.id });
    expect(tied.basis).toMatchObject({ completed: true, vision: 'Tio anställda och egna produkter om fem år.', advisor: 'Karin Berg' });
    const updated = await call('plans.update', { companyId: c.id, patch: { nextFollowUp: '2025-03-20', note: 'Ses i Örebro' } });
    expect(updated).toMatchObject({ nextFollowUp: '2025-03-20', note: 'Ses i Örebro', revision: 2 });
    expect((await failure('plans.get', { companyId: '0190a000-0000-7000-8000-000000000000' })).code).toBe('company.notFound');
  });

  it('creates, updates and deletes activities with revisions and a tombstone', async () => {
    const c = await company();
    const a = await call('activities.create', {
      companyId: c.id,
      title: 'Workshop i prissättning',
      typeId: 'workshop',
      level: 'company',
      personIds: [c.anna.id, c.erik.id, c.anna.id],
      plannedStart: '2025-04-01',
      plannedEnd: '2025-04-01',
      hours: 6,
      costSek: 4500.5,
      internalNote: 'Rabatt om två bokar',
    });
    expect(a).toMatchObject({ revision: 1, status: 'planned', personIds: [c.anna.id, c.erik.id], costSek: 4500.5 });
    const b = await call('activities.update', { id: a.id, patch: { status: 'booked', hours: 7.5 } });
    expect(b).toMatchObject({ revision: 2, status: 'booked', hours: 7.5 });
    const same = await call('activities.update', { id: a.id, patch: { status: 'booked' } });
    expect(same.revision).toBe(2);
    expect((await call('plans.get', { companyId: c.id })).activities.map((x) => x.id)).toEqual([a.id]);
    await call('activities.delete', { id: a.id });
    expect((await failure('activities.update', { id: a.id, patch: { title: 'x' } })).code).toBe('plan.activityNotFound');
    expect((await call('plans.get', { companyId: c.id })).activities).toEqual([]);
  });

  it('keeps the status rules and refuses impossible values with field messages, storing nothing', async () => {
    const c = await company();
    const other = await company();
    // Today is 2025-03-01 on the test clock.
    await refused(
      'validation',
      'activities.create',
      { companyId: c.id, title: 'Kurs', plannedStart: '2025-05-01', plannedEnd: '2025-04-01' },
      [{ path: 'plannedEnd', message: 'plan.endBeforeStart' }],
    );
    const waived = { attendanceWaiver: 'Närvaron fördes på papper.' };
    await refused(
      'validation',
      'activities.create',
      { companyId: c.id, title: 'Kurs', status: 'done', plannedStart: '2025-04-01', ...waived },
      [{ path: 'status', message: 'plan.doneBeforeStart' }],
    );
    await refused('validation', 'activities.create', { companyId: c.id, title: 'Kurs', status: 'done', ...waived }, [
      { path: 'status', message: 'plan.doneBeforeStart' },
    ]);
    await refused('validation', 'activities.create', { companyId: c.id, title: 'Kurs', outcomeRating: 4 }, [
      { path: 'outcomeRating', message: 'plan.outcomeOnlyWhenDone' },
    ]);
    await refused('validation', 'activities.create', { companyId: c.id, title: 'Kurs', hours: -1, costSek: -5 }, [
      { path: 'hours', message: 'negative' },
      { path: 'costSek', message: 'negative' },
    ]);
    await refused('validation', 'activities.create', { companyId: c.id, title: 'Kurs', outcomeRating: 6 });
    await refused('plan.personNotInCompany', 'activities.create', { companyId: c.id, title: 'Kurs', personIds: [other.anna.id] });
    await refused('plan.providerNotFound', 'activities.create', {
      companyId: c.id,
      title: 'Kurs',
      providerId: '0190a000-0000-7000-8000-000000000000',
    });

    const a = await call('activities.create', { companyId: c.id, title: 'Kurs', plannedStart: '2025-02-01', plannedEnd: '2025-02-20' });
    await refused('validation', 'activities.update', { id: a.id, patch: { outcomeComment: 'Bra' } }, [
      { path: 'outcomeComment', message: 'plan.outcomeOnlyWhenDone' },
    ]);
    await refused('validation', 'activities.update', { id: a.id, patch: { plannedStart: '2025-03-01' } }, [
      { path: 'plannedStart', message: 'plan.endBeforeStart' },
    ]);
    const done = await call('activities.update', {
      id: a.id,
      patch: { status: 'done', outcomeRating: 5, outcomeComment: 'Mycket bra', ...waived },
    });
    expect(done).toMatchObject({ status: 'done', outcomeRating: 5 });
    // Leaving 'done' with an outcome recorded would silently keep an outcome for an activity not done.
    await refused('validation', 'activities.update', { id: a.id, patch: { status: 'ongoing' } }, [
      { path: 'status', message: 'plan.outcomeOnlyWhenDone' },
    ]);
    await refused('validation', 'activities.update', { id: a.id, patch: { plannedStart: '2025-06-01', plannedEnd: '2025-06-02' } }, [
      { path: 'plannedStart', message: 'plan.doneBeforeStart' },
    ]);
    await call('activities.update', { id: a.id, patch: { status: 'ongoing', outcomeRating: null, outcomeComment: null } });
  });
});

describe('suggestions from the gaps', () => {
  it('proposes one activity per competence, grouping the people with that gap, largest first, and stores nothing', async () => {
    const c = await company();
    expect(await call('plans.suggest', { companyId: c.id, language: 'sv' })).toEqual({ roundId: null, suggestions: [] });
    const roundId = await completedRound(c);
    const before = await planState();
    const r = await call('plans.suggest', { companyId: c.id, language: 'en' });
    expect(await planState()).toEqual(before);
    expect(r.roundId).toBe(roundId);
    expect(r.suggestions.map((s) => s.competenceId).sort()).toEqual(['financial-economic-literacy', 'vision']);
    const fin = r.suggestions.find((s) => s.competenceId === 'financial-economic-literacy')!;
    expect(fin.personIds.sort()).toEqual([c.anna.id, c.erik.id].sort());
    expect(fin).toMatchObject({ maxGap: 2, typeId: 'course', level: 'individual', hours: 16 });
    expect(fin.title).toMatch(/^Course: /);
    const vis = r.suggestions.find((s) => s.competenceId === 'vision')!;
    expect(vis).toMatchObject({ personIds: [c.anna.id], maxGap: 3, typeId: 'coaching', level: 'individual', hours: 8 });
    // Ranked: the first suggestion carries the largest weighted gap.
    expect(r.suggestions[0]!.weight).toBeGreaterThanOrEqual(r.suggestions[1]!.weight);
    expect((await call('plans.suggest', { companyId: c.id, language: 'sv' })).suggestions[0]!.title).toMatch(/^(Kurs|Coachning): /);

    // Accepting one (an activity that addresses the competence) takes it off the list; a cancelled one does not.
    const accepted = await call('activities.create', {
      companyId: c.id,
      title: vis.title,
      typeId: vis.typeId,
      level: vis.level,
      competenceIds: [vis.competenceId],
      personIds: vis.personIds,
      hours: vis.hours,
    });
    expect((await call('plans.suggest', { companyId: c.id, language: 'en' })).suggestions.map((s) => s.competenceId)).toEqual([
      'financial-economic-literacy',
    ]);
    await call('activities.update', { id: accepted.id, patch: { status: 'cancelled' } });
    expect((await call('plans.suggest', { companyId: c.id, language: 'en' })).suggestions).toHaveLength(2);
  });
});

describe('totals and the follow-up overview', () => {
  it('sums hours per person, cost, hours by consented gender and by status, leaving out cancelled activities', async () => {
    const c = await company();
    await call('activities.create', { companyId: c.id, title: 'A', personIds: [c.anna.id, c.erik.id, c.sara.id], hours: 6, costSek: 3000 });
    await call('activities.create', {
      companyId: c.id,
      title: 'B',
      personIds: [c.anna.id],
      hours: 8.5,
      costSek: 1200.25,
      status: 'booked',
    });
    await call('activities.create', {
      companyId: c.id,
      title: 'C',
      personIds: [c.erik.id],
      hours: 100,
      costSek: 9999,
      status: 'cancelled',
    });
    await call('activities.create', { companyId: c.id, title: 'D', hours: null });
    const t = await call('plans.totals', { companyId: c.id });
    expect(t.totalHours).toBe(14.5);
    expect(t.totalCostSek).toBe(4200.25);
    expect(t.hoursByPerson).toEqual([
      { personId: c.anna.id, name: 'Anna Ägare', hours: 14.5, actualHours: 0 },
      { personId: c.erik.id, name: 'Erik Anställd', hours: 6, actualHours: 0 },
      { personId: c.sara.id, name: 'Sara Utan Samtycke', hours: 6, actualHours: 0 },
    ]);
    expect(t.totalActualHours).toBe(0);
    expect(t.hoursByGender).toEqual({ woman: 14.5, man: 6, non_binary: 0, not_stated: 6 });
    expect(t.byStatus.planned).toEqual({ count: 2, hours: 6, costSek: 3000 });
    expect(t.byStatus.cancelled).toEqual({ count: 1, hours: 100, costSek: 9999 });
    // Withdrawing consent erases the gender: the hours move to "not stated".
    await call('people.update', { id: c.erik.id, patch: { followupConsent: false } });
    expect((await call('plans.totals', { companyId: c.id })).hoursByGender).toEqual({ woman: 14.5, man: 0, non_binary: 0, not_stated: 12 });
  });

  it('lists the companies whose next follow-up is within 30 days or overdue', async () => {
    const soon = await company();
    const late = await company();
    const far = await company();
    await company();
    await call('plans.update', { companyId: soon.id, patch: { nextFollowUp: '2025-03-31' } });
    await call('plans.update', { companyId: late.id, patch: { nextFollowUp: '2025-02-20' } });
    await call('plans.update', { companyId: far.id, patch: { nextFollowUp: '2025-04-01' } });
    const due = await call('plans.dueForFollowUp', {});
    expect(due.map((d) => [d.companyName, d.nextFollowUp, d.daysLeft, d.overdue])).toEqual([
      [late.name, '2025-02-20', -9, true],
      [soon.name, '2025-03-31', 30, false],
    ]);
    await call('companies.archive', { id: late.id, archived: true });
    expect((await call('plans.dueForFollowUp', {})).map((d) => d.companyId)).toEqual([soon.id]);
  });
});

describe('CSV export', () => {
  it('is UTF-8 with a BOM, `;`-separated and quoted, with a decimal comma in Swedish and no internal notes', async () => {
    const c = await company();
    const provider = await call('providers.create', { name: 'Lärcentrum "Bergslagen"', kind: 'education_provider' });
    await call('activities.create', {
      companyId: c.id,
      title: 'Kurs i ekonomi; grund',
      typeId: 'course',
      level: 'individual',
      competenceIds: ['financial-economic-literacy'],
      personIds: [c.anna.id, c.erik.id],
      providerId: provider.id,
      plannedStart: '2025-04-02',
      plannedEnd: '2025-04-30',
      hours: 7.5,
      costSek: 12500.5,
      internalNote: 'HEMLIG anteckning',
      accessibilityAdaptations: 'Teckenspråkstolk',
      outcomeComment: null,
    });
    const sv = await call('plans.exportCsv', { companyId: c.id, language: 'sv' });
    expect(sv.text.charCodeAt(0)).toBe(0xfeff);
    // Adaptations can point at a participant's disability: stored, counted in reports, never exported here.
    expect(sv.text).not.toContain('Teckenspråkstolk');
    expect(sv.fileName).toMatch(/^utvecklingsplan Plantest \d+ AB 2025-03-01\.csv$/);
    expect(sv.text).not.toContain('HEMLIG');
    const rows = parseCsv(sv.text.slice(1));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual([
      'Aktivitet',
      'Typ',
      'Nivå',
      'Kompetenser',
      'Deltagare',
      'Anordnare',
      'Start',
      'Slut',
      'Timmar',
      'Kostnad (kr)',
      'Finansiering',
      'Ansvarig',
      'Status',
      'Betyg',
      'Kommentar om resultatet',
    ]);
    expect(rows[1]!.slice(0, 10)).toEqual([
      'Kurs i ekonomi; grund',
      'Kurs',
      'Individ',
      expect.stringMatching(/ekonomi/i),
      'Anna Ägare, Erik Anställd',
      'Lärcentrum "Bergslagen"',
      '2025-04-02',
      '2025-04-30',
      '7,5',
      '12500,5',
    ]);
    expect(rows[1]![12]).toBe('Planerad');
    // Every field quoted; the quote in the provider's name doubled.
    expect(sv.text).toContain('"Lärcentrum ""Bergslagen"""');
    expect(sv.text.split('\r\n')[1]!.startsWith('"Kurs i ekonomi; grund";"Kurs";')).toBe(true);

    const en = await call('plans.exportCsv', { companyId: c.id, language: 'en' });
    const enRows = parseCsv(en.text.slice(1));
    expect(enRows[0]![0]).toBe('Activity');
    expect(enRows[1]!.slice(8, 10)).toEqual(['7.5', '12500.5']);
    expect(enRows[1]![12]).toBe('Planned');
  });
});
