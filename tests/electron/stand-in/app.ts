import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { env, record, rpc, standInEvent } from './channel';
import { BrowserWindow, onWindowLifecycle } from './windows';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function packageJson(): { name?: string; productName?: string; version?: string } {
  try {
    return JSON.parse(fs.readFileSync(path.join(env.appPath, 'package.json'), 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}

/** Electron's `app`: lifecycle events, paths, locale, and the single-instance lock as a file per fake user. */
class App extends EventEmitter {
  readonly isPackaged = env.packaged;
  readonly commandLine = {
    appendSwitch: (name: string, value?: string) => record('app.commandLine.appendSwitch', { name, value }),
    hasSwitch: () => false,
    getSwitchValue: () => '',
  };
  private nameValue: string;
  private readonly paths = new Map<string, string>();
  private ready = false;
  private quitting = false;
  private readonly readyPromise: Promise<void>;
  private resolveReady: () => void = () => undefined;
  private lockFile: string | null = null;

  constructor() {
    super();
    const pkg = packageJson();
    this.nameValue = pkg.productName ?? pkg.name ?? 'Electron';
    this.readyPromise = new Promise((resolve) => (this.resolveReady = resolve));
    onWindowLifecycle(
      (contents) => this.emit('web-contents-created', standInEvent(), contents),
      () => {
        if (!this.quitting) this.emit('window-all-closed', standInEvent());
      },
    );
  }

  get name(): string {
    return this.nameValue;
  }

  setName(name: string): void {
    this.nameValue = name;
  }

  getName(): string {
    return this.nameValue;
  }

  getVersion(): string {
    return packageJson().version ?? '0.0.0';
  }

  getAppPath(): string {
    return env.appPath;
  }

  setPath(name: string, value: string): void {
    record('app.setPath', { name, value });
    this.paths.set(name, value);
  }

  getPath(name: string): string {
    const known = this.paths.get(name);
    if (known) return known;
    const home = env.home || os.homedir();
    if (name === 'home') return home;
    if (name === 'appData') return path.join(home, '.config');
    if (name === 'userData') return path.join(home, '.config', this.nameValue);
    if (name === 'logs') return path.join(this.getPath('userData'), 'logs');
    if (name === 'temp') return os.tmpdir();
    return path.join(home, name);
  }

  getLocale(): string {
    return env.locale;
  }

  getSystemLocale(): string {
    return env.locale;
  }

  getPreferredSystemLanguages(): string[] {
    return [env.locale];
  }

  enableSandbox(): void {
    if (this.ready) throw new Error('app.enableSandbox() must be called before the app is ready');
    record('app.enableSandbox', {});
  }

  isReady(): boolean {
    return this.ready;
  }

  whenReady(): Promise<void> {
    return this.readyPromise;
  }

  /** Called by boot.mjs once the main bundle has been evaluated, as Electron does after loading the entry. */
  emitReady(): void {
    this.ready = true;
    this.emit('will-finish-launching');
    this.emit('ready', standInEvent(), {});
    this.resolveReady();
  }

  requestSingleInstanceLock(): boolean {
    const file = path.join(env.home, 'single-instance.lock');
    for (;;) {
      try {
        fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
        this.lockFile = file;
        process.on('exit', () => this.releaseSingleInstanceLock());
        record('app.requestSingleInstanceLock', { granted: true });
        return true;
      } catch {
        const holder = Number(fs.readFileSync(file, 'utf8'));
        if (isAlive(holder)) {
          record('app.requestSingleInstanceLock', { granted: false });
          rpc.notify('app.secondInstance', { holder, argv: process.argv, cwd: process.cwd() });
          return false;
        }
        fs.rmSync(file, { force: true });
      }
    }
  }

  hasSingleInstanceLock(): boolean {
    return this.lockFile !== null;
  }

  releaseSingleInstanceLock(): void {
    if (this.lockFile) fs.rmSync(this.lockFile, { force: true });
    this.lockFile = null;
  }

  /** As Electron: before-quit (preventable), every window closed, will-quit (preventable), quit, exit. */
  quit(): void {
    if (this.quitting) return;
    this.quitting = true;
    record('app.quit', {});
    setImmediate(() => {
      const before = standInEvent();
      this.emit('before-quit', before);
      if (before.defaultPrevented) return void (this.quitting = false);
      for (const window of BrowserWindow.getAllWindows()) window.destroy();
      const will = standInEvent();
      this.emit('will-quit', will);
      if (will.defaultPrevented) return void (this.quitting = false);
      this.emit('quit', standInEvent(), 0);
      this.exit(0);
    });
  }

  exit(code = 0): void {
    this.releaseSingleInstanceLock();
    const message = { kind: 'notify', op: 'app.exit', args: { code } } as const;
    if (process.send) process.send(message, () => process.exit(code));
    else process.exit(code);
  }

  relaunch(): void {
    record('app.relaunch', {});
  }

  focus(): void {
    record('app.focus', {});
  }

  setAppUserModelId(id: string): void {
    record('app.setAppUserModelId', { id });
  }
}

export const app = new App();
