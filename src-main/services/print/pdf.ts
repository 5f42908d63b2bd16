import { createI18n } from '@shared/i18n';
import type { Language } from '@shared/i18n';
import type { PrintDocumentInput } from '@shared/api/print';

/**
 * How a document's print view becomes a PDF, shared by Electron (webContents.printToPDF) and the tests and bench
 * (Chromium's page.pdf): A4 from the print CSS, backgrounds printed, and a translated "Page X of Y" footer that
 * Chromium fills in (its `pageNumber` and `totalPages` classes).
 */
export function pdfFooterTemplate(language: Language): string {
  const t = createI18n(language).t;
  const text = t('print.pageOf', { page: '<span class="pageNumber"></span>', total: '<span class="totalPages"></span>' });
  return `<div style="width:100%;font-size:8px;font-family:sans-serif;color:#555;text-align:center;">${text}</div>`;
}

/** The name the save dialog proposes, in the document's language: `utvecklingsplan.pdf`, `narvarolista-2026-11.pdf`, … */
export function pdfFileName(input: PrintDocumentInput): string {
  const t = createI18n(input.language).t;
  switch (input.document) {
    case 'plan':
      return `${t('plans.csv.fileName')}.pdf`;
    case 'attendance':
      return `${t('print.attendance.fileName')}-${input.month}.pdf`;
    case 'deMinimis':
      return `${t('print.deMinimis.fileName')}.pdf`;
    case 'passport':
      return `${t('passport.json.fileName')}.pdf`;
    case 'businessCheck':
      return `${t('businessCheck.fileName')}.pdf`;
    case 'personData':
      return `${t('rights.print.fileName')}.pdf`;
  }
}
