import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { launchBrowser, ROOT } from '../e2e/harness';
import { openWindowPage, pdfOptions, toAppUrl, toPageUrl, wireContext } from './pages';
import type { WindowRecord } from './pages';
import type { MenuShape } from './stand-in/menu';
import { Rpc } from './rpc';
import type { Message } from './rpc';

export { ROOT };
export const MAIN_BUNDLE = join(ROOT, 'out', 'main', 'index.js');
export const PRELOAD_BUNDLE = join(ROOT, 'out', 'preload', 'index.cjs');
const BOOT = join(ROOT, 'tests', 'electron', 'stand-in', 'boot.mjs');

export interface LaunchOptions {
  /** The fake user's home: its config folder holds the app's data, plus the fake keychain and the instance lock. */
  home: string;
  /** `keychain`: an OS keychain; `basic_text`: Linux without one (passphrase mode); `unavailable`: no safeStorage. */
  safeStorage?: 'keychain' | 'basic_text' | 'unavailable';
  locale?: string;
  /** As `app.isPackaged`; true by default, so the released code path runs (no dev server, no dev menu). */
  packaged?: boolean;
  mainBundle?: string;
  appPath?: string;
  /** More environment for the main process (e.g. ELECTRON_RENDERER_URL). */
  env?: Record<string, string>;
}

export interface Entry {
  kind: string;
  detail: Record<string, unknown>;
}

type DialogAnswer = Record<string, unknown>;

/** One run of the built main process in its own Node process, with its windows as pages of the shared Chromium. */
export class AppRun {
  readonly records: Entry[] = [];
  readonly windows = new Map<number, WindowRecord>();
  readonly exited: Promise<number | null>;
  output = '';
  private readonly opening = new Map<number, Promise<WindowRecord>>();
  private readonly dialogAnswers = new Map<string, DialogAnswer[]>();
  private readonly waiters: (() => void)[] = [];

  constructor(
    readonly child: ChildProcess,
    readonly rpc: Rpc,
    private readonly context: BrowserContext,
    onSecondInstance: (holder: number, args: unknown) => void,
  ) {
    const collect = (chunk: Buffer) => (this.output += chunk.toString('utf8'));
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    void this.exited.then(() => rpc.failPending('the app has exited'));
    rpc.handle<Entry>('record', (entry) => this.record(entry.kind, entry.detail));
    rpc.handle<{ code: number }>('app.exit', ({ code }) => this.record('app.exit', { code }));
    rpc.handle<{ holder: number }>('app.secondInstance', (args) => onSecondInstance(args.holder, args));
    rpc.handle<{ id: number; options: Record<string, unknown> }>('window.create', ({ id, options }) => {
      this.record('window.create', { id, options });
      const opening = openWindowPage(context, id, options, rpc, (k, d) => this.record(k, d)).then((page) => {
        page.on('download', (download) => void this.download(id, download));
        const window = { id, options, page, mainNavigation: false, closed: false };
        this.windows.set(id, window);
        return window;
      });
      this.opening.set(id, opening);
    });
    rpc.handle<{ id: number; url: string }>('window.load', async ({ id, url }) => {
      const window = await this.window(id);
      window.mainNavigation = true;
      await window.page.goto(toPageUrl(url), { waitUntil: 'load' }).finally(() => (window.mainNavigation = false));
      this.record('window.loaded', { id, url });
    });
    rpc.handle<{ id: number }>('window.reload', async ({ id }) => {
      const window = await this.window(id);
      window.mainNavigation = true;
      await window.page.reload({ waitUntil: 'load' }).finally(() => (window.mainNavigation = false));
    });
    rpc.handle<{ id: number; code: string }>('window.evaluate', async ({ id, code }) => (await this.window(id)).page.evaluate(code));
    rpc.handle<{ id: number; options: Record<string, unknown> }>('window.pdf', async ({ id, options }) => {
      return new Uint8Array(await (await this.window(id)).page.pdf(pdfOptions(options)));
    });
    rpc.handle<{ id: number }>('window.close', async ({ id }) => {
      const window = await this.window(id);
      window.closed = true;
      await window.page.close();
    });
    rpc.handle<{ kind: string; options: Record<string, unknown> }>('dialog', ({ kind, options }) => this.dialog(kind, options));
  }

  /** A dialog main shows: the next scripted answer of its kind, or cancel. */
  private dialog(kind: string, options: Record<string, unknown>): DialogAnswer {
    const answer = this.dialogAnswers.get(kind)?.shift();
    this.record(`dialog.${kind}`, { options, answered: answer !== undefined });
    if (answer) return answer;
    return kind === 'showMessageBox' ? { response: 0, checkboxChecked: false } : { canceled: true, filePaths: [], filePath: '' };
  }

  /**
   * A download the page starts goes through the session's will-download, as in Electron: refused, saved where
   * main said, or (no path set) saved where the save dialog, opened with main's options, answers.
   */
  private async download(id: number, download: Download): Promise<void> {
    const url = toAppUrl(download.url()) ?? download.url();
    const filename = download.suggestedFilename();
    const decision = await this.rpc.call<{ prevented: boolean; savePath: string | null; saveDialogOptions: Record<string, unknown> }>(
      'session.willDownload',
      { windowId: id, url, filename },
    );
    this.record('download', { id, url, filename, ...decision });
    const target = decision.prevented
      ? null
      : (decision.savePath ??
        (this.dialog('showSaveDialog', { defaultPath: filename, ...decision.saveDialogOptions })['filePath'] as string));
    if (!target) return download.cancel();
    await download.saveAs(target);
    this.record('download.saved', { id, path: target });
  }

  record(kind: string, detail: Record<string, unknown>): void {
    this.records.push({ kind, detail });
    for (const wake of this.waiters.splice(0)) wake();
  }

  /** Records of one kind, in order. */
  all(kind: string): Record<string, unknown>[] {
    return this.records.filter((e) => e.kind === kind).map((e) => e.detail);
  }

  /** The first record of this kind that matches, waiting for it if need be. */
  async waitFor(kind: string, match: (detail: Record<string, unknown>) => boolean = () => true, timeoutMs = 30_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const hit = this.records.find((e) => e.kind === kind && match(e.detail));
      if (hit) return hit.detail;
      if (Date.now() > deadline) throw new Error(`no ${kind} record within ${timeoutMs} ms; output:\n${this.output}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 250);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  async window(id: number): Promise<WindowRecord> {
    await this.waitFor('window.create', (d) => d['id'] === id);
    const opening = this.opening.get(id);
    if (!opening) throw new Error(`no window ${id}`);
    return opening;
  }

  async page(id = 1): Promise<Page> {
    return (await this.window(id)).page;
  }

  /** The answer the next dialog of this kind gets (showSaveDialog, showOpenDialog, showMessageBox). */
  answerDialog(kind: string, answer: DialogAnswer): void {
    this.dialogAnswers.set(kind, [...(this.dialogAnswers.get(kind) ?? []), answer]);
  }

  /** The application menu as last set, as plain data. */
  menu(): MenuShape[] {
    const sets = this.all('Menu.setApplicationMenu');
    return (sets.at(-1)?.['menu'] ?? []) as MenuShape[];
  }

  menuItem(id: string): MenuShape | undefined {
    const find = (items: MenuShape[]): MenuShape | undefined => {
      for (const item of items) {
        if (item.id === id) return item;
        const inner = item.submenu ? find(item.submenu) : undefined;
        if (inner) return inner;
      }
      return undefined;
    };
    return find(this.menu());
  }

  clickMenu(target: { id?: string; role?: string }): Promise<void> {
    return this.rpc.call('menu.click', target);
  }

  /** The system's power events as Electron's `powerMonitor` emits them ('suspend', 'lock-screen', …). */
  emitPower(event: string): Promise<void> {
    return this.rpc.call('powerMonitor.emit', { event });
  }

  permission(permission: string, origin = 'app://vaxtkraft'): Promise<{ check: boolean; request: boolean }> {
    return this.rpc.call('session.permission', { permission, origin });
  }

  /** Ends the run however it stands (for afterAll): the app's own quit, then a kill if it does not exit. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return this.closeContext();
    await this.rpc.call('app.quit').catch(() => undefined);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await this.exited;
    clearTimeout(timer);
    await this.closeContext();
  }

  async closeContext(): Promise<void> {
    await this.context.close().catch(() => undefined);
  }
}

/** One Chromium for every run; each launch is a new main process with its own session (browser context). */
export class ElectronStandIn {
  private readonly runs = new Set<AppRun>();

  private constructor(readonly browser: Browser) {}

  static async start(): Promise<ElectronStandIn> {
    return new ElectronStandIn(await launchBrowser());
  }

  async launch(options: LaunchOptions): Promise<AppRun> {
    mkdirSync(options.home, { recursive: true });
    const locale = options.locale ?? 'en-GB';
    const context = await this.browser.newContext({ locale });
    const child = fork(BOOT, [options.mainBundle ?? MAIN_BUNDLE], {
      cwd: ROOT,
      serialization: 'advanced',
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      env: {
        ...process.env,
        HOME: options.home,
        XDG_CONFIG_HOME: join(options.home, '.config'),
        LANG: `${locale.replace('-', '_')}.UTF-8`,
        STANDIN_HOME: options.home,
        STANDIN_APP_PATH: options.appPath ?? ROOT,
        STANDIN_PACKAGED: options.packaged === false ? '0' : '1',
        STANDIN_LOCALE: locale,
        STANDIN_SAFE_STORAGE: options.safeStorage ?? 'keychain',
        ...options.env,
      },
    });
    const rpc = new Rpc({ send: (m: Message) => child.send(m), on: (e, l) => child.on(e, l) });
    const run = new AppRun(child, rpc, context, (holder, args) => {
      const first = [...this.runs].find((r) => r.child.pid === holder);
      void first?.rpc.call('app.secondInstance', args);
    });
    await wireContext(context, rpc, run.windows, (k, d) => run.record(k, d));
    this.runs.add(run);
    void run.exited.then(() => this.runs.delete(run));
    return run;
  }

  async close(): Promise<void> {
    for (const run of this.runs) await run.stop();
    await this.browser.close();
  }
}
