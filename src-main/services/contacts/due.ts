import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { DueStep, NextStep, StepsDue } from '@shared/api/contacts';
import { addDays } from '@shared/clock';
import type { Database } from '../../store/schema';
import { systemClock } from '../../store/transaction';
import type { ServiceDeps } from '../../store/transaction';

/** The Sunday that ends the (Monday-first, Swedish) week of `date`. */
export function weekEndOf(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const weekday = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)).getUTCDay();
  return addDays(date, (7 - weekday) % 7);
}

const collator = new Intl.Collator('sv');

/**
 * Every open next step due by the end of this week, overdue ones included, per advisor (who logged the contact),
 * earliest first. Companies that left the programme (archived) are left out. SQLite picks the contacts that have such
 * a step, so the overview stays quick over thousands of companies.
 */
export async function stepsDue(db: Kysely<Database>, deps: ServiceDeps = systemClock): Promise<StepsDue> {
  const today = deps.today();
  const weekEnd = weekEndOf(today);
  const rows = await sql<{ id: string; company_id: string; advisor: string; next_steps: string; name: string }>`
    SELECT c.id, c.company_id, c.advisor, c.next_steps, co.name
      FROM contacts c JOIN companies co ON co.id = c.company_id
     WHERE co.archived_at IS NULL
       AND EXISTS (SELECT 1 FROM json_each(c.next_steps)
                    WHERE json_extract(value, '$.done') = 0 AND json_extract(value, '$.dueDate') <= ${weekEnd})`.execute(db);
  const steps: DueStep[] = rows.rows.flatMap((r) =>
    (JSON.parse(r.next_steps) as NextStep[]).flatMap((s, index) =>
      !s.done && s.dueDate <= weekEnd
        ? [
            {
              ...s,
              contactId: r.id,
              index,
              companyId: r.company_id,
              companyName: r.name,
              advisor: r.advisor,
              ownerName: null,
              overdue: s.dueDate < today,
            },
          ]
        : [],
    ),
  );
  const owners = [...new Set(steps.flatMap((s) => (s.ownerPersonId ? [s.ownerPersonId] : [])))];
  const names = new Map<string, string>();
  for (let i = 0; i < owners.length; i += 500) {
    const people = await db
      .selectFrom('people')
      .select(['id', 'name'])
      .where('id', 'in', owners.slice(i, i + 500))
      .execute();
    for (const p of people) names.set(p.id, p.name);
  }
  const byAdvisor = new Map<string, DueStep[]>();
  for (const s of steps) {
    s.ownerName = s.ownerPersonId ? (names.get(s.ownerPersonId) ?? null) : null;
    const list = byAdvisor.get(s.advisor) ?? [];
    list.push(s);
    byAdvisor.set(s.advisor, list);
  }
  const order = (a: DueStep, b: DueStep) =>
    a.dueDate.localeCompare(b.dueDate) || collator.compare(a.companyName, b.companyName) || a.contactId.localeCompare(b.contactId);
  return {
    today,
    weekEnd,
    byAdvisor: [...byAdvisor.entries()]
      .sort(([a], [b]) => collator.compare(a, b))
      .map(([advisor, list]) => ({ advisor, steps: list.sort(order) })),
  };
}
