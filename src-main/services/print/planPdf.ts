import { createI18n } from '@shared/i18n';
import type { Language } from '@shared/i18n';

/**
 * How the plan's print view becomes a PDF, shared by Electron (webContents.printToPDF) and the tests and bench
 * (Chromium's page.pdf): A4 from the print CSS, backgrounds printed, and a translated "Page X of Y" footer that
 * Chromium fills in (its `pageNumber` and `totalPages` classes).
 */
export function pdfFooterTemplate(language: Language): string {
  const t = createI18n(language).t;
  const text = t('plans.print.pageOf', { page: '<span class="pageNumber"></span>', total: '<span class="totalPages"></span>' });
  return `<div style="width:100%;font-size:8px;font-family:sans-serif;color:#555;text-align:center;">${text}</div>`;
}
