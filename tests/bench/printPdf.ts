/**
 * How the print benchmarks time a PDF, for every document alike: a store seeded in a temp folder, the browser host over
 * it, and in Chromium the document's print view loaded, rendered and turned into an A4 PDF with page.pdf, as Electron's
 * printToPDF does it. The first run warms Chromium's caches; the median of the rest is the figure.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { printHash } from '@shared/api/printRoute';
import type { PrintDocument } from '@shared/api/printRoute';
import { pdfFooterTemplate } from '../../src-main/services/print';
import { startHost } from '../../src-main/host/server';
import { Session } from '../../src-main/store/session';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/harness';
import { median } from './common';

export const PRINT_PASSPHRASE = 'bench passphrase, long enough';

/** A new encrypted store in dataDir, filled by `fill` and closed again, so that the host can open it. */
export async function seedStore<T>(dataDir: string, fill: (session: Session) => Promise<T>): Promise<T> {
  const session = new Session({ dataDir, unlockMode: 'passphrase', systemLocale: 'sv-SE' });
  await session.create(PRINT_PASSPHRASE);
  try {
    return await fill(session);
  } finally {
    session.close();
  }
}

/**
 * The median milliseconds of `runs` PDFs of the document `seed` names (alternating Swedish and English), each from
 * navigation to the PDF's bytes. Keeps the first in PLAN_PDF_OUT=DIR as `keepAs`, to be looked at.
 */
export async function medianPdfMs(options: {
  prefix: string;
  runs: number;
  seed: (dataDir: string) => Promise<PrintDocument>;
  keepAs: string;
}): Promise<number> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), options.prefix));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  try {
    const doc = await options.seed(dataDir);
    const host = await startHost({ dataDir, port: 0, passphrase: PRINT_PASSPHRASE, systemLocale: 'sv-SE' });
    try {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      const page = await context.newPage();
      const times: number[] = [];
      for (let run = 0; run < options.runs + 1; run++) {
        const language = run % 2 ? 'en' : 'sv';
        const started = performance.now();
        await page.goto(`${host.url}${printHash({ ...doc, language })}`);
        await page.locator('body[data-print-ready="true"]').waitFor({ timeout: 30_000 });
        const pdf = await page.pdf({
          preferCSSPageSize: true,
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          footerTemplate: pdfFooterTemplate(language),
        });
        const ms = performance.now() - started;
        if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error('not a PDF');
        if (process.env.PLAN_PDF_OUT && run === 0) fs.writeFileSync(path.join(process.env.PLAN_PDF_OUT, options.keepAs), pdf);
        if (run > 0) times.push(ms);
        await page.goto('about:blank');
      }
      await context.close();
      return median(times);
    } finally {
      await host.close();
    }
  } finally {
    await browser.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
