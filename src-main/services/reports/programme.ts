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
/**
 * Lets the event loop serve what waits (the browser host's static files, other requests) between the report's reads:
 * SQLite reads are synchronous, and without this the screen's code arrives only after the whole report is read.
 */
async function letOthersIn(): Promise<void> {
  // A static file takes several turns of the loop (the request, then opening, reading and sending the file).
  for (let turn = 0; turn < 8; turn++) await new Promise<void>((resolve) => setImmediate(resolve));
}

/** Everything the tables count, read from one snapshot of the store. */
async function readData(r: Kysely<Database>, filter: ReportFilter) {
  const { companies, changed, offices, advisors } = await loadCompanies(r, filter);
  await letOthersIn();
  const people = await loadPeople(r, companies, filter.to);
  await letOthersIn();
  const activities = await loadActivities(r, companies, people, filter);
  await letOthersIn();
  // Progress between the baseline and the latest completed follow-up (dated within the period's end).
  const progress = await loadProgress(r, companies, filter.to);
  await letOthersIn();
  // Time in the programme: the advisor's contacts and the participants' attended hours (timeTables.ts).
  const contacts = await loadContacts(r, companies, filter);
  const actualHours = await loadActualHours(r, companies, people, filter);
  // ESF+ results of the participants who left, or were followed up six months later, in the period (results.ts).
  const results = await loadResults(r, companies, filter);
  return { data: { companies, changed, people, activities, progress, contacts, actualHours, results }, offices, advisors };
}

export async function programmeReport(
  db: Kysely<Database>,
  input: ReportFilter & { audience: Audience },
  deps: ServiceDeps = systemClock,
): Promise<ProgrammeReport> {
  const filter: ReportFilter = { from: input.from, to: input.to, office: input.office ?? null, advisor: input.advisor ?? null };
  assertPeriod(filter);
  await letOthersIn();
  // One read transaction: a save that lands while the report waits between its reads is not half counted.
  const read = (r: Kysely<Database>) => readData(r, filter);
  const { data, offices, advisors } = await (db.isTransaction ? read(db) : db.transaction().execute(read));
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
