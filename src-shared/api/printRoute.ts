import { LANGUAGES } from '../i18n/languages';
import type { Language } from '../i18n/languages';

/**
 * The plan's print view, as a hash route of the renderer: `#/print/plan/<companyId>/<language>`, with `/print` after
 * it to open the browser's print dialog at once. Main loads it in a hidden window to make the PDF, the renderer
 * parses it, the tests and the bench open it: all through these two functions.
 */
export interface PrintPlanRoute {
  companyId: string;
  language: Language;
  /** Open the print dialog as soon as the view is ready (the browser host's way to print). */
  auto?: boolean;
}

export function printPlanHash(route: PrintPlanRoute): string {
  return `#/print/plan/${encodeURIComponent(route.companyId)}/${route.language}${route.auto ? '/print' : ''}`;
}

const isLanguage = (value: string | undefined): value is Language => LANGUAGES.some((l) => l === value);

/** The route a hash names, or null when it is not the print view. */
export function parsePrintPlanHash(hash: string): PrintPlanRoute | null {
  const [print, plan, companyId, language, auto] = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (print !== 'print' || plan !== 'plan' || !companyId || !isLanguage(language)) return null;
  return { companyId: decodeURIComponent(companyId), language, auto: auto === 'print' };
}
