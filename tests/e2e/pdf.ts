import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { printHash } from '@shared/api/printRoute';
import type { PrintDocument } from '@shared/api/printRoute';
import { pdfFooterTemplate } from '../../src-main/services/print';

/** Reading printed documents back in the e2e tests: the PDF as Electron makes it, its text, its fonts. */

const run = promisify(execFile);

/** A document's print view as a PDF, the way Electron makes it (A4 from the CSS, the translated page footer). */
export async function printDocumentPdf(page: Page, hostUrl: string, doc: PrintDocument, language: 'sv' | 'en'): Promise<Buffer> {
  await page.goto(`${hostUrl}${printHash({ ...doc, language })}`);
  await page.locator('body[data-print-ready="true"]').waitFor({ timeout: 30_000 });
  return page.pdf({
    preferCSSPageSize: true,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: pdfFooterTemplate(language),
  });
}

/**
 * The PDF's text in reading order (pdftotext without -layout, so that side-by-side blocks and table cells are not
 * interleaved line by line) with every run of white space as one space, so that a wrapped phrase still matches.
 */
export async function pdfFlatText(file: string): Promise<string> {
  const { stdout } = await run('pdftotext', [file, '-']);
  return stdout.replace(/\s+/g, ' ');
}

/** The fonts pdffonts lists that are not embedded (the `emb` column, fifth from the end of each row). */
export async function fontsNotEmbedded(file: string): Promise<string[]> {
  const { stdout } = await run('pdffonts', [file]);
  const rows = stdout
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '');
  return rows.filter((row) => row.trim().split(/\s+/).at(-5) !== 'yes');
}

/** Page images to look at: `<prefix>-1.png`, … at a low resolution. */
export async function pageImages(file: string, prefix: string): Promise<void> {
  await run('pdftoppm', ['-png', '-r', '60', file, prefix]);
}
