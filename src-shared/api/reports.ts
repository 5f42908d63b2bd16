import { z } from 'zod';
import { channel } from './contract';
import { isoDate } from './fields';
import { LANGUAGES } from '../i18n/languages';
import type { CompanyStatus } from '../domain/company';
import { sniEntry } from '../domain/sni';
import type { RoundKind } from './assessments';
import type { ActivityStatus } from './plans';

/**
 * Programme follow-up (issue 7): the advisor's overview and the programme report with its exports. The report is a
 * list of tables (one sheet each in the XLSX); every cell is a number, or "<5" where a figure about fewer than
 * SMALL_CELL_LIMIT people is hidden in a report that leaves the office.
 */

export const SMALL_CELL_LIMIT = 5;
export const SUPPRESSED = '<5' as const;
/** A count hidden in a report that leaves the office so that no "<5" can be worked out from the totals (issue 14). */
export const HIDDEN = '..' as const;
/** Activities starting this soon (or already overdue) appear on the overview. */
export const ACTIVITY_WINDOW_DAYS = 14;

export const AUDIENCES = ['internal', 'external'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const REPORT_TABLE_IDS = [
  'summary',
  'companyEvents',
  'companiesByMunicipality',
  'byCounty',
  'companiesBySize',
  'companiesBySection2007',
  'companiesBySection2025',
  'participantsByGender',
  'participantsByAgeBand',
  'participantsByEducation',
  'participantsByEmployment',
  'participantsByForeignBackground',
  'participantsByThirdCountry',
  'participantsByDisability',
  'hoursByGender',
  'actualHoursByGender',
  'activitiesByType',
  'activitiesByProviderKind',
  'accessibility',
  'resultsAtExit',
  'resultsAfterSixMonths',
  'advisorTime',
  'advisorHoursByKind',
  'advisorHoursByOffice',
  'advisorHoursByAdvisor',
  'advisorHoursByCompany',
  'progressTotal',
  'progressByCompany',
] as const;
export type ReportTableId = (typeof REPORT_TABLE_IDS)[number];

/** How a row's key is labelled: each kind is translated by the renderer and the exports. */
export const ROW_KINDS = [
  'measure',
  'status',
  'municipality',
  'county',
  'sizeClass',
  'sni2007Section',
  'sni2025Section',
  'gender',
  'ageBand',
  'education',
  'employment',
  'yesNo',
  'activityType',
  'providerKind',
  'company',
  'contactKind',
  'office',
  'advisor',
  'participantResult',
] as const;
export type RowKind = (typeof ROW_KINDS)[number];

export const REPORT_COLUMNS = [
  'value',
  'companies',
  'participants',
  'total',
  'woman',
  'man',
  'non_binary',
  'not_stated',
  'participantHours',
  'hoursPerParticipant',
  'activities',
  'hours',
  'costSek',
  'baselineScore',
  'latestScore',
  'scoreChange',
  'baselineGap',
  'latestGap',
  'gapChange',
  'goalsSet',
  'goalsMet',
  'contacts',
  'advisorHours',
  'plannedHours',
  'actualHours',
  'actualHoursPerParticipant',
] as const;
export type ReportColumn = (typeof REPORT_COLUMNS)[number];

export type ReportCell = number | null | typeof SUPPRESSED | typeof HIDDEN;

export interface ReportRow {
  /** A category code ('woman', '1880', 'C', 'course', 'not_stated', …), an office or advisor as recorded, or a company id. */
  key: string;
  /** Only for 'company' rows (internal reports): the company's name. */
  label: string | null;
  cells: ReportCell[];
}

export interface ReportTable {
  id: ReportTableId;
  rowKind: RowKind;
  columns: ReportColumn[];
  rows: ReportRow[];
}

const optionalName = z
  .string()
  .trim()
  .max(200, { error: 'tooLong' })
  .nullable()
  .optional()
  .transform((v) => (v === undefined || v === null || v === '' ? null : v));

/** A period ending before it starts is refused by the service with `report.periodReversed`. */
export const reportFilterSchema = z.strictObject({
  from: isoDate,
  to: isoDate,
  /** Exact office / advisor as recorded on the companies; absent or empty: all. */
  office: optionalName,
  advisor: optionalName,
});
export type ReportFilterInput = z.input<typeof reportFilterSchema>;
export type ReportFilter = z.output<typeof reportFilterSchema>;

const audienceField = z.enum(AUDIENCES, { error: 'choice' });
const languageField = z.enum(LANGUAGES, { error: 'choice' });

export interface ProgrammeReport {
  filter: ReportFilter;
  audience: Audience;
  generatedAt: string;
  tables: ReportTable[];
  /** Every office and advisor recorded on a company, for the filter choices. */
  offices: string[];
  advisors: string[];
}

export interface OverviewCompanyRef {
  companyId: string;
  companyName: string;
  advisor: string | null;
}

export interface OverviewFollowUp extends OverviewCompanyRef {
  nextFollowUp: string;
  daysLeft: number;
  overdue: boolean;
}

export interface OverviewRound extends OverviewCompanyRef {
  roundId: string;
  kind: RoundKind;
  date: string;
}

export interface OverviewActivity extends OverviewCompanyRef {
  activityId: string;
  title: string;
  status: ActivityStatus;
  plannedStart: string | null;
  plannedEnd: string | null;
  /** 'overdue': the planned end has passed and it is not done or cancelled; 'soon': starts within the window. */
  state: 'overdue' | 'soon';
}

export interface Overview {
  today: string;
  companiesByStatus: Record<CompanyStatus, number>;
  dueForFollowUp: OverviewFollowUp[];
  roundsInProgress: OverviewRound[];
  activities: OverviewActivity[];
}

export interface ReportFile {
  fileName: string;
  /** base64 of the file's bytes. */
  base64: string;
}

const exportInput = z.strictObject({ filter: reportFilterSchema, language: languageField, audience: audienceField });

export const reportsApi = {
  'overview.get': channel<Overview>()(z.strictObject({})),
  'reports.programme': channel<ProgrammeReport>()(reportFilterSchema.extend({ audience: audienceField.default('internal') })),
  'reports.exportXlsx': channel<ReportFile>()(exportInput),
  'reports.exportCsv': channel<ReportFile>()(exportInput),
  /** Personal data: names with start and end dates, for the monthly participant reporting. Only on explicit request. */
  'reports.participantList': channel<ReportFile>()(
    z.strictObject({
      filter: reportFilterSchema,
      language: languageField,
      confirmPersonalData: z.literal(true, { error: 'report.confirmPersonalData' }),
    }),
  ),
};

/** A translate function (i18next's `t`, loosely typed so that both main and the renderer can pass theirs). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The label of a report row in the user's language (the same in the screen and in every export). */
export function reportRowLabel(
  t: Translate,
  kind: RowKind,
  row: Pick<ReportRow, 'key' | 'label'>,
  municipalityName: (code: string) => string | undefined,
): string {
  const { key } = row;
  if (kind === 'company') return row.label ?? key;
  if (key === 'not_stated') return t('reports.rows.not_stated');
  // Offices and advisors are named as recorded; kinds of contact as the contact log names them.
  if (kind === 'office' || kind === 'advisor') return key;
  if (kind === 'contactKind') return t(`contacts.kind.${key}`);
  if (kind === 'county') return t(`reports.rows.county.${key}`);
  if (kind === 'municipality') return key === 'other' ? t('reports.rows.other') : (municipalityName(key) ?? key);
  if (kind === 'sni2007Section' || kind === 'sni2025Section') {
    // "Avdelning J: Informations- och kommunikationsverksamhet", the name in the language the locale names.
    const e = sniEntry(key, kind === 'sni2007Section' ? '2007' : '2025');
    const name = e ? (t('reports.rows.sniNames') === 'sv' ? e.sv : e.en) : '';
    return t('reports.rows.sniSection', { code: key, name });
  }
  if (kind === 'providerKind' && key === 'none') return t('reports.rows.none');
  // The ESF+ results in the words of the participant's panel; their totals in the report's own.
  if (kind === 'participantResult' && key !== 'exited' && key !== 'followedUp') return t(`participation.panel.${key}`);
  return t(`reports.rows.${kind}.${key}`);
}
