import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import type { ChannelName, InputOf, ResultOf } from '@shared/api';
import { afterAll, beforeAll } from 'vitest';
import { mintCode } from '../../src-main/host/auth';

export const ROOT = resolve(import.meta.dirname, '..', '..');

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** Where screenshots go, to be looked at after a run. */
export const SHOTS = join(ROOT, 'test-results', 'e2e');

/** Waits until the app says the screen has loaded its data (`data-screen` and `data-ready` on <body>). */
export async function screen(page: Page, name: string): Promise<void> {
  await page.locator(`body[data-screen="${name}"][data-ready="true"]`).waitFor({ state: 'attached', timeout: 30_000 });
}

/** Opens Settings and waits until its form is shown and the dialog has taken the focus, as a person would see it. */
export async function openSettings(page: Page): Promise<Locator> {
  await page.getByTestId('open-settings').click();
  const form = page.getByTestId('settings-form');
  await form.waitFor();
  await page.waitForFunction(`document.activeElement?.closest('[role="dialog"]') != null`);
  return form;
}

/** The two window sizes every screen is looked at in. */
export const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 1024, height: 640 },
] as const;

/** An input by its whole visible label; a required field's label ends in an asterisk. */
export function labelled(scope: Locator | Page, label: string): Locator {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return scope.getByLabel(new RegExp(`^${escaped}( \\*)?$`));
}

/** Screenshots of `target` at each of VIEWPORTS (`<name>-<w>x<h>.png`), the first size restored after. */
export async function viewportShots(page: Page, target: Locator, name: string): Promise<void> {
  for (const v of VIEWPORTS) {
    await page.setViewportSize(v);
    await target.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, `${name}-${v.width}x${v.height}.png`) });
  }
  await page.setViewportSize(VIEWPORTS[0]);
}

export async function shot(page: Page, name: string): Promise<void> {
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/**
 * Waits for the screen's finite animations and transitions (a notification fading in, a modal opening) to end, so
 * that a contrast check never measures a half-transparent element. Bounded: a looping loader does not hold it.
 */
async function settled(page: Page): Promise<void> {
  // A string, because this file is type-checked without the DOM's types.
  await page.evaluate(`(async () => {
    const finite = document.getAnimations().filter((a) => a.effect?.getComputedTiming().iterations !== Infinity);
    const done = Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
    await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 2000))]);
  })()`);
}

/**
 * WCAG 2.1 AA problems on the current screen, by rule id: serious and critical ones, or every one with `all`; only
 * inside `within` (a CSS selector: an open dialog, say, whose page below was checked already) when given.
 */
export async function axeProblems(page: Page, options: { all?: boolean; within?: string } = {}): Promise<string[]> {
  await settled(page);
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']);
  const result = await (options.within ? builder.include(options.within) : builder).analyze();
  return result.violations
    .filter((v) => options.all || v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

export async function newPage(
  browser: Browser,
  options: { locale?: string; width?: number; height?: number } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale: options.locale ?? 'en-GB',
    viewport: { width: options.width ?? 1366, height: options.height ?? 768 },
  });
  const page = await context.newPage();
  return { context, page };
}

export async function makeDataDir(prefix = 'vaxtkraft-e2e-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

export interface RunningHost {
  /** An address with a new one-time code at each read (made from the token, as the host makes them). */
  readonly url: string;
  origin: string;
  /** The bearer token, traded for the printed address's one-time code. */
  token: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts the browser host exactly as `npm run serve` does (the CLI, in its own process), so that a test can stop
 * it as a closed laptop would and start it again on the same data folder.
 */
export async function startHostProcess(dataDir: string, env: Record<string, string> = {}): Promise<RunningHost> {
  const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
  const child = spawn(tsx, [join(ROOT, 'src-main', 'host', 'cli.ts'), '--data', dataDir, '--port', '0', '--no-open'], {
    cwd: ROOT,
    env: { ...process.env, ...env, LANG: env.LANG ?? 'en_GB.UTF-8' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start: ${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\?code=[0-9a-f.]+)/.exec(output);
      if (m?.[1]) {
        clearTimeout(timer);
        resolveUrl(m[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited with ${code}: ${output}`));
    });
  });
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill('SIGTERM');
    await exited;
  };
  const origin = new URL(url).origin;
  const token = await redeemCode(origin, new URL(url).searchParams.get('code') ?? '');
  return {
    get url() {
      return `${origin}/?code=${mintCode(token)}`;
    },
    origin,
    token,
    process: child,
    stop,
  };
}

/** Trades a one-time code for the token, as the page does. */
export async function redeemCode(origin: string, code: string): Promise<string> {
  const res = await fetch(`${origin}/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  const reply = (await res.json()) as Reply<{ token: string }>;
  if (!reply.ok) throw new Error(`code refused: ${JSON.stringify(reply.error)}`);
  return reply.value.token;
}

export type Reply<T = unknown> = { ok: true; value: T } | { ok: false; error: { code: string; params?: unknown } };

/** Calls a running host's API from the test, with the token from its printed address. */
export async function hostApi<T = unknown>(host: RunningHost, channel: string, input: unknown): Promise<Reply<T>> {
  const res = await fetch(`${host.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
    body: JSON.stringify(input),
  });
  return (await res.json()) as Reply<T>;
}

/** hostApi for calls that must succeed: the typed value, or the test fails with the error code. */
export async function must<C extends ChannelName>(host: RunningHost, channel: C, input: InputOf<C>): Promise<ResultOf<C>> {
  const r = await hostApi<ResultOf<C>>(host, channel, input);
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  return r.value;
}

/** Fills dataDir with demo data exactly as `npm run seed:demo` does. */
export async function seedDemo(dataDir: string, companies: number, passphrase: string): Promise<void> {
  const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
  await new Promise<void>((resolveSeed, reject) => {
    const child = spawn(tsx, [join(ROOT, 'scripts', 'seed-demo.ts'), '--data', dataDir, '--companies', String(companies)], {
      cwd: ROOT,
      env: { ...process.env, VAXTKRAFT_PASSPHRASE: passphrase },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (c: Buffer) => (output += c.toString('utf8')));
    child.stderr?.on('data', (c: Buffer) => (output += c.toString('utf8')));
    child.once('exit', (code) => (code === 0 ? resolveSeed() : reject(new Error(`seed failed (${code}): ${output}`))));
  });
}

/**
 * The usual set-up of a describe block: a demo store (seeded as `npm run seed:demo` does) served by the host, and a
 * browser, both stopped and the store removed after the block. Read `browser` and `host` inside the tests.
 */
export function useDemoHost(
  prefix: string,
  companies: number,
  passphrase: string,
): { readonly browser: Browser; readonly host: RunningHost } {
  const state = {} as { browser: Browser; host: RunningHost; dataDir: string };
  beforeAll(async () => {
    state.dataDir = await makeDataDir(prefix);
    await seedDemo(state.dataDir, companies, passphrase);
    state.host = await startHostProcess(state.dataDir, { VAXTKRAFT_PASSPHRASE: passphrase });
    state.browser = await launchBrowser();
  });
  afterAll(async () => {
    await state.host?.stop();
    await state.browser?.close();
    if (state.dataDir) await removeDir(state.dataDir);
  });
  return state;
}

export interface TwoOffices {
  browser: Browser;
  a: RunningHost;
  b: RunningHost;
  /** A third folder for what travels between them: the shared exchange folder, or files saved and chosen. */
  folder: string;
}

/**
 * Two browser-host data folders as two offices (A seeded with demo companies, each office named in Settings), a
 * folder between them and a browser: started before the describe's tests, stopped and removed after.
 */
export function useTwoOffices(prefix: string, passphrase: string, names: { a: string; b: string }): TwoOffices {
  const state = {} as TwoOffices & { dirs?: string[] };
  beforeAll(async () => {
    const dirs = [await makeDataDir(`${prefix}a-`), await makeDataDir(`${prefix}b-`)] as const;
    state.dirs = [...dirs];
    state.folder = await makeDataDir(`${prefix}shared-`);
    await seedDemo(dirs[0], 3, passphrase);
    state.a = await startHostProcess(dirs[0], { VAXTKRAFT_PASSPHRASE: passphrase });
    state.b = await startHostProcess(dirs[1], { VAXTKRAFT_PASSPHRASE: passphrase });
    await must(state.a, 'settings.update', { office: names.a });
    await must(state.b, 'settings.update', { office: names.b });
    state.browser = await launchBrowser();
  });
  afterAll(async () => {
    await state.a?.stop();
    await state.b?.stop();
    await state.browser?.close();
    for (const d of [...(state.dirs ?? []), state.folder]) if (d) await removeDir(d);
  });
  return state;
}

/** Every file below dir, recursively. */
export async function allFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await allFiles(path)));
    else if ((await stat(path)).isFile()) out.push(path);
  }
  return out;
}

/** The files of dir whose bytes contain any of the needles (as UTF-8 and as UTF-16LE). */
export async function filesContaining(dir: string, needles: string[]): Promise<string[]> {
  const hits: string[] = [];
  for (const file of await allFiles(dir)) {
    const bytes = await readFile(file);
    for (const needle of needles) {
      if (bytes.includes(Buffer.from(needle, 'utf8')) || bytes.includes(Buffer.from(needle, 'utf16le'))) {
        hits.push(`${file}: ${needle}`);
      }
    }
  }
  return hits;
}

/** The fields of a company enrolled in the programme (dated growth ambition and consent), for `companies.create`. */
export const ENROLLED = {
  status: 'enrolled' as const,
  growthAmbition: true,
  growthAmbitionDate: '2025-01-15',
  consentBy: 'Ägaren',
  consentAt: '2025-01-15',
  consentScope: 'Kartläggning och uppföljning',
};
