import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { currentLevel, gapOf } from '@shared/domain/gaps';
import { migrate } from '../../src-main/store/migrate';
import type { Database } from '../../src-main/store/schema';
import { emptyStore } from '../helpers/schemaSnapshot';
import { useAssessmentStore } from '../helpers/assessmentStore';

/**
 * The round aggregates the programme report reads (migration 0230) are kept by SQLite triggers. Here they are held
 * against the rows themselves, worked out by the gap analysis's own rules (currentLevel, gapOf), after every kind of
 * write: answers and ratings saved, changed and cleared, competences taken off a person, a follow-up copied from the
 * baseline, a person erased, a round's company deleted; and after the migration's backfill of an existing store.
 */
const h = useAssessmentStore();
const { call, company, startBaseline, fillRound } = h;

interface Aggregate {
  round_id: string;
  level_sum: number;
  level_count: number;
  gap_sum: number;
  gap_count: number;
}

/** What each round's aggregate must be, from its answer and rating rows; no row for a round with neither. */
async function fromRows(db: Kysely<Database>): Promise<Aggregate[]> {
  const out = new Map<string, Aggregate>();
  const of = (roundId: string) => {
    let a = out.get(roundId);
    if (!a) out.set(roundId, (a = { round_id: roundId, level_sum: 0, level_count: 0, gap_sum: 0, gap_count: 0 }));
    return a;
  };
  for (const x of await db.selectFrom('round_answers').select(['round_id', 'level']).execute()) {
    if (x.level === null) continue;
    of(x.round_id).level_sum += x.level;
    of(x.round_id).level_count += 1;
  }
  const ratings = await db
    .selectFrom('round_person_competences')
    .select(['round_id', 'required_level', 'self_level', 'advisor_level'])
    .execute();
  for (const x of ratings) {
    const gap = gapOf(x.required_level, currentLevel(x.self_level, x.advisor_level));
    if (gap === null) continue;
    of(x.round_id).gap_sum += gap;
    of(x.round_id).gap_count += 1;
  }
  return [...out.values()].sort((a, b) => a.round_id.localeCompare(b.round_id));
}

const stored = (db: Kysely<Database>) => db.selectFrom('round_aggregates').selectAll().orderBy('round_id').execute();

async function expectKept(db: Kysely<Database>): Promise<void> {
  expect(await stored(db)).toEqual(await fromRows(db));
}

describe('round aggregates', () => {
  it('follow every write to a round’s answers and ratings', async () => {
    const db = h.store.db;
    const c = await company();
    const baseline = await startBaseline(c.id);
    await expectKept(db);
    expect(await stored(db)).toEqual([]);

    await fillRound(baseline.id);
    await expectKept(db);
    const [filled] = await stored(db);
    expect(filled!.level_count).toBeGreaterThan(10);
    expect(filled!.gap_count).toBeGreaterThan(3);

    // An answer changed, another cleared; a rating's advisor level cleared (the person's own counts), a required
    // level cleared (no gap), a level above the required one (gap 0, still counted).
    const round = await call('rounds.get', { roundId: baseline.id });
    const [q1, q2] = round.answers;
    await call('rounds.saveAnswer', { roundId: baseline.id, questionId: q1!.questionId, level: 5 });
    await call('rounds.saveAnswer', { roundId: baseline.id, questionId: q2!.questionId, level: null });
    const employee = round.people.find((p) => p.personId === c.employee.id)!;
    const [r1, r2, r3] = employee.competences;
    await call('rounds.saveRating', { roundId: baseline.id, personId: c.employee.id, competenceId: r1!.competenceId, advisorLevel: null });
    await call('rounds.saveRating', { roundId: baseline.id, personId: c.employee.id, competenceId: r2!.competenceId, required: null });
    await call('rounds.saveRating', { roundId: baseline.id, personId: c.employee.id, competenceId: r3!.competenceId, advisorLevel: 5 });
    await expectKept(db);

    // Competences taken off a person: their ratings go, and their gaps with them.
    await call('rounds.setPersonCompetences', { roundId: baseline.id, personId: c.employee.id, competenceIds: [r3!.competenceId] });
    await expectKept(db);

    // A follow-up starts from the completed baseline's answers.
    await fillRound(baseline.id);
    await call('rounds.complete', { roundId: baseline.id, completedBy: 'Karin Berg' });
    h.store.clock.advance(1000);
    const follow = await call('rounds.start', { companyId: c.id, kind: 'followup', date: '2025-09-01', advisor: 'Karin Berg' });
    await expectKept(db);
    expect((await stored(db)).map((a) => a.round_id)).toContain(follow.id);

    // A person erased: their ratings go with them.
    await call('people.delete', { id: c.owner.id });
    await expectKept(db);

    // A second company, then the first deleted with its rounds: only the second's remain.
    const other = await company();
    const otherRound = await startBaseline(other.id);
    await fillRound(otherRound.id);
    await sql`DELETE FROM companies WHERE id = ${c.id}`.execute(db);
    await expectKept(db);
    expect((await stored(db)).map((a) => a.round_id)).toEqual([otherRound.id]);
  });

  it('are worked out for the rounds a store already holds when it is upgraded', async () => {
    const store = emptyStore();
    try {
      const db = store.db;
      await migrate(db, undefined, 220);
      const at = '2025-01-01T00:00:00.000Z';
      await sql`INSERT INTO companies (id, name, sort_name, org_number, sni_version, status, created_at, updated_at, revision)
        VALUES ('c1', 'Kvar AB', 'kvar ab', '556036-0793', '2007', 'enrolled', ${at}, ${at}, 1)`.execute(db);
      await sql`INSERT INTO people (id, company_id, name, role, created_at, updated_at, revision)
        VALUES ('p1', 'c1', 'Anna', 'owner', ${at}, ${at}, 1)`.execute(db);
      for (const id of ['r1', 'r2', 'r3'])
        await sql`INSERT INTO rounds (id, company_id, kind, date, advisor, framework_id, framework_version, catalogue_version,
            created_at, updated_at, revision)
          VALUES (${id}, 'c1', 'baseline', '2025-01-01', 'Karin', 'situation-assessment', 1, 1, ${at}, ${at}, 1)`.execute(db);
      const answers: Array<[string, string, number | null]> = [
        ['r1', 'q1', 3],
        ['r1', 'q2', 5],
        ['r1', 'q3', null],
        ['r2', 'q1', null],
      ];
      for (const [round, question, level] of answers)
        await sql`INSERT INTO round_answers (round_id, question_id, level, updated_at)
          VALUES (${round}, ${question}, ${level}, ${at})`.execute(db);
      const ratings: Array<[string, string, number | null, number | null, number | null]> = [
        ['r1', 'sales', 4, 3, 1],
        ['r1', 'finance', 2, 4, null],
        ['r2', 'sales', null, 3, 3],
        ['r2', 'finance', 5, null, 2],
      ];
      for (const [round, competence, required, self, advisor] of ratings)
        await sql`INSERT INTO round_person_competences (round_id, person_id, competence_id, position, required_level, self_level,
            advisor_level, updated_at)
          VALUES (${round}, 'p1', ${competence}, 0, ${required}, ${self}, ${advisor}, ${at})`.execute(db);

      await migrate(db);
      expect(await stored(db)).toEqual([
        { round_id: 'r1', level_sum: 8, level_count: 2, gap_sum: 3, gap_count: 2 },
        { round_id: 'r2', level_sum: 0, level_count: 0, gap_sum: 3, gap_count: 1 },
      ]);
      await expectKept(db);
    } finally {
      await store.close();
    }
  });
});
