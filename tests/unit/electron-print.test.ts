import { beforeEach, describe, expect, it, vi } from 'vitest';

const state = vi.hoisted(() => ({
  windows: [] as Array<{ options: Record<string, unknown>; url: string | null; destroyed: boolean; pdfOptions: unknown }>,
  ready: 'true' as string | null,
  dialogResult: { canceled: false, filePath: '/home/radgivare/plan.pdf' } as { canceled: boolean; filePath?: string },
  dialogCalls: [] as unknown[],
}));

vi.mock('electron', () => {
  class BrowserWindow {
    private readonly record: (typeof state.windows)[number];
    readonly webContents: { executeJavaScript(code: string): Promise<unknown>; printToPDF(o: unknown): Promise<Buffer> };
    constructor(options: Record<string, unknown>) {
      this.record = { options, url: null, destroyed: false, pdfOptions: null };
      state.windows.push(this.record);
      const record = this.record;
      this.webContents = {
        executeJavaScript: async () => state.ready,
        printToPDF: async (o: unknown) => {
          record.pdfOptions = o;
          return Buffer.from('%PDF-1.4 fake');
        },
      };
    }
    async loadURL(url: string) {
      this.record.url = url;
    }
    isDestroyed() {
      return this.record.destroyed;
    }
    destroy() {
      this.record.destroyed = true;
    }
  }
  return {
    BrowserWindow,
    dialog: {
      showSaveDialog: vi.fn(async (...args: unknown[]) => {
        state.dialogCalls.push(args);
        return state.dialogResult;
      }),
    },
  };
});

import { printPdf, withPrintChannel } from '../../src-main/app/print';
import { memoryLogger } from '../../src-main/log';

const COMPANY = '0190a000-0000-7000-8000-000000000001';

function deps(writes: Array<[string, Buffer]>) {
  return {
    startUrl: 'app://vaxtkraft/index.html',
    preloadPath: '/app/preload/index.cjs',
    parent: () => null,
    timeoutMs: 300,
    writeFile: async (p: string, d: Buffer) => {
      writes.push([p, d]);
    },
  };
}

beforeEach(() => {
  state.windows.length = 0;
  state.dialogCalls.length = 0;
  state.ready = 'true';
  state.dialogResult = { canceled: false, filePath: '/home/radgivare/plan.pdf' };
});

describe('print.pdf in Electron', () => {
  it('prints the print route in a hidden, sandboxed window to an A4 PDF with page numbers and saves it where chosen', async () => {
    const writes: Array<[string, Buffer]> = [];
    const r = await printPdf({ document: 'plan', companyId: COMPANY, language: 'sv' }, deps(writes));
    expect(r).toEqual({ saved: true, path: '/home/radgivare/plan.pdf' });
    const [win] = state.windows;
    expect(win!.url).toBe(`app://vaxtkraft/index.html#/print/plan/${COMPANY}/sv`);
    expect(win!.options).toMatchObject({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false } });
    expect(win!.pdfOptions).toMatchObject({ pageSize: 'A4', printBackground: true, displayHeaderFooter: true });
    expect(String((win!.pdfOptions as { footerTemplate: string }).footerTemplate)).toContain(
      'Sida <span class="pageNumber"></span> av <span class="totalPages"></span>',
    );
    expect(win!.destroyed).toBe(true);
    expect(writes.map(([p, d]) => [p, d.toString()])).toEqual([['/home/radgivare/plan.pdf', '%PDF-1.4 fake']]);
    expect(state.dialogCalls[0]).toEqual([expect.objectContaining({ defaultPath: 'utvecklingsplan.pdf' })]);
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    state.dialogResult = { canceled: true };
    const writes: Array<[string, Buffer]> = [];
    expect(await printPdf({ document: 'plan', companyId: COMPANY, language: 'en' }, deps(writes))).toEqual({ saved: false, path: null });
    expect(writes).toEqual([]);
    expect(String((state.windows[0]!.pdfOptions as { footerTemplate: string }).footerTemplate)).toContain(
      'Page <span class="pageNumber"></span> of',
    );
  });

  it('prints the attendance sheet of a month and the de minimis certificate by their routes, with their own file names', async () => {
    const writes: Array<[string, Buffer]> = [];
    await printPdf({ document: 'attendance', companyId: COMPANY, month: '2026-11', language: 'sv' }, deps(writes));
    await printPdf({ document: 'deMinimis', companyId: COMPANY, language: 'en' }, deps(writes));
    expect(state.windows.map((w) => w.url)).toEqual([
      `app://vaxtkraft/index.html#/print/attendance/${COMPANY}/2026-11/sv`,
      `app://vaxtkraft/index.html#/print/deMinimis/${COMPANY}/en`,
    ]);
    expect(state.windows.every((w) => w.destroyed)).toBe(true);
    expect(state.dialogCalls).toEqual([
      [expect.objectContaining({ defaultPath: 'narvarolista-2026-11.pdf' })],
      [expect.objectContaining({ defaultPath: 'de-minimis-certificate.pdf' })],
    ]);
    expect(String((state.windows[1]!.pdfOptions as { footerTemplate: string }).footerTemplate)).toContain('Page <span class="pageNumber">');
  });

  it('answers the channel itself, after the router has accepted the document, and reports failures as print.failed', async () => {
    const writes: Array<[string, Buffer]> = [];
    const inner = {
      handle: vi.fn(async (channel: string) =>
        ['plans.get', 'print.attendanceSheet', 'print.deMinimisCertificate'].includes(channel)
          ? { ok: true as const, value: {} }
          : { ok: true as const, value: 'other' },
      ),
    };
    const logger = memoryLogger();
    const router = withPrintChannel(inner, { ...deps(writes), logger });
    expect(await router.handle('companies.list', {})).toEqual({ ok: true, value: 'other' });
    const saved = { ok: true, value: { saved: true, path: '/home/radgivare/plan.pdf' } };
    for (const doc of [
      { document: 'plan', companyId: COMPANY, language: 'en' },
      { document: 'attendance', companyId: COMPANY, month: '2026-02', language: 'sv' },
      { document: 'deMinimis', companyId: COMPANY, language: 'sv' },
    ]) {
      expect(await router.handle('print.pdf', doc)).toEqual(saved);
    }
    // Each document's own data channel is asked first: the router's refusals (locked, unknown company) apply.
    expect(inner.handle.mock.calls.slice(1)).toEqual([
      ['plans.get', { companyId: COMPANY }],
      ['print.attendanceSheet', { companyId: COMPANY, month: '2026-02' }],
      ['print.deMinimisCertificate', { companyId: COMPANY }],
    ]);

    const windows = state.windows.length;
    for (const invalid of [
      { companyId: COMPANY, language: 'en' },
      { document: 'plan', companyId: 'nope', language: 'en' },
      { document: 'plan', companyId: COMPANY, language: 'de' },
      { document: 'attendance', companyId: COMPANY, language: 'sv' },
      { document: 'attendance', companyId: COMPANY, month: '2026-13', language: 'sv' },
      { document: 'report', companyId: COMPANY, language: 'sv' },
      { document: 'deMinimis', companyId: COMPANY, language: 'sv', path: '/etc/passwd' },
    ]) {
      const r = await router.handle('print.pdf', invalid);
      expect(r.ok === false && r.error.code, JSON.stringify(invalid)).toBe('validation');
    }
    expect(state.windows.length).toBe(windows);

    state.ready = null;
    const before = state.windows.length;
    const failed = await router.handle('print.pdf', { document: 'attendance', companyId: COMPANY, month: '2026-11', language: 'en' });
    expect(failed).toEqual({ ok: false, error: { code: 'print.failed' } });
    expect(state.windows[before]!.destroyed).toBe(true);
    expect(logger.entries.map((e) => [e.event, e.fields?.['document']])).toEqual([['print.pdfFailed', 'attendance']]);

    const locked = withPrintChannel({ handle: async () => ({ ok: false as const, error: { code: 'store.locked' } }) }, deps(writes));
    for (const document of ['plan', 'deMinimis'] as const) {
      expect(await locked.handle('print.pdf', { document, companyId: COMPANY, language: 'en' })).toEqual({
        ok: false,
        error: { code: 'store.locked' },
      });
    }
    expect(state.windows.length).toBe(before + 1);
  });
});
