import type { Kysely } from 'kysely';
import type { ReportFilter, ReportTable } from '@shared/api/reports';
import { EXIT_RESULTS, SIX_MONTH_RESULTS } from '@shared/domain/participation';
import type { ExitResult, SixMonthResult } from '@shared/domain/participation';
import type { Database } from '../../store/schema';
import { row, table } from './cells';
import type { CompanyRec } from './records';

/**
 * The ESF+ result indicators recorded on participants (issue 14): the participants of the report's companies who
 * left during the period, and of them how many had each immediate result at exit; the participants whose six-month
 * follow-up is dated in the period, and of them how many had each longer-term result. One person counts in every
 * result they had (the rows are not a partition): each result is a part of its total, never more. Results are kept
 * under the programme's record-keeping duty, so they count without the follow-up consent; a result not recorded
 * (null) counts as not had.
 */

export interface ParticipantResults {
  /** Per participant who left in the period: the results at exit they had. */
  exited: ReadonlyArray<ReadonlySet<ExitResult>>;
  /** Per participant whose six-month follow-up is dated in the period: the longer-term results they had. */
  followedUp: ReadonlyArray<ReadonlySet<SixMonthResult>>;
}

export const NO_RESULTS: ParticipantResults = { exited: [], followedUp: [] };

const inPeriod = (date: string | null, filter: Pick<ReportFilter, 'from' | 'to'>) =>
  date !== null && date >= filter.from && date <= filter.to;

/** The results of the people of the report's companies (the company filter is the report's own). */
export async function loadResults(
  r: Kysely<Database>,
  companies: ReadonlyMap<string, CompanyRec>,
  filter: Pick<ReportFilter, 'from' | 'to'>,
): Promise<ParticipantResults> {
  const rows = await r
    .selectFrom('people')
    .select([
      'company_id',
      'exit_date',
      'exit_in_education',
      'exit_qualification',
      'exit_in_employment',
      'exit_job_searching',
      'six_month_date',
      'six_month_in_employment',
      'six_month_improved',
    ])
    .where((eb) =>
      eb.or([
        eb.and([eb('exit_date', '>=', filter.from), eb('exit_date', '<=', filter.to)]),
        eb.and([eb('six_month_date', '>=', filter.from), eb('six_month_date', '<=', filter.to)]),
      ]),
    )
    .execute();
  const exited: Array<Set<ExitResult>> = [];
  const followedUp: Array<Set<SixMonthResult>> = [];
  for (const p of rows) {
    if (!companies.has(p.company_id)) continue;
    if (inPeriod(p.exit_date, filter)) {
      const had: Record<ExitResult, number | null> = {
        exitInEducation: p.exit_in_education,
        exitQualification: p.exit_qualification,
        exitInEmployment: p.exit_in_employment,
        exitJobSearching: p.exit_job_searching,
      };
      exited.push(new Set(EXIT_RESULTS.filter((k) => had[k] === 1)));
    }
    if (inPeriod(p.six_month_date, filter)) {
      const had: Record<SixMonthResult, number | null> = {
        sixMonthInEmployment: p.six_month_in_employment,
        sixMonthImproved: p.six_month_improved,
      };
      followedUp.push(new Set(SIX_MONTH_RESULTS.filter((k) => had[k] === 1)));
    }
  }
  return { exited, followedUp };
}

/** Row keys of the two tables' totals; the other rows are the indicators (EXIT_RESULTS, SIX_MONTH_RESULTS). */
export const RESULT_TOTALS = { resultsAtExit: 'exited', resultsAfterSixMonths: 'followedUp' } as const;

/** Participants who left, and of them with each result; participants followed up, and of them with each result. */
export function resultTables(results: ParticipantResults): ReportTable[] {
  const build = <K extends string>(id: keyof typeof RESULT_TOTALS, indicators: readonly K[], people: ReadonlyArray<ReadonlySet<K>>) =>
    table(
      id,
      'participantResult',
      ['participants'],
      [row(RESULT_TOTALS[id], [people.length]), ...indicators.map((k) => row(k, [people.filter((had) => had.has(k)).length]))],
    );
  return [build('resultsAtExit', EXIT_RESULTS, results.exited), build('resultsAfterSixMonths', SIX_MONTH_RESULTS, results.followedUp)];
}
