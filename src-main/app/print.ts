import fs from 'node:fs/promises';
import { BrowserWindow, dialog } from 'electron';
import { api, failure } from '@shared/api';
import { printHash } from '@shared/api/printRoute';
import type { Result } from '@shared/api';
import type { PrintDocumentInput } from '@shared/api/print';
import type { Router } from '../ipc/router';
import { toFieldIssues } from '../ipc/router';
import type { Logger } from '../log';
import { nullLogger } from '../log';
import { pdfFileName, pdfFooterTemplate } from '../services/print';
import { windowOptions } from './window';

/**
 * `print.pdf` in Electron: a document's print view (the plan, the attendance sheet, the de minimis certificate) in a
 * hidden window with the app's own secure preferences, printed with webContents.printToPDF once it says it is ready,
 * then saved where the user chooses.
 */

export interface PrintDeps {
  /** The renderer's start URL (app://vaxtkraft/index.html, or the dev server's). */
  startUrl: string;
  preloadPath: string;
  /** The window the save dialog belongs to. */
  parent: () => BrowserWindow | null;
  logger?: Logger;
  /** How long the print view may take to render. */
  timeoutMs?: number;
  writeFile?: (path: string, data: Buffer) => Promise<void>;
}

const POLL_MS = 100;

async function waitForReady(win: BrowserWindow, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state: unknown = await win.webContents.executeJavaScript('document.body.dataset.printReady ?? null', true);
    if (state === 'true') return;
    if (Date.now() > deadline) throw new Error('print view not ready');
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

export async function printPdf(input: PrintDocumentInput, deps: PrintDeps): Promise<{ saved: boolean; path: string | null }> {
  const win = new BrowserWindow({ ...windowOptions(deps.preloadPath), show: false, width: 900, height: 1200 });
  let pdf: Buffer;
  try {
    await win.loadURL(`${deps.startUrl.split('#')[0]}${printHash(input)}`);
    await waitForReady(win, deps.timeoutMs ?? 30_000);
    pdf = await win.webContents.printToPDF({
      pageSize: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: pdfFooterTemplate(input.language),
    });
  } finally {
    if (!win.isDestroyed()) win.destroy();
  }
  const options = {
    defaultPath: pdfFileName(input),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  };
  const parent = deps.parent();
  const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { saved: false, path: null };
  await (deps.writeFile ?? ((p, d) => fs.writeFile(p, d)))(choice.filePath, pdf);
  return { saved: true, path: choice.filePath };
}

/**
 * The channel each document's own data comes through: asked first, through the router, so that a locked store,
 * self-assessment mode, an unknown company or a bad month refuse as usual before any window opens.
 */
function accessCheck(input: PrintDocumentInput): { channel: string; input: unknown } {
  switch (input.document) {
    case 'plan':
      return { channel: 'plans.get', input: { companyId: input.companyId } };
    case 'attendance':
      return { channel: 'print.attendanceSheet', input: { companyId: input.companyId, month: input.month } };
    case 'deMinimis':
      return { channel: 'print.deMinimisCertificate', input: { companyId: input.companyId } };
    case 'passport':
      // Refuses without the person's consent (passport.noConsent) before any window opens.
      return { channel: 'passport.get', input: { personId: input.personId } };
    case 'businessCheck':
      // Refuses an open round (assessment.roundNotCompleted) before any window opens.
      return { channel: 'print.businessCheck', input: { roundId: input.roundId } };
    case 'personData':
      // Refuses an unknown person before any window opens; the view's own call is the one logged as an export.
      return { channel: 'rights.personData', input: { personId: input.personId, logged: false } };
  }
}

/** The router with `print.pdf` answered here (the shared handler only says "desktop only"). */
export function withPrintChannel(router: Router, deps: PrintDeps): Router {
  const logger = deps.logger ?? nullLogger;
  return {
    async handle(channel, input): Promise<Result<unknown>> {
      if (channel !== 'print.pdf') return router.handle(channel, input);
      const parsed = api['print.pdf'].input.safeParse(input);
      if (!parsed.success) return failure('validation', { issues: toFieldIssues(parsed.error) });
      const check = accessCheck(parsed.data);
      const allowed = await router.handle(check.channel, check.input);
      if (!allowed.ok) return allowed;
      try {
        return { ok: true, value: await printPdf(parsed.data, deps) };
      } catch (error) {
        logger.error('print.pdfFailed', {
          document: parsed.data.document,
          errorClass: error instanceof Error ? error.constructor.name : typeof error,
        });
        return failure('print.failed');
      }
    },
  };
}
