import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '@shared/api';
import { AppError } from '@shared/api/errors';
import { reportRowLabel } from '@shared/api/reports';
import type { ProgrammeReport, ReportFile, ReportTable, Translate } from '@shared/api/reports';
import { municipalityByCode } from '@shared/domain/municipalities';
import { createI18n } from '@shared/i18n';
import type { Language } from '@shared/i18n';
import type { Database } from '../../store/schema';
import { systemClock } from '../../store/transaction';
import type { ServiceDeps } from '../../store/transaction';
import { csvDocument } from '../csv';
import type { CsvCell } from '../csv';
import { participantLines } from './participants';
import { programmeReport } from './programme';

/**
 * The programme report as files: an XLSX workbook (one sheet per table, each with the internal/external mark above a
 * header row, numbers as numbers, no
 * formulas: a name is written as text whatever it starts with) and a CSV (one table column; the format and the
 * protection against formulas are services/csv.ts's), and the participant list (personal data, only on explicit
 * request). The audience decides whether small cells are hidden: see services/reports/tables.ts.
 */

const SHEET_NAME_MAX = 31;

function translator(language: Language): Translate {
  const i18n = createI18n(language);
  return (key, options) => i18n.t(key, options ?? {});
}

const municipalityName = (code: string) => municipalityByCode(code)?.name;

function tableHeader(t: Translate, table: ReportTable): string[] {
  const first = table.rowKind === 'company' ? t('reports.table.company') : t('reports.table.category');
  return [first, ...table.columns.map((c) => t(`reports.columns.${c}`))];
}

/** Excel refuses sheet names over 31 characters, with : \ / ? * [ ], or used twice. */
function sheetName(title: string, used: Set<string>): string {
  const clean = title
    .replace(/[:\\/?*[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  let name = clean.slice(0, SHEET_NAME_MAX).trim();
  for (let i = 2; used.has(name.toLowerCase()); i++) name = `${clean.slice(0, SHEET_NAME_MAX - String(i).length - 1).trim()} ${i}`;
  used.add(name.toLowerCase());
  return name;
}

function fileBase(t: Translate, key: string, report: Pick<ProgrammeReport, 'filter'>): string {
  return t(key, { from: report.filter.from, to: report.filter.to });
}

/** Internal and external files are told apart by name, before anyone opens them. */
const reportFileBase = (t: Translate, report: ProgrammeReport) =>
  fileBase(t, report.audience === 'external' ? 'reports.file.nameExternal' : 'reports.file.nameInternal', report);

/** The mark at the top of every sheet: internal (red: stays in the office) or external (blue). */
function addMark(ws: ExcelJS.Worksheet, t: Translate, report: ProgrammeReport): void {
  const external = report.audience === 'external';
  const row = ws.addRow([t(external ? 'reports.file.markExternal' : 'reports.file.markInternal')]);
  row.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  row.getCell(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: external ? 'FF1C5D99' : 'FFB3261E' } };
}

export async function reportXlsx(report: ProgrammeReport, language: Language): Promise<ReportFile> {
  const t = translator(language);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Växtkraft';
  wb.created = new Date(report.generatedAt);
  const used = new Set<string>();

  const about = wb.addWorksheet(sheetName(t('reports.file.aboutSheet'), used));
  addMark(about, t, report);
  about.addRow([t('reports.file.aboutTitle')]).font = { bold: true, size: 14 };
  about.addRow([t('reports.file.period'), `${report.filter.from} – ${report.filter.to}`]);
  about.addRow([t('reports.file.office'), report.filter.office ?? t('reports.filter.all')]);
  about.addRow([t('reports.file.advisor'), report.filter.advisor ?? t('reports.filter.all')]);
  about.addRow([t('reports.file.audience'), t(`reports.file.${report.audience}`)]);
  about.addRow([t('reports.file.generated'), report.generatedAt.slice(0, 16).replace('T', ' ')]);
  if (report.audience === 'external') about.addRow([t('reports.file.hiddenLegend')]);
  about.getColumn(1).width = 24;
  about.getColumn(2).width = 60;

  for (const table of report.tables) {
    const ws = wb.addWorksheet(sheetName(t(`reports.tables.${table.id}`), used));
    addMark(ws, t, report);
    const header = ws.addRow(tableHeader(t, table));
    header.font = { bold: true };
    for (const row of table.rows) ws.addRow([reportRowLabel(t, table.rowKind, row, municipalityName), ...row.cells.map((c) => c ?? '')]);
    ws.views = [{ state: 'frozen', ySplit: 2 }];
    ws.getColumn(1).width = 48;
    for (let i = 2; i <= table.columns.length + 1; i++) ws.getColumn(i).width = 16;
  }
  try {
    const buffer = await wb.xlsx.writeBuffer();
    return { fileName: `${reportFileBase(t, report)}.xlsx`, base64: Buffer.from(buffer).toString('base64') };
  } catch (e) {
    throw new AppError('report.exportFailed', { reason: e instanceof Error ? e.name : 'unknown' });
  }
}

export function reportCsv(report: ProgrammeReport, language: Language): ReportFile {
  const t = translator(language);
  const rows: CsvCell[][] = [['csvTable', 'csvRow', 'csvColumn', 'csvValue'].map((k) => t(`reports.file.${k}`))];
  for (const table of report.tables) {
    const title = t(`reports.tables.${table.id}`);
    for (const row of table.rows) {
      const label = reportRowLabel(t, table.rowKind, row, municipalityName);
      table.columns.forEach((column, i) => {
        const cell = row.cells[i] ?? null;
        rows.push([title, label, t(`reports.columns.${column}`), cell]);
      });
    }
  }
  const text = csvDocument(rows, language);
  return { fileName: `${reportFileBase(t, report)}.csv`, base64: Buffer.from(text, 'utf8').toString('base64') };
}

export async function exportReportXlsx(
  db: Kysely<Database>,
  input: ParsedInputOf<'reports.exportXlsx'>,
  deps: ServiceDeps = systemClock,
): Promise<ReportFile> {
  return reportXlsx(await programmeReport(db, { ...input.filter, audience: input.audience }, deps), input.language);
}

export async function exportReportCsv(
  db: Kysely<Database>,
  input: ParsedInputOf<'reports.exportCsv'>,
  deps: ServiceDeps = systemClock,
): Promise<ReportFile> {
  return reportCsv(await programmeReport(db, { ...input.filter, audience: input.audience }, deps), input.language);
}

/** Personal data, on explicit request only (the contract requires `confirmPersonalData: true`). */
export async function exportParticipantList(db: Kysely<Database>, input: ParsedInputOf<'reports.participantList'>): Promise<ReportFile> {
  const t = translator(input.language);
  const rows = await participantLines(db, input.filter);
  const header = [
    'participantName',
    'participantPersonnummer',
    'participantCompany',
    'participantStart',
    'participantEnd',
    'participantActivities',
    'participantHours',
  ].map((k) => t(`reports.file.${k}`));
  const lines = rows.map((r) => [r.name, r.personnummer, r.companyName, r.start, r.end, r.activities, r.hours]);
  const text = csvDocument([header, ...lines], input.language);
  return { fileName: `${fileBase(t, 'reports.file.participantsName', input)}.csv`, base64: Buffer.from(text, 'utf8').toString('base64') };
}
