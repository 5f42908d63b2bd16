import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { situationFramework } from '../../src-main/services/frameworks';
import type { Database } from '../../src-main/store/schema';
import { orgNumberFor } from '../helpers/tempStore';
import type { TempStore } from '../helpers/tempStore';
import { ENROLLED } from '../helpers/assessmentStore';
import { expectRefused } from '../helpers/refusal';
import { LOCAL_TABLES } from '../helpers/offices';
import {
  call,
  dump,
  data,
  seed,
  exportAll,
  preview,
  apply,
  importFile,
  seal,
  validFile,
  useExchangeStores,
} from '../helpers/exchangeStores';

const store = useExchangeStores();

// Exchange format 2 and later: rounds, competences, plans, activities, providers.

/**
 * A company with a completed baseline round (answers, vision, a goal, a strategy, an area target, ratings with a
 * company-specific competence), an open follow-up (one goal deleted, one answer changed), and a plan with two
 * activities and the provider they use.
 */
async function assessed(s: TempStore, n = 1) {
  const c = await call(s, 'companies.create', { name: `Rundföretag ${n} AB`, orgNumber: orgNumberFor(900 + n), ...ENROLLED });
  const owner = await call(s, 'people.create', {
    companyId: c.id,
    name: 'Anna Ägare',
    role: 'owner',
    followupConsent: true,
    followupConsentAt: '2025-02-01',
    gender: 'woman',
  });
  const employee = await call(s, 'people.create', { companyId: c.id, name: 'Erik Anställd', role: 'employee' });
  await call(s, 'people.create', { companyId: c.id, name: 'Framtida säljare', role: 'prospective' });
  const custom = await call(s, 'competences.createCustom', { companyId: c.id, name: { sv: 'Svetsning', en: 'Welding' } });
  const baseline = await call(s, 'rounds.start', { companyId: c.id, kind: 'baseline', date: '2025-02-15', advisor: 'Karin Berg' });
  const fw = situationFramework(baseline.frameworkVersion);
  let i = 0;
  for (const area of fw.areas)
    for (const q of area.questions) await call(s, 'rounds.saveAnswer', { roundId: baseline.id, questionId: q.id, level: (i++ % 5) + 1 });
  await call(s, 'rounds.saveVision', { roundId: baseline.id, vision: 'Tio anställda om fem år.' });
  const areaId = fw.areas[0]!.id;
  await call(s, 'rounds.saveGoal', {
    roundId: baseline.id,
    kind: 'employees',
    currentValue: 3,
    targetValue: 10,
    targetYear: 2030,
    areaIds: [areaId],
  });
  await call(s, 'rounds.saveGoal', { roundId: baseline.id, kind: 'free', label: 'Export', areaIds: [] });
  await call(s, 'rounds.saveStrategy', { roundId: baseline.id, text: 'Anställ en säljare', areaIds: [areaId] });
  await call(s, 'rounds.saveAreaTarget', { roundId: baseline.id, areaId, targetLevel: 4 });
  const detail = await call(s, 'rounds.get', { roundId: baseline.id });
  const ownerCompetences = detail.people.find((p) => p.personId === owner.id)!.competences.map((x) => x.competenceId);
  await call(s, 'rounds.setPersonCompetences', {
    roundId: baseline.id,
    personId: owner.id,
    competenceIds: [...ownerCompetences, custom.id],
  });
  for (const p of (await call(s, 'rounds.get', { roundId: baseline.id })).people) {
    for (const x of p.competences) {
      await call(s, 'rounds.saveRating', {
        roundId: baseline.id,
        personId: p.personId,
        competenceId: x.competenceId,
        required: 4,
        ...(p.role === 'prospective' ? {} : { selfLevel: 3, advisorLevel: 2 }),
      });
    }
  }
  await call(s, 'rounds.complete', { roundId: baseline.id, completedBy: 'Karin Berg' });
  s.clock.advance(86_400_000);
  const followup = await call(s, 'rounds.start', { companyId: c.id, kind: 'followup', date: '2025-03-02', advisor: 'Karin Berg' });
  const goals = (await call(s, 'rounds.get', { roundId: followup.id })).goals;
  await call(s, 'rounds.deleteGoal', { roundId: followup.id, id: goals.find((g) => g.kind === 'free')!.id });
  await call(s, 'rounds.saveAnswer', { roundId: followup.id, questionId: fw.areas[1]!.questions[0]!.id, level: 5 });

  const provider = await call(s, 'providers.create', {
    name: `Utbildning ${n} AB`,
    kind: 'education_provider',
    municipalityCode: '1880',
    topics: ['ekonomi'],
  });
  await call(s, 'providers.create', { name: `Oanvänd ${n}`, kind: 'consultant' });
  const a1 = await call(s, 'activities.create', {
    companyId: c.id,
    title: 'Ekonomikurs',
    typeId: 'course',
    level: 'individual',
    personIds: [owner.id, employee.id],
    competenceIds: [ownerCompetences[0]!, custom.id],
    providerId: provider.id,
    plannedStart: '2025-04-01',
    plannedEnd: '2025-04-30',
    hours: 16,
    costSek: 4500,
  });
  const a2 = await call(s, 'activities.create', { companyId: c.id, title: 'Nätverksträff', typeId: 'network_meeting' });
  return { company: c, owner, employee, custom, baseline, followup, provider, activities: [a1, a2] };
}

/** Every table the exchange carries, row for row (the import's own bookkeeping aside). */
async function carried(db: Kysely<Database>): Promise<Record<string, unknown[]>> {
  const all = JSON.parse(await dump(db)) as Record<string, unknown[]>;
  // Bookkeeping of this store (who imported what, the local settings, status events with local ids, its office key).
  for (const t of LOCAL_TABLES) delete all[t];
  // Only the providers the exported activities use travel.
  const used = new Set(all['activities']!.map((r) => (r as { provider_id: string | null }).provider_id));
  all['providers'] = all['providers']!.filter((r) => used.has((r as { id: string }).id));
  return all;
}

async function roundsOf(db: Kysely<Database>, companyId: string) {
  return sql<{ id: string; kind: string; revision: number; completed_at: string | null }>`
    SELECT id, kind, revision, completed_at FROM rounds WHERE company_id = ${companyId} ORDER BY date`.execute(db);
}

describe('exchange v2: rounds and plans', () => {
  it('round trip: every carried table is equal after importing into an empty store (ids, revisions, timestamps)', async () => {
    const a = await store();
    const b = await store();
    const x = await assessed(a);
    // Something deleted travels too: a provider that no plan uses any more.
    const unused = (await call(a, 'providers.list', {})).find((p) => p.activityCount === 0)!;
    await call(a, 'providers.delete', { id: unused.id });
    // Migration 0070's column travels with its activity.
    const adapted = x.activities[0]!.id;
    await sql`UPDATE activities SET accessibility_adaptations = 'Teckentolk', revision = revision + 1 WHERE id = ${adapted}`.execute(a.db);

    const file = await exportAll(a);
    expect(file).toMatchObject({ companies: 1, people: 3, rounds: 2, activities: 2 });
    const { preview: p, counts } = await importFile(b, file.base64);
    expect(p.companies).toHaveLength(1);
    expect(p.companies[0]).toMatchObject({ id: x.company.id, kind: 'new', rounds: { new: 2 }, activities: { new: 2 } });
    expect(p.counts).toMatchObject({
      rounds: { new: 2 },
      customCompetences: { new: 1 },
      plans: { new: 1 },
      activities: { new: 2 },
      providers: { new: 1 },
    });
    expect(counts).toMatchObject({ rounds: { new: 2 }, activities: { new: 2 }, providers: { new: 1 } });

    const want = await carried(a.db);
    expect(want['providers']).toHaveLength(1);
    const got = await carried(b.db);
    expect(got['rounds']).toHaveLength(2);
    expect(got['round_person_competences']!.length).toBeGreaterThan(10);
    expect(got['goals']).toHaveLength(3);
    expect(got['activities']).toHaveLength(2);
    expect(got['tombstones']!.map((t) => (t as { entity: string }).entity).sort()).toEqual(['goal', 'provider']);
    expect(got['activities']!.map((r) => (r as { accessibility_adaptations: string | null }).accessibility_adaptations)).toContain(
      'Teckentolk',
    );
    expect(got).toEqual(want);

    // A second import of the same file changes nothing.
    const before = await carried(b.db);
    const again = await importFile(b, file.base64);
    expect(again.counts).toMatchObject({ rounds: { unchanged: 2, new: 0 }, activities: { unchanged: 2 }, providers: { unchanged: 1 } });
    expect(await carried(b.db)).toEqual(before);
  });

  it('reads a version 1 file (no rounds, no plans)', async () => {
    const a = await store();
    const b = await store();
    await seed(a, 1);
    const file = await validFile(a);
    file['formatVersion'] = 1;
    for (const k of ['rounds', 'customCompetences', 'plans', 'activities', 'providers']) delete file[k];
    file['base'] = { company: {}, person: {} };
    const p = await preview(b, await seal(file));
    expect(p.counts.companies.new).toBe(1);
    expect(p.counts.rounds.new).toBe(0);
    await apply(b, p);
    expect(await data(b.db)).toBe(await data(a.db));
  });

  /** A and B share one assessed company after one exchange. */
  async function synced() {
    const a = await store();
    const b = await store();
    const x = await assessed(a);
    await importFile(b, (await exportAll(a)).base64);
    return { a, b, x };
  }

  it('an open round and an activity changed there are updated here, children and all', async () => {
    const { a, b, x } = await synced();
    const q = situationFramework(1).areas[2]!.questions[0]!.id;
    await call(a, 'rounds.saveAnswer', { roundId: x.followup.id, questionId: q, level: 1, note: 'Ny anteckning' });
    await call(a, 'activities.update', { id: x.activities[0]!.id, patch: { status: 'booked', hours: 20 } });
    const p = await preview(b, (await exportAll(a)).base64);
    expect(p.companies[0]).toMatchObject({
      kind: 'updated',
      rounds: { updated: 1, unchanged: 1 },
      activities: { updated: 1, unchanged: 1 },
    });
    await apply(b, p);
    expect(await carried(b.db)).toEqual(await carried(a.db));
  });

  it('a round and an activity changed on both sides are conflicts; each resolution applies', async () => {
    const { a, b, x } = await synced();
    const q = situationFramework(1).areas[3]!.questions[0]!.id;
    await call(a, 'rounds.saveAnswer', { roundId: x.followup.id, questionId: q, level: 1 });
    await call(b, 'rounds.saveAnswer', { roundId: x.followup.id, questionId: q, level: 5 });
    await call(a, 'activities.update', { id: x.activities[1]!.id, patch: { title: 'Träff i Örebro' } });
    await call(b, 'activities.update', { id: x.activities[1]!.id, patch: { title: 'Träff i Karlskoga' } });
    const file = (await exportAll(a)).base64;
    const before = await dump(b.db);
    const p = await preview(b, file);
    const keys = p.companies.flatMap((c) => c.conflicts.map((k) => [k.key, k.fields]));
    expect(keys).toEqual(
      expect.arrayContaining([
        [`round:${x.followup.id}`, ['answers']],
        [`activity:${x.activities[1]!.id}`, ['title']],
      ]),
    );
    expect(p.counts).toMatchObject({ rounds: { conflicts: 1 }, activities: { conflicts: 1 } });
    await expectRefused('exchange.unresolvedConflicts', () => apply(b, p, { [`round:${x.followup.id}`]: 'theirs' }));
    expect(await dump(b.db)).toBe(before);

    await apply(b, p, { [`round:${x.followup.id}`]: 'theirs', [`activity:${x.activities[1]!.id}`]: 'mine' });
    const answer = await sql<{
      level: number;
    }>`SELECT level FROM round_answers WHERE round_id = ${x.followup.id} AND question_id = ${q}`.execute(b.db);
    expect(answer.rows).toEqual([{ level: 1 }]);
    const activity = await sql<{
      title: string;
      revision: number;
    }>`SELECT title, revision FROM activities WHERE id = ${x.activities[1]!.id}`.execute(b.db);
    expect(activity.rows[0]!.title).toBe('Träff i Karlskoga');
    const aRevision = (await sql<{ revision: number }>`SELECT revision FROM activities WHERE id = ${x.activities[1]!.id}`.execute(a.db))
      .rows[0]!.revision;
    expect(activity.rows[0]!.revision).toBeGreaterThan(aRevision);
    // Kept mine wins when it travels back; taken theirs is now common ground.
    await importFile(a, (await exportAll(b)).base64);
    expect(
      (await sql<{ title: string }>`SELECT title FROM activities WHERE id = ${x.activities[1]!.id}`.execute(a.db)).rows[0]!.title,
    ).toBe('Träff i Karlskoga');
  });

  it("a completed round is never changed by an import; two completed rounds that differ are the advisor's call", async () => {
    const { a, b, x } = await synced();
    // A completes the follow-up; B keeps working on its open copy: the completed one wins on both sides.
    const fw = situationFramework(1);
    for (const area of fw.areas)
      for (const q of area.questions) await call(a, 'rounds.saveAnswer', { roundId: x.followup.id, questionId: q.id, level: 2 });
    for (const p of (await call(a, 'rounds.get', { roundId: x.followup.id })).people) {
      for (const c of p.competences) {
        await call(a, 'rounds.saveRating', {
          roundId: x.followup.id,
          personId: p.personId,
          competenceId: c.competenceId,
          required: 3,
          ...(p.role === 'prospective' ? {} : { selfLevel: 3, advisorLevel: 3 }),
        });
      }
    }
    await call(a, 'rounds.complete', { roundId: x.followup.id, completedBy: 'Karin Berg' });
    await call(b, 'rounds.saveVision', { roundId: x.followup.id, vision: 'B:s vision' });
    await call(b, 'rounds.saveVision', { roundId: x.followup.id, vision: 'B:s vision igen' });
    const fileA = (await exportAll(a)).base64;
    const fileB = (await exportAll(b)).base64;
    const p = await preview(b, fileA);
    expect(p.counts.rounds).toMatchObject({ updated: 1, conflicts: 0 });
    await apply(b, p);
    const completed = (await roundsOf(b.db, x.company.id)).rows.find((r) => r.id === x.followup.id)!;
    expect(completed.completed_at).not.toBeNull();
    // B's open copy, even with a higher revision, never overwrites A's completed round.
    const back = await preview(a, fileB);
    expect(back.counts.rounds).toMatchObject({ keptLocal: 1, conflicts: 0, updated: 0 });
    const beforeA = await carried(a.db);
    await apply(a, back);
    const afterA = await carried(a.db);
    expect(afterA['rounds']).toEqual(beforeA['rounds']);
    expect(afterA['round_answers']).toEqual(beforeA['round_answers']);

    // Both completed and different (the same baseline tampered into two versions): a conflict.
    await sql`UPDATE rounds SET vision = 'Annan vision', revision = revision + 1 WHERE id = ${x.baseline.id}`.execute(b.db);
    await sql`UPDATE rounds SET vision = 'Tredje vision', revision = revision + 1 WHERE id = ${x.baseline.id}`.execute(a.db);
    const c = await preview(b, (await exportAll(a)).base64);
    expect(c.companies[0]!.conflicts.map((k) => [k.key, k.fields])).toEqual([[`round:${x.baseline.id}`, ['vision']]]);
    await apply(b, c, { [`round:${x.baseline.id}`]: 'mine' });
    expect((await sql<{ vision: string }>`SELECT vision FROM rounds WHERE id = ${x.baseline.id}`.execute(b.db)).rows[0]!.vision).toBe(
      'Annan vision',
    );
  });

  it('a company tombstone deletes its rounds, plan and activities too, in one transaction', async () => {
    const { a, b, x } = await synced();
    await call(a, 'companies.delete', { id: x.company.id });
    const p = await preview(b, (await exportAll(a)).base64);
    expect(p.counts.companies.deleted).toBe(1);
    await apply(b, p);
    for (const t of [
      'companies',
      'people',
      'rounds',
      'round_answers',
      'round_people',
      'round_person_competences',
      'goals',
      'strategies',
      'custom_competences',
      'plans',
      'activities',
    ]) {
      const n = await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(t)}`.execute(b.db);
      expect([t, n.rows[0]!.n]).toEqual([t, 0]);
    }
  });

  it('a company tombstone is a conflict when a round there changed here since the offices agreed', async () => {
    const { a, b, x } = await synced();
    await call(b, 'rounds.saveVision', { roundId: x.followup.id, vision: 'Ändrad här' });
    await call(a, 'companies.delete', { id: x.company.id });
    const p = await preview(b, (await exportAll(a)).base64);
    // The round's own deletion travels too (companies/childTombstones.ts): changed here, it is a conflict of its own.
    expect(p.companies[0]!.conflicts.map((k) => [k.key, k.fields])).toEqual([
      [`company:${x.company.id}`, ['deleted']],
      [`round:${x.followup.id}`, ['deleted']],
    ]);
    await apply(b, p, { [`company:${x.company.id}`]: 'mine', [`round:${x.followup.id}`]: 'mine' });
    expect((await roundsOf(b.db, x.company.id)).rows).toHaveLength(2);
  });

  describe('bad input leaves the database exactly as it was', () => {
    async function setup() {
      const a = await store();
      const b = await store();
      const x = await assessed(a);
      await seed(b, 1, 70);
      return { a, b, x };
    }

    it('a rating of level 7', async () => {
      const { a, b } = await setup();
      const file = (await validFile(a)) as unknown as Record<string, unknown> & { rounds: { ratings: Record<string, unknown>[] }[] };
      file.rounds[0]!.ratings[0]!['advisorLevel'] = 7;
      const sealed = await seal(file);
      const err = await expectRefused(
        'exchange.invalidContent',
        () => preview(b, sealed),
        () => dump(b.db),
      );
      expect(err.params).toEqual({ path: 'rounds.0.ratings.0.advisorLevel' });
    });

    it('an activity naming an unknown person', async () => {
      const { a, b } = await setup();
      const file = (await validFile(a)) as unknown as Record<string, unknown> & { activities: Record<string, unknown>[] };
      file.activities[0]!['personIds'] = ['01900000-0000-7000-8000-0000000000bb'];
      const sealed = await seal(file);
      const err = await expectRefused(
        'exchange.unknownPerson',
        () => preview(b, sealed),
        () => dump(b.db),
      );
      expect(err.params).toEqual({ id: '01900000-0000-7000-8000-0000000000bb' });
    });

    it('a round for a company neither in the file nor here', async () => {
      const { a, b } = await setup();
      const file = (await validFile(a)) as unknown as Record<string, unknown> & { rounds: Record<string, unknown>[] };
      file.rounds[1]!['companyId'] = '01900000-0000-7000-8000-0000000000cc';
      const sealed = await seal(file);
      const err = await expectRefused(
        'exchange.missingReference',
        () => preview(b, sealed),
        () => dump(b.db),
      );
      expect(err.params).toEqual({ entity: 'company', id: '01900000-0000-7000-8000-0000000000cc' });
    });
  });
});
