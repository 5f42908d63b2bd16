import type { Audience, ProgrammeReport, ReportFilter } from '@shared/api/reports';
import { invoke } from '../../api/client';
import { clock } from '../../lib/clock';
import { useSession } from '../session';

/**
 * The programme report's first request, started when the app navigates to the report (App.tsx), so that the host
 * reads the report while the screen's code loads instead of after it has mounted. Part of the entry: small, no
 * charts. The screen takes the reply once (reportReply); any other filter asks the host itself.
 */

/** The report's filter when the screen opens: this year up to today, every office and advisor. */
export function initialReportFilter(): ReportFilter {
  const today = clock.today();
  return { from: `${today.slice(0, 4)}-01-01`, to: today, office: null, advisor: null };
}

/** The key of one request: the same filter and audience give the same key. */
export const reportKey = (filter: ReportFilter, audience: Audience): string => JSON.stringify([filter, audience]);

let pending: { key: string; reply: Promise<ProgrammeReport> } | null = null;

// A reply not taken yet is forgotten when the store locks, with the stores (shell/autoLock.ts): the report's figures
// never wait in memory for whoever unlocks next.
useSession.subscribe((s) => {
  if (!s.status?.unlocked) pending = null;
});

function ask(filter: ReportFilter, audience: Audience): Promise<ProgrammeReport> {
  return invoke('reports.programme', { ...filter, audience });
}

/** Starts the request the report screen makes when it opens (replacing one not taken yet). */
export function prefetchReport(): void {
  const filter = initialReportFilter();
  const reply = ask(filter, 'internal');
  // A failure is shown by the screen when it takes the reply; never an unhandled rejection here.
  reply.catch(() => undefined);
  pending = { key: reportKey(filter, 'internal'), reply };
}

/** The report for the filter: the prefetched reply when it is the same request (taken once), else a new request. */
export function reportReply(filter: ReportFilter, audience: Audience): Promise<ProgrammeReport> {
  const key = reportKey(filter, audience);
  if (pending?.key === key) {
    const { reply } = pending;
    pending = null;
    return reply;
  }
  return ask(filter, audience);
}
