import { z } from 'zod';
import { channel } from './contract';
import { id } from './fields';
import { LANGUAGES } from '../i18n/languages';
import type { Language } from '../i18n/languages';
import { AUDIENCES, reportFilterSchema } from './reports';
import type { Audience, ProgrammeReport, ReportFile, ReportFilter, ReportTable } from './reports';
import type { FigureChange } from '../domain/reportChanges';

/**
 * What was sent stays what was sent (issue 14): "Mark as submitted" makes the report's file once more, stores its
 * figures, filter, period and the file's SHA-256, and hands that very file back to be sent. Opening a submitted report
 * shows it as sent and, beside it, what the same report shows today, every changed figure listed.
 */
export const SUBMIT_FORMATS = ['xlsx', 'csv'] as const;
export type SubmitFormat = (typeof SUBMIT_FORMATS)[number];

export interface SubmittedReportSummary {
  id: string;
  submittedAt: string;
  filter: ReportFilter;
  audience: Audience;
  language: Language;
  format: SubmitFormat;
  fileName: string;
  fileSha256: string;
}

export interface SubmittedReport extends SubmittedReportSummary {
  /** When the sent figures were computed. */
  generatedAt: string;
  tables: ReportTable[];
}

export interface SubmittedComparison {
  submitted: SubmittedReport;
  today: ProgrammeReport;
  changes: FigureChange[];
}

export const submittedApi = {
  'reports.submit': channel<{ submitted: SubmittedReportSummary; file: ReportFile }>()(
    z.strictObject({
      filter: reportFilterSchema,
      audience: z.enum(AUDIENCES, { error: 'choice' }),
      language: z.enum(LANGUAGES, { error: 'choice' }),
      format: z.enum(SUBMIT_FORMATS, { error: 'choice' }),
    }),
  ),
  'reports.submittedList': channel<SubmittedReportSummary[]>()(z.strictObject({})),
  'reports.submittedOpen': channel<SubmittedComparison>()(z.strictObject({ id })),
};
