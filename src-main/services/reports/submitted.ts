import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { ParsedInputOf } from '@shared/api';
import { AppError } from '@shared/api/errors';
import type { Audience, ReportFilter, ReportFile, ReportTable } from '@shared/api/reports';
import type { SubmitFormat, SubmittedComparison, SubmittedReport, SubmittedReportSummary } from '@shared/api/submitted';
import type { Language } from '@shared/i18n';
import { reportChanges } from '@shared/domain/reportChanges';
import type { Database } from '../../store/schema';
import { inTransaction, systemClock } from '../../store/transaction';
import type { ServiceDeps } from '../../store/transaction';
import { reportCsv, reportXlsx } from './files';
import { programmeReport } from './programme';

/**
 * What was sent stays what was sent (issue 14). Submitting makes the report and its file from the same figures,
 * stores the figures, filter, period and the file's SHA-256, and returns that very file: what is stored is what was
 * sent. The stored figures are never recomputed; opening a submitted report computes today's beside them.
 * Erasing a person never reaches this table: it holds aggregates only.
 */

/** What `figures` holds (JSON): the report as sent, with how it was made. */
interface FrozenFigures {
  audience: Audience;
  language: Language;
  format: SubmitFormat;
  generatedAt: string;
  tables: ReportTable[];
}

type Row = Database['submitted_reports'];

function summaryOf(row: Row): SubmittedReport {
  const figures = JSON.parse(row.figures) as FrozenFigures;
  return {
    id: row.id,
    submittedAt: row.submitted_at,
    filter: JSON.parse(row.filters) as ReportFilter,
    audience: figures.audience,
    language: figures.language,
    format: figures.format,
    fileName: row.file_name,
    fileSha256: row.file_sha256,
    generatedAt: figures.generatedAt,
    tables: figures.tables,
  };
}

export async function submitReport(
  db: Kysely<Database>,
  input: ParsedInputOf<'reports.submit'>,
  deps: ServiceDeps = systemClock,
): Promise<{ submitted: SubmittedReportSummary; file: ReportFile }> {
  const report = await programmeReport(db, { ...input.filter, audience: input.audience }, deps);
  const file = input.format === 'xlsx' ? await reportXlsx(report, input.language) : reportCsv(report, input.language);
  const sha = createHash('sha256').update(Buffer.from(file.base64, 'base64')).digest('hex');
  const figures: FrozenFigures = {
    audience: input.audience,
    language: input.language,
    format: input.format,
    generatedAt: report.generatedAt,
    tables: report.tables,
  };
  const row: Row = {
    id: uuidv7(),
    submitted_at: deps.now().toISOString(),
    period: `${report.filter.from}/${report.filter.to}`,
    filters: JSON.stringify(report.filter),
    figures: JSON.stringify(figures),
    file_sha256: sha,
    file_name: file.fileName,
  };
  await inTransaction(db, (trx) => trx.insertInto('submitted_reports').values(row).execute());
  const { generatedAt: _g, tables: _t, ...submitted } = summaryOf(row);
  return { submitted, file };
}

/** Newest first. */
export async function listSubmitted(db: Kysely<Database>): Promise<SubmittedReportSummary[]> {
  const rows = await db.selectFrom('submitted_reports').selectAll().orderBy('submitted_at', 'desc').orderBy('id', 'desc').execute();
  return rows.map((r) => {
    const { generatedAt: _g, tables: _t, ...summary } = summaryOf(r);
    return summary;
  });
}

/** The report as sent, the same report as it reads today, and every figure that differs. */
export async function openSubmitted(
  db: Kysely<Database>,
  input: ParsedInputOf<'reports.submittedOpen'>,
  deps: ServiceDeps = systemClock,
): Promise<SubmittedComparison> {
  const row = await db.selectFrom('submitted_reports').selectAll().where('id', '=', input.id).executeTakeFirst();
  if (!row) throw new AppError('report.submittedNotFound', { id: input.id });
  const submitted = summaryOf(row);
  const today = await programmeReport(db, { ...submitted.filter, audience: submitted.audience }, deps);
  return { submitted, today, changes: reportChanges(submitted.tables, today.tables) };
}
