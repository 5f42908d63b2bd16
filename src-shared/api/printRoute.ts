import { LANGUAGES } from '../i18n/languages';
import type { Language } from '../i18n/languages';

/**
 * The printed documents, as hash routes of the renderer:
 *   `#/print/plan/<companyId>/<language>`
 *   `#/print/attendance/<companyId>/<YYYY-MM>/<language>`
 *   `#/print/deMinimis/<companyId>/<language>`
 *   `#/print/passport/<personId>/<language>` (a person's own document: the segment names the person)
 *   `#/print/businessCheck/<roundId>/<language>` (a completed situation assessment: the segment names the round)
 *   `#/print/personData/<personId>/<language>` (what the register holds about a person, GDPR art. 15)
 * each with `/print` after it to open the browser's print dialog at once. Main loads one in a hidden window to make
 * the PDF, the renderer parses it, the tests and the bench open it: all through printHash and parsePrintHash.
 */
export const PRINT_DOCUMENTS = ['plan', 'attendance', 'deMinimis', 'passport', 'personData', 'businessCheck'] as const;
export type PrintDocumentKind = (typeof PRINT_DOCUMENTS)[number];

/** Which document of which company (and, for the attendance sheet, which month). */
export type PrintDocument =
  | { document: 'plan'; companyId: string }
  | { document: 'attendance'; companyId: string; month: string }
  | { document: 'deMinimis'; companyId: string }
  | { document: 'passport'; personId: string }
  | { document: 'personData'; personId: string }
  | { document: 'businessCheck'; roundId: string };

export type PrintRoute = PrintDocument & {
  language: Language;
  /** Open the print dialog as soon as the view is ready (the browser host's way to print). */
  auto?: boolean;
};

/** A calendar month `YYYY-MM`, month 01 to 12. */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The id the route's third segment names: the person (passport, person data), the round (business check), else the company. */
function subjectOf(route: PrintDocument): string {
  if (route.document === 'passport' || route.document === 'personData') return route.personId;
  if (route.document === 'businessCheck') return route.roundId;
  return route.companyId;
}

export function printHash(route: PrintRoute): string {
  const parts = ['#/print', route.document, encodeURIComponent(subjectOf(route))];
  if (route.document === 'attendance') parts.push(route.month);
  parts.push(route.language);
  if (route.auto) parts.push('print');
  return parts.join('/');
}

const isLanguage = (value: string | undefined): value is Language => LANGUAGES.some((l) => l === value);
const isDocument = (value: string | undefined): value is PrintDocumentKind => PRINT_DOCUMENTS.some((d) => d === value);

function decoded(segment: string | undefined): string | null {
  if (!segment) return null;
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** The route a hash names, or null when it is not a print view (an unknown document, month or language, a stray segment). */
export function parsePrintHash(hash: string): PrintRoute | null {
  const [print, document, rawCompany, ...rest] = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const companyId = decoded(rawCompany);
  if (print !== 'print' || !isDocument(document) || !companyId) return null;
  const month = document === 'attendance' ? rest.shift() : undefined;
  const [language, auto, ...extra] = rest;
  if (!isLanguage(language) || (auto !== undefined && auto !== 'print') || extra.length > 0) return null;
  const options = { language, auto: auto === 'print' };
  if (document === 'passport' || document === 'personData') return { document, personId: companyId, ...options };
  if (document === 'businessCheck') return { document, roundId: companyId, ...options };
  if (document !== 'attendance') return { document, companyId, ...options };
  return month && MONTH_PATTERN.test(month) ? { document, companyId, month, ...options } : null;
}

/** The plan's route as it always was (the plan's tests, e2e and bench name it so). */
export type PrintPlanRoute = { companyId: string; language: Language; auto?: boolean };

export function printPlanHash(route: PrintPlanRoute): string {
  return printHash({ document: 'plan', ...route });
}

export function parsePrintPlanHash(hash: string): PrintPlanRoute | null {
  const route = parsePrintHash(hash);
  if (route?.document !== 'plan') return null;
  const { document: _plan, ...rest } = route;
  return rest;
}
