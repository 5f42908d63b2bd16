import type { Kysely } from 'kysely';
import type { Audience, ProgrammeReport, ReportFilter } from '@shared/api/reports';
import type { Database } from '../../store/schema';
import { systemClock } from '../../store/transaction';
import type { ServiceDeps } from '../../store/transaction';
import { loadActivities, loadCompanies, loadPeople, loadProgress } from './load';
import { loadActualHours, loadContacts } from './loadTime';
import { assertPeriod } from './records';
import { loadResults } from './results';
import { reportTables } from './tables';

/**
 * The programme report (issue 7).
 *
 * The report loads the columns it needs once (companies, status events, people, activities, providers, completed
 * rounds and their per-round aggregates) and aggregates in one pass in JS: no per-company queries.
 *
 * Rules:
 * - A company is in the report when it matches the office/advisor filter and was enrolled at some moment of the
 *   period (its status at the start was 'enrolled', or it became enrolled during it). A company withdrawn or
 *   completed in March therefore counts in a report for Jan–Mar and not in one for Apr–Jun.
 * - Participants are the people of those companies with at least one activity (not cancelled) whose planned dates
 *   overlap the period; each counts once however many activities they take.
 * - Follow-up attributes count only with the person's follow-up consent; otherwise they are 'not_stated'.
 * - Audience 'external' replaces every figure about fewer than SMALL_CELL_LIMIT people with "<5" and leaves out the
 *   per-company tables (company names of sole traders are people's names).
 * - Advisor hours come from the contact log and actual hours from the attendance at sessions: see timeTables.ts.
 */
export async function programmeReport(
  db: Kysely<Database>,
  input: ReportFilter & { audience: Audience },
  deps: ServiceDeps = systemClock,
): Promise<ProgrammeReport> {
  const filter: ReportFilter = { from: input.from, to: input.to, office: input.office ?? null, advisor: input.advisor ?? null };
  assertPeriod(filter);
  const { companies, changed, offices, advisors } = await loadCompanies(db, filter);
  const people = await loadPeople(db, companies, filter.to);
  const activities = await loadActivities(db, companies, people, filter);
  // Progress between the baseline and the latest completed follow-up (dated within the period's end).
  const progress = await loadProgress(db, companies, filter.to);
  // Time in the programme: the advisor's contacts and the participants' attended hours (timeTables.ts).
  const contacts = await loadContacts(db, companies, filter);
  const actualHours = await loadActualHours(db, companies, people, filter);
  // ESF+ results of the participants who left, or were followed up six months later, in the period (results.ts).
  const results = await loadResults(db, companies, filter);
  const data = { companies, changed, people, activities, progress, contacts, actualHours, results };
  const tables = reportTables(data, input.audience === 'external');
  const collator = new Intl.Collator('sv');
  return {
    filter,
    audience: input.audience,
    generatedAt: deps.now().toISOString(),
    tables,
    offices: [...offices].sort(collator.compare),
    advisors: [...advisors].sort(collator.compare),
  };
}
