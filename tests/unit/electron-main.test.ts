import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A stand-in for the parts of Electron main.ts touches, recording what it was asked to do. */
const state = vi.hoisted(() => {
  const fresh = () => ({
    userData: '',
    singleInstance: true,
    encryptionAvailable: false,
    appEvents: {} as Record<string, (...args: unknown[]) => void>,
    windows: [] as Array<{ options: Record<string, unknown>; url?: string; handlers: Record<string, (...args: unknown[]) => void> }>,
    ipcChannels: [] as string[],
    ipcHandlers: {} as Record<string, (...args: unknown[]) => Promise<unknown>>,
    schemes: [] as unknown[],
    handledSchemes: [] as string[],
    menus: [] as unknown[],
    errorBoxes: [] as Array<[string, string]>,
    calls: [] as string[],
    permissionRequest: undefined as undefined | ((...args: unknown[]) => void),
    setPaths: {} as Record<string, string>,
    powerEvents: {} as Record<string, () => void>,
  });
  return { current: fresh(), fresh };
});

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = { reload: vi.fn(), executeJavaScript: vi.fn(() => Promise.resolve(false)) };
    constructor(public options: Record<string, unknown>) {
      state.current.windows.push(this as never);
    }
    handlers: Record<string, (...args: unknown[]) => void> = {};
    once() {}
    on(event: string, handler: (...args: unknown[]) => void) {
      this.handlers[event] = handler;
    }
    show() {}
    loadURL(url: string) {
      (this as unknown as { url: string }).url = url;
      return Promise.resolve();
    }
  }
  const s = () => state.current;
  return {
    app: {
      isPackaged: true,
      setName: (name: string) => s().calls.push(`setName:${name}`),
      setPath: (name: string, value: string) => (s().setPaths[name] = value),
      getPath: () => s().userData,
      getAppPath: () => '/nowhere',
      getVersion: () => '0.1.0',
      getLocale: () => 'sv-SE',
      getPreferredSystemLanguages: () => ['sv-SE'],
      enableSandbox: () => s().calls.push('enableSandbox'),
      requestSingleInstanceLock: () => s().singleInstance,
      quit: () => s().calls.push('quit'),
      exit: (code: number) => s().calls.push(`exit:${code}`),
      relaunch: () => s().calls.push('relaunch'),
      on: (event: string, handler: (...args: unknown[]) => void) => (s().appEvents[event] = handler),
      whenReady: () => {
        s().calls.push('whenReady');
        return Promise.resolve();
      },
    },
    BrowserWindow,
    dialog: {
      showErrorBox: (title: string, message: string) => s().errorBoxes.push([title, message]),
      showMessageBox: vi.fn(),
    },
    ipcMain: {
      handle: (channel: string, handler: (...args: unknown[]) => Promise<unknown>) => {
        s().ipcChannels.push(channel);
        s().ipcHandlers[channel] = handler;
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => s().schemes.push(...schemes),
      handle: (scheme: string) => s().handledSchemes.push(scheme),
    },
    safeStorage: {
      isEncryptionAvailable: () => s().encryptionAvailable,
      getSelectedStorageBackend: () => 'gnome_libsecret',
      encryptString: (plain: string) => Buffer.from(`enc:${plain}`),
      decryptString: (buffer: Buffer) => buffer.toString().slice(4),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: (...args: unknown[]) => void) => (s().permissionRequest = handler),
        setPermissionCheckHandler: () => undefined,
        on: () => undefined,
        webRequest: { onHeadersReceived: () => undefined },
      },
    },
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
    powerMonitor: { on: (event: string, handler: () => void) => (s().powerEvents[event] = handler) },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (menu: unknown) => s().menus.push(menu),
    },
  };
});

import { acquireDataLock } from '../../src-main/store/lock';

let dir: string;
beforeEach(() => {
  state.current = state.fresh();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vaxtkraft-main-'));
  state.current.userData = dir;
  vi.resetModules();
});
afterEach(() => {
  state.current.appEvents['will-quit']?.();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function startMain() {
  await import('../../src-main/app/main');
}

describe('src-main/app/main.ts', () => {
  it('a second instance quits at once and never opens the store', async () => {
    state.current.singleInstance = false;
    await startMain();
    expect(state.current.calls).toContain('quit');
    expect(state.current.appEvents['second-instance']).toBeUndefined();
    expect(state.current.calls).not.toContain('whenReady');
    expect(state.current.windows).toHaveLength(0);
  });

  it('before ready: sandbox for all renderers, the app:// scheme, the shared data folder', async () => {
    await startMain();
    expect(state.current.calls).toContain('enableSandbox');
    expect(state.current.calls).toContain('setName:Växtkraft');
    expect(state.current.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(state.current.setPaths['userData']).toMatch(/Växtkraft$/);
    expect(Object.keys(state.current.appEvents)).toEqual(
      expect.arrayContaining(['second-instance', 'web-contents-created', 'window-all-closed', 'will-quit']),
    );
    // Let the asynchronous start finish inside this test.
    await vi.waitFor(() => expect(state.current.windows).toHaveLength(1));
  });

  it('without a keychain: one hardened window on app://vaxtkraft, IPC, menu, no permissions, store locked for a passphrase', async () => {
    await startMain();
    await vi.waitFor(() => expect(state.current.windows).toHaveLength(1));
    const window = state.current.windows[0]!;
    expect(window.url).toBe('app://vaxtkraft/index.html');
    expect(window.options['webPreferences']).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(String((window.options['webPreferences'] as { preload: string }).preload)).toMatch(/preload[\\/]index\.cjs$/);
    expect(state.current.ipcChannels).toEqual(['vaxtkraft:invoke']);
    const logged = fs
      .readFileSync(path.join(dir, 'logs', 'main.log'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(logged.map((entry) => entry.event)).toEqual(['app.start', 'store.ready']);
    expect(state.current.handledSchemes).toEqual(['app']);
    expect(state.current.menus.length).toBeGreaterThan(0);
    const callback = vi.fn();
    state.current.permissionRequest!({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);

    const invoke = state.current.ipcHandlers['vaxtkraft:invoke']!;
    const status = await invoke({ senderFrame: { url: 'app://vaxtkraft/index.html' } }, 'session.status', {});
    expect(status).toMatchObject({ ok: true, value: { unlocked: false, unlockMode: 'passphrase', storeExists: false } });
    expect(await invoke({ senderFrame: { url: 'https://evil.example/' } }, 'session.status', {})).toEqual({
      ok: false,
      error: { code: 'untrustedSender' },
    });
    expect(fs.existsSync(path.join(dir, 'key.json'))).toBe(false);
  });

  it('locks when the system suspends or locks its screen (passphrase mode), backing up the changes first', async () => {
    await startMain();
    await vi.waitFor(() => expect(state.current.windows).toHaveLength(1));
    expect(Object.keys(state.current.powerEvents).sort()).toEqual(['lock-screen', 'suspend']);
    const invoke = state.current.ipcHandlers['vaxtkraft:invoke']!;
    const sender = { senderFrame: { url: 'app://vaxtkraft/index.html' } };
    const passphrase = 'Blåbärssylt varje torsdag 2026!';
    expect(await invoke(sender, 'session.create', { passphrase, confirmation: passphrase })).toMatchObject({ ok: true });
    const company = { name: 'Låst AB', orgNumber: '556677-8899', municipalityCode: '1880' };
    expect(await invoke(sender, 'companies.create', company)).toMatchObject({ ok: true });
    state.current.powerEvents['lock-screen']!();
    await vi.waitFor(async () => expect(await invoke(sender, 'session.status', {})).toMatchObject({ value: { unlocked: false } }));
    // The page had no lock of its own to run (still loading): locked here, and reloaded so its memory is cleared.
    const window = state.current.windows[0] as unknown as { webContents: { reload: () => void; executeJavaScript: () => void } };
    const contents = window.webContents;
    expect(contents.executeJavaScript).toHaveBeenCalled();
    expect(contents.reload).toHaveBeenCalled();
    expect(fs.readdirSync(path.join(dir, 'backups')).filter((n) => n.endsWith('.db'))).toHaveLength(1);
    state.current.powerEvents['suspend']!();
    expect(await invoke(sender, 'session.status', {})).toMatchObject({ value: { unlocked: false } });
  });

  it('with a keychain: creates key.json and opens the store before the window loads', async () => {
    state.current.encryptionAvailable = true;
    await startMain();
    await vi.waitFor(() => expect(state.current.windows).toHaveLength(1));
    expect(fs.existsSync(path.join(dir, 'key.json'))).toBe(true);
    const invoke = state.current.ipcHandlers['vaxtkraft:invoke']!;
    const status = await invoke({ senderFrame: { url: 'app://vaxtkraft/' } }, 'session.status', {});
    expect(status).toMatchObject({ ok: true, value: { unlocked: true, unlockMode: 'keychain', storeExists: true } });
  });

  it('with a keychain and a damaged key file: no error box; the window shows the startup error; set-aside starts afresh', async () => {
    state.current.encryptionAvailable = true;
    fs.writeFileSync(path.join(dir, 'key.json'), 'not a key');
    fs.writeFileSync(path.join(dir, 'vaxtkraft.db'), Buffer.alloc(4096, 7));
    await startMain();
    await vi.waitFor(() => expect(state.current.windows).toHaveLength(1));
    expect(state.current.errorBoxes).toEqual([]);
    expect(state.current.calls).not.toContain('exit:1');
    const invoke = state.current.ipcHandlers['vaxtkraft:invoke']!;
    const sender = { senderFrame: { url: 'app://vaxtkraft/index.html' } };
    expect(await invoke(sender, 'session.status', {})).toMatchObject({
      ok: true,
      value: { unlocked: false, unlockMode: 'keychain', storeExists: true, startupError: { code: 'store.keyFileDamaged' } },
    });
    expect(await invoke(sender, 'companies.list', {})).toMatchObject({ ok: false, error: { code: 'store.locked' } });

    expect(await invoke(sender, 'session.setAside', { confirmation: 'nope' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    const result = (await invoke(sender, 'session.setAside', { confirmation: 'LÄGG UNDAN' })) as {
      ok: true;
      value: { folder: string; restartRequired: boolean; status: Record<string, unknown> };
    };
    expect(result).toMatchObject({
      ok: true,
      value: { restartRequired: false, status: { unlocked: true, storeExists: true, unlockMode: 'keychain' } },
    });
    expect(result.value.status['startupError']).toBeUndefined();
    expect(fs.readFileSync(path.join(result.value.folder, 'key.json'), 'utf8')).toBe('not a key');
    expect(fs.readFileSync(path.join(result.value.folder, 'vaxtkraft.db')).equals(Buffer.alloc(4096, 7))).toBe(true);
    expect(state.current.calls).not.toContain('relaunch');
    expect(await invoke(sender, 'companies.list', {})).toMatchObject({ ok: true, value: { total: 0 } });
  });

  it('keeps self-assessment mode through a restart, and refuses to close the window until the handover code is given', async () => {
    state.current.encryptionAvailable = true;
    await startMain();
    await vi.waitFor(() => expect(state.current.windows).toHaveLength(1));
    const sender = { senderFrame: { url: 'app://vaxtkraft/index.html' } };
    const call = async (channel: string, input: unknown) => {
      const r = (await state.current.ipcHandlers['vaxtkraft:invoke']!(sender, channel, input)) as { ok: boolean; value: never };
      if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r)}`);
      return r.value as { id: string };
    };
    const enrolled = { status: 'enrolled', growthAmbition: true, growthAmbitionDate: '2025-01-15' };
    const consent = { consentBy: 'Anna', consentAt: '2025-01-15', consentScope: 'Kartläggning' };
    const company = await call('companies.create', { name: 'Stängt AB', orgNumber: '556036-0793', ...enrolled, ...consent });
    const person = await call('people.create', { companyId: company.id, name: 'Anställd', role: 'employee' });
    const round = await call('rounds.start', { companyId: company.id, kind: 'baseline', date: '2025-03-01', advisor: 'Karin' });
    await call('selfAssessment.enter', { roundId: round.id, personId: person.id, language: 'en', handoverCode: '271828' });

    const close = () => {
      const event = { preventDefault: vi.fn() };
      state.current.windows.at(-1)!.handlers['close']!(event);
      return event.preventDefault.mock.calls.length > 0;
    };
    const { dialog } = await import('electron');
    expect(close()).toBe(true);
    expect(dialog.showMessageBox).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({ title: 'A self-assessment is in progress' }),
    );

    // Quit by force and start again: the keychain unlocks the store, and the mode is on again.
    state.current.appEvents['will-quit']?.();
    const userData = state.current.userData;
    state.current = { ...state.fresh(), userData, encryptionAvailable: true };
    vi.resetModules();
    await startMain();
    await vi.waitFor(() => expect(state.current.windows).toHaveLength(1));
    const refused = await state.current.ipcHandlers['vaxtkraft:invoke']!(sender, 'companies.list', {});
    expect(refused).toEqual({ ok: false, error: { code: 'selfAssessment.active' } });
    expect(close()).toBe(true);
    await call('selfAssessment.exit', { handoverCode: '271828' });
    expect(close()).toBe(false);
  });

  it('a data folder the account may not write: a translated error box saying what to do, then the app exits', async () => {
    state.current.userData = '/sys/vaxtkraft-not-writable';
    await startMain();
    await vi.waitFor(() => expect(state.current.errorBoxes).toHaveLength(1));
    const [, message] = state.current.errorBoxes[0]!;
    expect(message).toContain('/sys/vaxtkraft-not-writable');
    expect(message).toMatch(/skrivrätt/);
    expect(message).not.toMatch(/EACCES|EPERM|errors\./);
    expect(state.current.calls).toContain('exit:1');
  });

  it('a data folder held by another process: a translated error box, then the app exits', async () => {
    const held = acquireDataLock(dir);
    try {
      await startMain();
      await vi.waitFor(() => expect(state.current.errorBoxes).toHaveLength(1));
      const [title, message] = state.current.errorBoxes[0]!;
      expect(title).toBe('Växtkraft kunde inte starta');
      expect(message).toContain(String(process.pid));
      expect(message).not.toMatch(/errors\./);
      expect(state.current.calls).toContain('exit:1');
      expect(state.current.windows).toHaveLength(0);
    } finally {
      held.release();
    }
  });
});
