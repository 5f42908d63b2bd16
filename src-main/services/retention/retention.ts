import type { Kysely } from 'kysely';
import { AppError } from '@shared/api/errors';
import type { RetentionScan } from '@shared/api/rights';
import { swedishDate } from '@shared/clock';
import { DEFAULT_RETENTION_RULE, isPastRetention, retentionDueDate } from '@shared/domain/retention';
import type { RetentionCandidate, RetentionRule } from '@shared/domain/retention';
import type { Database } from '../../store/schema';
import { inTransaction } from '../../store/transaction';
import type { ServiceDeps } from '../../store/transaction';
import { removeCompany } from '../companies/delete';
import { deletePerson } from '../people/people';
import { logRights } from '../rights/log';
import { companyFacts, personCounts } from './facts';

/** The rule's keys in `settings` (kept as text like every setting). */
const KEYS = { programmeEndDate: 'retentionProgrammeEnd', years: 'retentionYears', prospectMonths: 'retentionProspectMonths' } as const;

export async function getRetentionRule(db: Kysely<Database>): Promise<RetentionRule> {
  const rows = await db.selectFrom('settings').select(['key', 'value']).where('key', 'in', Object.values(KEYS)).execute();
  const by = new Map(rows.map((r) => [r.key, r.value]));
  const int = (key: string, fallback: number) => {
    const n = Number(by.get(key));
    return Number.isInteger(n) && n > 0 ? n : fallback;
  };
  return {
    programmeEndDate: by.get(KEYS.programmeEndDate) ?? null,
    years: int(KEYS.years, DEFAULT_RETENTION_RULE.years),
    prospectMonths: int(KEYS.prospectMonths, DEFAULT_RETENTION_RULE.prospectMonths),
  };
}

export async function setRetentionRule(db: Kysely<Database>, rule: RetentionRule, deps: ServiceDeps): Promise<RetentionRule> {
  return inTransaction(db, async (trx) => {
    const now = deps.now().toISOString();
    const values: [string, string | null][] = [
      [KEYS.programmeEndDate, rule.programmeEndDate],
      [KEYS.years, String(rule.years)],
      [KEYS.prospectMonths, String(rule.prospectMonths)],
    ];
    for (const [key, value] of values) {
      await trx
        .insertInto('settings')
        .values({ key, value, updated_at: now })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: now }))
        .execute();
    }
    return getRetentionRule(trx);
  });
}

/**
 * A record's last change as a Swedish date; the ISO instants of the store are UTC. Sweden's offset is whole hours, so
 * the hour decides the day: one Intl conversion per distinct hour (a scan of thousands of records has few).
 */
function dayOfFn(): (iso: string) => string {
  const byHour = new Map<string, string>();
  return (iso) => {
    if (iso.length === 10) return iso;
    const hour = iso.slice(0, 13);
    let day = byHour.get(hour);
    if (day === undefined) byHour.set(hour, (day = swedishDate(new Date(`${hour}:00:00.000Z`))));
    return day;
  };
}

/**
 * The companies and people past their retention date. A company that ever took part (its status history holds
 * `enrolled` or `completed`, or it is so now) is due at the programme's end plus the archiving years; a prospect never
 * enrolled at its last change (the company, its people, its contacts) plus the shorter period. A prospective employee
 * of a company that is not due is due on their own, at their own last change plus that period.
 */
export async function scanRetention(db: Kysely<Database>, deps: ServiceDeps): Promise<RetentionScan> {
  const rule = await getRetentionRule(db);
  const dayOf = dayOfFn();
  const today = deps.today();
  const candidates: RetentionCandidate[] = [];
  const kept = new Map<string, string>();
  for (const c of await companyFacts(db)) {
    const due = retentionDueDate({ everEnrolled: c.everEnrolled, lastChange: dayOf(c.lastChange) }, rule);
    if (!isPastRetention(due, today)) {
      kept.set(c.id, c.name);
      continue;
    }
    const base = { kind: 'company' as const, id: c.id, companyId: c.id, companyName: c.name, personName: null, dueDate: due };
    candidates.push({ ...base, basis: c.everEnrolled ? 'programmeEnd' : 'prospect', counts: c.counts });
  }
  const prospective = await db
    .selectFrom('people')
    .select(['id', 'company_id', 'name', 'updated_at'])
    .where('role', '=', 'prospective')
    .execute();
  for (const p of prospective) {
    const companyName = kept.get(p.company_id);
    if (companyName === undefined) continue;
    const due = retentionDueDate({ everEnrolled: false, lastChange: dayOf(p.updated_at) }, rule);
    if (!isPastRetention(due, today)) continue;
    const base = { kind: 'person' as const, id: p.id, companyId: p.company_id, companyName, personName: p.name, dueDate: due };
    candidates.push({ ...base, basis: 'prospect', counts: await personCounts(db, p) });
  }
  return { rule, today, candidates };
}

/**
 * Erases the chosen companies and people in one step, each as the register's own deletion does (tombstones that travel,
 * a person's traces cleared): only if every one of them is still past its date, else nothing is erased. Logged by counts.
 */
export async function eraseRetained(
  db: Kysely<Database>,
  input: { companyIds: string[]; personIds: string[] },
  deps: ServiceDeps,
): Promise<{ companies: number; people: number }> {
  return inTransaction(db, async (trx) => {
    const scan = await scanRetention(trx, deps);
    const due = new Set(scan.candidates.map((c) => `${c.kind}:${c.id}`));
    const wanted = [...input.companyIds.map((id) => `company:${id}`), ...input.personIds.map((id) => `person:${id}`)];
    if (wanted.some((k) => !due.has(k))) throw new AppError('retention.notDue');
    const now = deps.now().toISOString();
    let people = 0;
    for (const id of new Set(input.companyIds)) {
      const company = await trx.selectFrom('companies').select('revision').where('id', '=', id).executeTakeFirstOrThrow();
      people += (await removeCompany(trx, id, { deleted_at: now, revision: company.revision + 1 }, now)).people;
    }
    for (const id of new Set(input.personIds)) {
      await deletePerson(trx, { id }, deps);
      people++;
    }
    const companies = new Set(input.companyIds).size;
    await logRights(trx, { action: 'retention', detail: { companies, people } }, now);
    return { companies, people };
  });
}
