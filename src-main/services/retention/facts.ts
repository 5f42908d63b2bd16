import { sql } from 'kysely';
import type { Kysely, RawBuilder } from 'kysely';
import type { RetentionCandidate } from '@shared/domain/retention';
import type { Database } from '../../store/schema';

export type Counts = RetentionCandidate['counts'];

export interface CompanyFacts {
  id: string;
  name: string;
  everEnrolled: boolean;
  /** The latest of the company's own change, its people's and its contacts' dates (ISO instant or calendar date). */
  lastChange: string;
  counts: Counts;
}

interface Group {
  id: string;
  n: number;
  last: string | null;
}

async function grouped(db: Kysely<Database>, query: RawBuilder<Group>): Promise<Map<string, Group>> {
  return new Map((await query.execute(db)).rows.map((r) => [r.id, r]));
}

/**
 * What the retention scan needs of every company, in one pass over each table (grouped by company) rather than a
 * query per company: whether it ever took part, its last change, and what would go with it. Thousands of companies
 * read in well under the scan's 200 ms (tests/bench/rights.ts).
 */
export async function companyFacts(db: Kysely<Database>): Promise<CompanyFacts[]> {
  const companies = await db.selectFrom('companies').select(['id', 'name', 'status', 'updated_at']).execute();
  const took = await sql<{ id: string }>`
    SELECT DISTINCT company_id AS id FROM company_status_events WHERE status IN ('enrolled', 'completed')`.execute(db);
  const enrolled = new Set(took.rows.map((r) => r.id));
  const people = await grouped(db, sql`SELECT company_id AS id, count(*) AS n, max(updated_at) AS last FROM people GROUP BY company_id`);
  const contacts = await grouped(db, sql`SELECT company_id AS id, count(*) AS n, max(date) AS last FROM contacts GROUP BY company_id`);
  const rounds = await grouped(db, sql`SELECT company_id AS id, count(*) AS n, NULL AS last FROM rounds GROUP BY company_id`);
  const perPlan = await grouped(db, sql`SELECT plan_id AS id, count(*) AS n, NULL AS last FROM activities GROUP BY plan_id`);
  const activities = new Map<string, number>();
  for (const p of await db.selectFrom('plans').select(['id', 'company_id']).execute()) {
    activities.set(p.company_id, (activities.get(p.company_id) ?? 0) + (perPlan.get(p.id)?.n ?? 0));
  }
  return companies.map((c) => {
    const p = people.get(c.id);
    const k = contacts.get(c.id);
    const changes = [c.updated_at, p?.last ?? '', k?.last ?? ''];
    return {
      id: c.id,
      name: c.name,
      everEnrolled: c.status === 'enrolled' || c.status === 'completed' || enrolled.has(c.id),
      // ISO instants and calendar dates compare as text on their first ten characters.
      lastChange: changes.reduce((a, b) => (b.slice(0, 10) > a.slice(0, 10) || (b.slice(0, 10) === a.slice(0, 10) && b > a) ? b : a)),
      counts: { people: p?.n ?? 0, rounds: rounds.get(c.id)?.n ?? 0, activities: activities.get(c.id) ?? 0, contacts: k?.n ?? 0 },
    };
  });
}

/** What a person's erasure takes them out of: read within their company (the activities through its plan). */
export async function personCounts(db: Kysely<Database>, p: { id: string; company_id: string }): Promise<Counts> {
  const r = await sql<Counts>`
    SELECT 1 AS people,
           (SELECT count(*) FROM round_people WHERE person_id = ${p.id}) AS rounds,
           (SELECT count(*) FROM activities JOIN plans ON plans.id = activities.plan_id WHERE plans.company_id = ${p.company_id}
              AND EXISTS (SELECT 1 FROM json_each(activities.person_ids) WHERE value = ${p.id})) AS activities,
           (SELECT count(*) FROM contacts WHERE company_id = ${p.company_id}
              AND EXISTS (SELECT 1 FROM json_each(contacts.person_ids) WHERE value = ${p.id})) AS contacts`.execute(db);
  return r.rows[0]!;
}
