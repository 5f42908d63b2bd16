import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '@shared/csp';
import { en } from '@shared/i18n/resources';
import { screen, startHostProcess } from '../e2e/harness';
import { ElectronStandIn, PRELOAD_BUNDLE } from './harness';
import { preloadScript } from './pages';
import type { AppRun } from './harness';

const COMPANY = 'Qzxv Elektron Snickeri AB';
const PASSPHRASE = 'fyra ord som ingen gissar';
const APP_URL = 'app://vaxtkraft/index.html';
const dataDir = (home: string) => join(home, '.config', 'Växtkraft');

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function field(scope: Page | Locator, label: string): Locator {
  return scope.getByLabel(new RegExp(`^${escapeRegExp(label)}( \\*)?$`));
}

const HARDENED_ON = ['contextIsolation', 'sandbox', 'webSecurity'];
const HARDENED_OFF = [
  'nodeIntegration',
  'nodeIntegrationInWorker',
  'nodeIntegrationInSubFrames',
  'allowRunningInsecureContent',
  'webviewTag',
];

/** Every window main opened, the print window included, got the hardened preferences and the built preload. */
function expectHardenedWindows(run: AppRun): void {
  const created = run.all('window.create');
  expect(created.length).toBeGreaterThan(0);
  for (const { options } of created as { options: { webPreferences: Record<string, unknown> } }[]) {
    const prefs = options.webPreferences;
    for (const on of HARDENED_ON) expect(prefs[on], on).toBe(true);
    for (const off of HARDENED_OFF) expect(prefs[off], off).toBe(false);
    expect(prefs['preload']).toBe(PRELOAD_BUNDLE);
  }
}

/** No preload failure, uncaught error, console error (a CSP violation is one) or failed request in any window. */
function expectCleanPages(run: AppRun): void {
  const problems = ['preload.error', 'page.error', 'console.error', 'route.error'].flatMap((kind) => run.all(kind));
  expect(problems).toEqual([]);
}

async function registerCompany(page: Page): Promise<void> {
  await page.getByRole('link', { name: en.shell.nav.companies }).click();
  await screen(page, 'companies');
  await page.getByTestId('new-company').first().click();
  const dialog = page.getByRole('dialog');
  await field(dialog, en.companies.create.name).fill(COMPANY);
  await field(dialog, en.companies.create.orgNumber).fill('5560360793');
  await field(dialog, en.companies.municipality.label).click();
  await page.getByRole('option', { name: 'Örebro', exact: true }).click();
  await page.getByTestId('create-company-submit').click();
  await screen(page, 'company');
}

/** A call through the preload's bridge, as the renderer makes it; the value of an `{ ok: true }` result. */
async function invoke(page: Page, channel: string, input: unknown): Promise<Record<string, unknown>> {
  const result = (await page.evaluate(`window.vaxtkraft.invoke(${JSON.stringify(channel)}, ${JSON.stringify(input)})`)) as {
    ok: boolean;
    value?: Record<string, unknown>;
    error?: unknown;
  };
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.value!;
}

async function waitForFile(file: string): Promise<void> {
  await expect.poll(() => existsSync(file), { timeout: 60_000 }).toBe(true);
}

describe('the built Electron app (out/main, out/preload, out/renderer) under the electron stand-in', () => {
  let standIn: ElectronStandIn;
  const homes: string[] = [];
  const newHome = async () => {
    const home = await mkdtemp(join(tmpdir(), 'vaxtkraft-electron-'));
    homes.push(home);
    return home;
  };

  beforeAll(async () => {
    standIn = await ElectronStandIn.start();
  });

  afterAll(async () => {
    await standIn?.close();
    for (const home of homes) await rm(home, { recursive: true, force: true });
  });

  describe('keychain mode', () => {
    let home: string;
    let run: AppRun;

    it('starts hardened: sandbox, the app:// scheme with its CSP and path checks, the lock, no permissions', async () => {
      home = await newHome();
      run = await standIn.launch({ home, safeStorage: 'keychain' });
      const page = await run.page(1);
      await screen(page, 'overview');

      const kinds = run.records.map((r) => r.kind);
      expect(kinds.indexOf('app.enableSandbox')).toBeLessThan(kinds.indexOf('window.create'));
      expect(run.all('protocol.registerSchemesAsPrivileged')[0]?.['schemes']).toEqual([
        { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
      ]);
      expect(run.all('app.requestSingleInstanceLock')).toEqual([{ granted: true }]);
      expect(run.all('ipcMain.handle').map((h) => h['channel'])).toContain('vaxtkraft:invoke');
      expect(run.all('session.registerPreloadScript')).toEqual([]);
      expect(await run.permission('geolocation')).toEqual({ check: false, request: false });

      const index = run.all('protocol.response').find((r) => r['url'] === APP_URL);
      expect(index?.['status']).toBe(200);
      expect((index?.['headers'] as Record<string, string>)['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      for (const url of ['app://vaxtkraft/..%2f..%2fpackage.json', 'app://elsewhere/index.html', 'app://vaxtkraft/missing.js']) {
        expect((await run.rpc.call<{ status: number }>('protocol.request', { url, method: 'GET', headers: {} })).status).toBe(404);
      }

      // The keychain keeps the database key: key.json opens only with this (fake) user's keychain.
      const keyFile = JSON.parse(readFileSync(join(dataDir(home), 'key.json'), 'utf8')) as { encrypted: string };
      expect(Buffer.from(keyFile.encrypted, 'base64').subarray(0, 3).toString()).toBe('v11');
      expect(run.menuItem('lock')).toMatchObject({ label: en.menu.lock, enabled: false });
      expect(run.all('window.show')).toEqual([{ id: 1 }]);
      expectHardenedWindows(run);
      expectCleanPages(run);
    });

    it('registers a company, saves the plan PDF through printToPDF and its CSV through will-download', async () => {
      const page = await run.page(1);
      await registerCompany(page);
      await page.getByTestId('open-plan').click();
      await screen(page, 'plan');

      const pdf = join(home, 'plan.pdf');
      run.answerDialog('showSaveDialog', { canceled: false, filePath: pdf });
      await page.getByTestId('export-pdf').click();
      await waitForFile(pdf);
      const { stdout } = await promisify(execFile)('pdftotext', ['-layout', pdf, '-']);
      expect(stdout).toContain(COMPANY);
      const [save] = run.all('dialog.showSaveDialog') as { options: { defaultPath: string } }[];
      expect(save?.options.defaultPath).toMatch(/\.pdf$/);
      // The CSV is the page's own blob: download, let through by the session's will-download to the save dialog.
      const csv = join(home, 'plan.csv');
      run.answerDialog('showSaveDialog', { canceled: false, filePath: csv });
      await page.getByTestId('export-csv').click();
      await run.waitFor('download.saved', (d) => d['path'] === csv);
      const [download] = run.all('download');
      expect(download).toMatchObject({ prevented: false, url: expect.stringMatching(/^blob:app:\/\/vaxtkraft\//) as unknown });
      expect(download?.['saveDialogOptions']).toEqual({ defaultPath: download?.['filename'] });
      expect(readFileSync(csv, 'utf8').length).toBeGreaterThan(0);
      // Through the preload and IPC, exceljs (bundled into out/main) writes the programme report.
      const input = { filter: { from: '2020-01-01', to: '2030-12-31' }, language: 'en', audience: 'internal' };
      const xlsx = (await page.evaluate(`window.vaxtkraft.invoke('reports.exportXlsx', ${JSON.stringify(input)})`)) as {
        value: { base64: string };
      };
      expect(Buffer.from(xlsx.value.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
      // The print window was hidden, hardened like the main window, and destroyed after printing.
      expect(run.all('window.create')[1]?.['options']).toMatchObject({ show: false });
      await expect.poll(() => run.windows.get(2)?.closed).toBe(true);
      expectHardenedWindows(run);
      expectCleanPages(run);
    });

    it('refuses navigation away from the app and sends https links to the system browser, never to a window', async () => {
      const page = await run.page(1);
      const before = page.url();
      const windows = run.all('window.create').length;
      expect(await page.evaluate("window.open('https://example.org/help', '_blank')")).toBeNull();
      await run.waitFor('shell.openExternal', (d) => d['url'] === 'https://example.org/help');
      await page.evaluate("location.href = 'https://phish.example/login'");
      await run.waitFor('navigation', (d) => d['url'] === 'https://phish.example/login');
      // The dev server's origin is trusted only in an unpackaged run: here it is refused and not opened either.
      await page.evaluate("location.href = 'http://localhost:5173/'");
      await run.waitFor('navigation', (d) => d['url'] === 'http://localhost:5173/');

      // A download that is not the app's own blob: is refused by the session.
      await page.evaluate("Object.assign(document.createElement('a'), { href: 'data:text/plain,x', download: 'x.txt' }).click()");
      await run.waitFor('download', (d) => d['filename'] === 'x.txt');
      expect(run.all('download').find((d) => d['filename'] === 'x.txt')).toMatchObject({ prevented: true });

      expect(run.all('navigation').every((n) => n['prevented'] === true)).toBe(true);
      expect(run.all('shell.openExternal').map((o) => o['url'])).toEqual(['https://example.org/help', 'https://phish.example/login']);
      expect(run.all('network.refused')).toEqual([]);
      expect(run.all('window.create').length).toBe(windows);
      expect(run.all('popup.closed')).toEqual([]);
      expect(page.url()).toBe(before);
    });

    it('hands a second start to the first window, and opens the same store again after quitting', async () => {
      const second = await standIn.launch({ home, safeStorage: 'keychain' });
      expect(await second.exited).toBe(0);
      expect(second.all('app.requestSingleInstanceLock')).toEqual([{ granted: false }]);
      expect(second.all('window.create')).toEqual([]);
      await run.waitFor('window.focus', (d) => d['id'] === 1);

      await run.clickMenu({ role: 'quit' });
      expect(await run.exited).toBe(0);
      expect(existsSync(join(dataDir(home), 'vaxtkraft.lock'))).toBe(false);

      run = await standIn.launch({ home, safeStorage: 'keychain' });
      const page = await run.page(1);
      await screen(page, 'overview');
      await page.getByRole('link', { name: en.shell.nav.companies }).click();
      await screen(page, 'companies');
      await page.getByText(COMPANY).first().waitFor();
      expectCleanPages(run);
      await run.stop();
    });

    it('keeps self-assessment mode through a kill and a restart in keychain mode: only the own questions answer', async () => {
      const home = await newHome();
      let run = await standIn.launch({ home, safeStorage: 'keychain' });
      let page = await run.page(1);
      await screen(page, 'overview');
      const company = await invoke(page, 'companies.create', {
        name: 'Qzxv Självskattning AB',
        orgNumber: '5560360793',
        status: 'enrolled',
        growthAmbition: true,
        growthAmbitionDate: '2025-01-15',
        consentBy: 'Ägaren',
        consentAt: '2025-01-15',
        consentScope: 'Kartläggning',
      });
      const companyId = String(company['id']);
      const person = await invoke(page, 'people.create', { companyId, name: 'Qzxv Anställd', role: 'employee' });
      await invoke(page, 'people.create', { companyId, name: 'Qzxv Kollega', role: 'employee' });
      const round = await invoke(page, 'rounds.start', { companyId, kind: 'baseline', date: '2025-03-01', advisor: 'Karin' });
      const own = { roundId: String(round['id']), personId: String(person['id']) };
      await invoke(page, 'selfAssessment.enter', { ...own, language: 'en', handoverCode: '493817' });

      // Stopped without warning (a flat battery): no quit, no close event.
      run.child.kill('SIGKILL');
      await run.exited;
      await run.stop();

      run = await standIn.launch({ home, safeStorage: 'keychain' });
      page = await run.page(1);
      await screen(page, 'self');
      await page.getByText('Qzxv Anställd').first().waitFor();
      const codeOf = (channel: string, input: unknown) =>
        page.evaluate(`window.vaxtkraft.invoke('${channel}', ${JSON.stringify(input)}).then((r) => (r.ok ? 'served' : r.error.code))`);
      expect(await codeOf('companies.list', {})).toBe('selfAssessment.active');
      const other = await codeOf('selfAssessment.get', { ...own, personId: company['id'] });
      expect(other).toBe('selfAssessment.active');
      expect(await invoke(page, 'selfAssessment.get', own)).toMatchObject({ name: 'Qzxv Anställd' });
      expect(await page.content()).not.toContain('Qzxv Kollega');
      expectHardenedWindows(run);
      await run.stop();
    });

    it('explains a keychain that has gone on its own screen, and opens the untouched store once it is back', async () => {
      run = await standIn.launch({ home, safeStorage: 'unavailable' });
      let page = await run.page(1);
      await screen(page, 'startup-error');
      await page.getByText(en.session.recovery.reason.keychainUnavailable.title).waitFor();
      await run.stop();

      run = await standIn.launch({ home, safeStorage: 'keychain' });
      page = await run.page(1);
      await screen(page, 'overview');
      await run.stop();
    });
  });

  describe('passphrase mode (Linux basic_text: no keychain)', () => {
    it('asks for a new passphrase on first run, locks from the menu, unlocks with the passphrase, asks again after a restart', async () => {
      const home = await newHome();
      let run = await standIn.launch({ home, safeStorage: 'basic_text' });
      let page = await run.page(1);
      await screen(page, 'create');
      expect(run.menuItem('lock')?.enabled).toBe(false);
      await field(page, en.session.create.passphrase).fill(PASSPHRASE);
      await field(page, en.session.create.confirmation).fill(PASSPHRASE);
      await page.getByRole('button', { name: en.session.create.submit }).click();
      await screen(page, 'overview');
      expect(existsSync(join(dataDir(home), 'key.json'))).toBe(false);

      await expect.poll(() => run.menuItem('lock')?.enabled).toBe(true);
      await run.clickMenu({ id: 'lock' });
      await screen(page, 'unlock');
      // The page locked itself (saving, clearing its stores): no reload needed.
      expect(run.all('webContents.reload')).toEqual([]);
      expect(run.menuItem('lock')?.enabled).toBe(false);
      await field(page, en.session.unlock.passphrase).fill(PASSPHRASE);
      await page.getByRole('button', { name: en.session.unlock.submit }).click();
      await screen(page, 'overview');
      await expect.poll(() => run.menuItem('lock')?.enabled).toBe(true);

      // The screen locks while a field is being typed in: the edit is saved, then the unlock screen.
      await page.getByTestId('open-settings').click();
      await field(page.getByTestId('settings-form'), en.settings.advisorName).fill('Karin Låsdotter');
      await run.emitPower('lock-screen');
      await screen(page, 'unlock');
      expect(await page.getByText('Karin Låsdotter').count()).toBe(0);
      await field(page, en.session.unlock.passphrase).fill(PASSPHRASE);
      await page.getByRole('button', { name: en.session.unlock.submit }).click();
      await screen(page, 'overview');
      expect(await invoke(page, 'settings.get', {})).toMatchObject({ advisorName: 'Karin Låsdotter' });
      await run.emitPower('suspend');
      await screen(page, 'unlock');
      await field(page, en.session.unlock.passphrase).fill(PASSPHRASE);
      await page.getByRole('button', { name: en.session.unlock.submit }).click();
      await screen(page, 'overview');
      expectHardenedWindows(run);
      expectCleanPages(run);

      await run.clickMenu({ role: 'quit' });
      expect(await run.exited).toBe(0);
      run = await standIn.launch({ home, safeStorage: 'basic_text' });
      page = await run.page(1);
      await screen(page, 'unlock');
      await run.stop();
    });
  });

  it('ignores ELECTRON_RENDERER_URL when packaged: the app:// page loads, with no dev CSP and no developer menu', async () => {
    const run = await standIn.launch({ home: await newHome(), env: { ELECTRON_RENDERER_URL: 'http://localhost:5173/' } });
    await run.waitFor('window.loaded', (d) => d['id'] === 1);
    expect(run.all('window.loaded').map((d) => d['url'])).toEqual([APP_URL]);
    expect(run.all('session.webRequest.onHeadersReceived')).toEqual([]);
    expect(JSON.stringify(run.menu())).not.toMatch(/"role":"(reload|toggleDevTools)"/);
    await run.stop();
  });

  it('unpackaged, as `npm start` runs it: the same app:// page, with reload and developer tools in the menu', async () => {
    const run = await standIn.launch({ home: await newHome(), packaged: false });
    await screen(await run.page(1), 'overview');
    expect(JSON.stringify(run.menu())).toMatch(/"role":"toggleDevTools"/);
    expectHardenedWindows(run);
    expectCleanPages(run);
    await run.stop();
  });

  it('explains a start it cannot make in a native error box and exits: the folder held by the browser host', async () => {
    const home = await newHome();
    const host = await startHostProcess(dataDir(home));
    try {
      const run = await standIn.launch({ home, safeStorage: 'keychain' });
      expect(await run.exited).toBe(1);
      const [box] = run.all('dialog.showErrorBox');
      expect(box?.['title']).toBe(en.menu.startupFailed);
      const [before, after] = en.errors.store.inUse.split('{{pid}}') as [string, string];
      expect(box?.['content']).toMatch(new RegExp(`^${escapeRegExp(before)}\\d+${escapeRegExp(after)}$`));
      expect(run.all('window.create')).toEqual([]);
    } finally {
      await host.stop();
    }
  });

  it('runs a preload as a sandbox does: electron is there, any other module fails the window', async () => {
    const context = await standIn.browser.newContext();
    const page = await context.newPage();
    await page.addInitScript({ content: 'window.errors = []; window.__electronStandInPreloadError = (m) => window.errors.push(m);' });
    await page.addInitScript({
      content: preloadScript("require('electron').contextBridge.exposeInMainWorld('ok', {}); require('node:fs');"),
    });
    await page.goto('data:text/html,<p>preload</p>');
    expect(await page.evaluate('[typeof window.ok, window.errors]')).toEqual([
      'object',
      ['module not found: node:fs (a sandboxed preload can require only electron)'],
    ]);
    await context.close();
  });
});
