import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { DueStep, StepsDue } from '@shared/api/contacts';
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

/** One open step as SQLite returns it: its contact and company, its place in the list, its fields and its owner's name. */
interface DueRow {
  id: string;
  company_id: string;
  advisor: string;
  name: string;
  idx: number;
  text: string;
  due: string;
  owner_text: string | null;
  owner_id: string | null;
  owner: string | null;
}

/**
 * Every open next step due by the end of this week, overdue ones included, per advisor (who logged the contact),
 * earliest first. Companies that left the programme (archived) are left out. SQLite picks the contacts that have such
 * a step from the partial index of contacts with an open step (migration 0150: its condition, the `instr` term,
 * must stay word for word in the query for SQLite to use it), so the overview stays quick over thousands of companies.
 */
export async function stepsDue(db: Kysely<Database>, deps: ServiceDeps = systemClock): Promise<StepsDue> {
  const today = deps.today();
  const weekEnd = weekEndOf(today);
  // One pass: each open step due by the week's end with its contact, company and owner's name (no query per owner),
  // earliest first, then by company in Swedish order (the register's sort_name: a collator over thousands of steps is slow).
  const rows = await sql<DueRow>`
    SELECT c.id, c.company_id, c.advisor, co.name, s.key AS idx, s.value ->> 'text' AS text, s.value ->> 'dueDate' AS due,
           s.value ->> 'ownerText' AS owner_text, s.value ->> 'ownerPersonId' AS owner_id, p.name AS owner
      FROM contacts c JOIN companies co ON co.id = c.company_id
      JOIN json_each(c.next_steps) s
      LEFT JOIN people p ON p.id = s.value ->> 'ownerPersonId'
     WHERE instr(c.next_steps, 'false') > 0
       AND co.archived_at IS NULL
       AND json_type(s.value, '$.done') = 'false' AND due <= ${weekEnd}
     ORDER BY due, co.sort_name, c.id, s.key`.execute(db);
  const steps: DueStep[] = rows.rows.map((r) => ({
    text: r.text,
    dueDate: r.due,
    ownerText: r.owner_text,
    ownerPersonId: r.owner_id,
    done: false,
    contactId: r.id,
    index: r.idx,
    companyId: r.company_id,
    companyName: r.name,
    advisor: r.advisor,
    ownerName: r.owner_id ? r.owner : null,
    overdue: r.due < today,
  }));
  const byAdvisor = new Map<string, DueStep[]>();
  for (const s of steps) {
    const list = byAdvisor.get(s.advisor) ?? [];
    list.push(s);
    byAdvisor.set(s.advisor, list);
  }
  return {
    today,
    weekEnd,
    byAdvisor: [...byAdvisor.entries()].sort(([a], [b]) => collator.compare(a, b)).map(([advisor, steps]) => ({ advisor, steps })),
  };
}
