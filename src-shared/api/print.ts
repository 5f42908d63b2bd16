import { z } from 'zod';
import { channel } from './contract';
import { id } from './fields';
import { MONTH_PATTERN } from './printRoute';
import { LANGUAGES } from '../i18n/languages';

/**
 * The printed documents (issue 13): the PDF itself (Electron only), and the data of the documents that the plan does
 * not already read through its own channels. What these return is what is printed: no internal notes, no follow-up
 * details (gender etc.), nothing of another company.
 */

const languageField = z.enum(LANGUAGES, { error: 'choice' });
export const monthField = z.string().regex(MONTH_PATTERN, { error: 'invalid' });

/** Which document to print, and in which language: the same union as the print route's. */
export const printDocumentSchema = z.discriminatedUnion('document', [
  z.strictObject({ document: z.literal('plan'), companyId: id, language: languageField }),
  z.strictObject({ document: z.literal('attendance'), companyId: id, month: monthField, language: languageField }),
  z.strictObject({ document: z.literal('deMinimis'), companyId: id, language: languageField }),
  z.strictObject({ document: z.literal('passport'), personId: id, language: languageField }),
  z.strictObject({ document: z.literal('personData'), personId: id, language: languageField }),
  z.strictObject({ document: z.literal('businessCheck'), roundId: id, language: languageField }),
]);
export type PrintDocumentInput = z.output<typeof printDocumentSchema>;

export interface AttendanceSheetSession {
  id: string;
  date: string;
  hours: number;
}

export interface AttendanceSheetParticipant {
  personId: string;
  name: string;
  /** Hours per session of the activity, in the sessions' order; null where the person did not attend. */
  hours: Array<number | null>;
  totalHours: number;
}

export interface AttendanceSheetActivity {
  id: string;
  title: string;
  sessions: AttendanceSheetSession[];
  participants: AttendanceSheetParticipant[];
}

/** The monthly attendance sheet: the activities with sessions in the month, their sessions and participants. */
export interface AttendanceSheet {
  companyId: string;
  companyName: string;
  /** Masked (`******-NNNN`) when it is a personnummer, as the plan prints it. */
  orgNumber: string;
  month: string;
  activities: AttendanceSheetActivity[];
}

/** One grant of de minimis aid by the programme: its date, what it was, and its value (null without the rates in Settings). */
export interface DeMinimisGrant {
  date: string;
  kind: 'advice' | 'activity';
  /** The activity's title; null for advice (the advisor's time). */
  title: string | null;
  amountSek: number | null;
  amountEur: number | null;
}

/** The de minimis certificate: the aid this programme granted the company, as the company must keep and declare it. */
export interface DeMinimisCertificate {
  companyId: string;
  companyName: string;
  /** Null when the number is a personnummer: the certificate then does not print it at all. */
  orgNumber: string | null;
  /** The granting office, from Settings (null when not set). */
  office: string | null;
  /** The day the certificate is made (the office's today): the end of the three years it covers. */
  issuedOn: string;
  windowStart: string;
  /** SEK per EUR used for the conversion (null when not set). */
  eurRate: number | null;
  grants: DeMinimisGrant[];
  totalSek: number | null;
  totalEur: number | null;
}

const companyMonth = z.strictObject({ companyId: id, month: monthField });

export const printApi = {
  /** Electron only: prints a document's print view to a PDF and saves it where the user chooses. */
  'print.pdf': channel<{ saved: boolean; path: string | null }>()(printDocumentSchema),
  'print.attendanceSheet': channel<AttendanceSheet>()(companyMonth),
  'print.deMinimisCertificate': channel<DeMinimisCertificate>()(z.strictObject({ companyId: id })),
};
