/**
 * The figures of issue 17 (speed a user feels), measured in Chromium against the browser host over a demo store of
 * 5,000 companies, seeded as `npm run seed:demo` does (tests/e2e/harness.ts: seedDemo, startHostProcess), for
 * tests/bench/run.ts. Each figure is a median; every timed run but the search opens a fresh browser context (no cache).
 *   initial_js_gzip_kb                 the JavaScript the page requests from navigation until the overview is usable,
 *                                      each file gzipped (target < 250)
 *   startup_to_overview_5000_ms        navigation to the overview usable (its data shown), from the page's time origin
 *                                      (target < 800)
 *   report_screen_5000_ms              from the overview, going to the programme report until its tables show (< 500)
 *   open_round_screen_ms               from its company's page, opening an assessment round until it is ready (< 250)
 *                                      (both timed inside the page, from the address changing to the first frame the
 *                                      screen is there, as startup and search are: a wait from Node adds the driver's
 *                                      polling, which grows to 500 ms between checks, to the figure)
 *   search_keystroke_to_list_5000_ms   one key in the companies search to the filtered list shown, debounce
 *                                      included, timed inside the page (< 150)
 * Seeding 5,000 companies takes minutes; VAXTKRAFT_BENCH_DEMO_DIR=DIR reuses a folder seeded with the bench's
 * passphrase (copied, so that it stays as it was).
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import type { CompanyListItem } from '@shared/api/companies';
import type { RoundListItem } from '@shared/api/assessments';
import { COMPANY_LIST_PAGE_SIZE } from '@shared/domain/company';
import type { RunningHost } from '../e2e/harness';
import { launchBrowser, makeDataDir, must, removeDir, screen, seedDemo, startHostProcess } from '../e2e/harness';
import { median, roundTo } from './common';
import type { Figure } from './common';

const PASSPHRASE = 'bench passphrase, long enough';
const COMPANIES = 5000;
const RUNS = 7;
/** Keys typed into an empty search box; each filters the 5,000 to a different list. */
const SEARCH_KEYS = ['7', 'q', 'k', '3', 'x', '9', 'b', '5', 'z'];

interface Setup {
  host: RunningHost;
  browser: Browser;
  round: { companyId: string; roundId: string };
}

/** A fresh context (no cache, no token) and the address with a new one-time code. */
async function freshPage(setup: Setup): Promise<{ page: Page; close(): Promise<void> }> {
  const context = await setup.browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  return { page, close: () => context.close() };
}

/** The page's own clock (ms since its navigation started) at the moment `selector` is there. */
async function pageTimeWhen(page: Page, selector: string): Promise<number> {
  const handle = await page.waitForFunction(
    (s) => ((globalThis as unknown as PageGlobals).document.querySelector(s) ? performance.now() : null),
    selector,
    { polling: 'raf', timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

/**
 * The page's globals for functions that run in it (this file is type-checked without the DOM's types, as
 * tests/e2e/harness.ts is; the page's CSP refuses predicates given as strings). Casts only: the function's text runs there.
 */
interface PageGlobals {
  document: {
    querySelector(selector: string): unknown;
    querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }>;
  };
}

/** A screen with its data (see lib/screen.ts). */
const ready = (name: string) => `body[data-screen="${name}"][data-ready="true"]`;
const OVERVIEW_READY = ready('overview');

/** Startup and what it loaded: the gzip size of every script the page requested until the overview was usable. */
async function startup(setup: Setup): Promise<{ ms: number; jsGzipBytes: number }> {
  const { page, close } = await freshPage(setup);
  try {
    const scripts: Promise<number>[] = [];
    let done = false;
    page.on('response', (response) => {
      if (done || response.request().resourceType() !== 'script') return;
      scripts.push(response.body().then((body) => gzipSync(body).length));
    });
    await page.goto(setup.host.url);
    const ms = await pageTimeWhen(page, OVERVIEW_READY);
    done = true;
    const sizes = await Promise.all(scripts);
    return { ms, jsGzipBytes: sizes.reduce((a, b) => a + b, 0) };
  } finally {
    await close();
  }
}

/**
 * From a usable screen (`start`, not timed) to another by its address, until `shown` (a selector) is in a frame: the
 * page's clock from the address changing to the first animation frame that has it.
 */
async function fromScreen(setup: Setup, start: { hash: string; screen: string }, hash: string, shown: string) {
  const { page, close } = await freshPage(setup);
  try {
    await page.goto(`${setup.host.url}${start.hash}`);
    await screen(page, start.screen);
    // As an advisor looks at a screen a moment before moving on: what it fetches after it is ready has arrived.
    await page.waitForLoadState('networkidle');
    const started = (await page.evaluate(
      `(() => { const at = performance.now(); window.location.hash = ${JSON.stringify(hash)}; return at; })()`,
    )) as number;
    return (await pageTimeWhen(page, shown)) - started;
  } finally {
    await close();
  }
}

/** The report with its data and its first table. */
const REPORT_SHOWN = `${ready('reports')} main table`;

/**
 * Keystrokes in the companies search: for each key, the box is emptied (the whole list shown again, not timed), then
 * the key is pressed and the page's clock read from its keydown until the list shows the host's answer to that query.
 */
async function searchKeystrokes(setup: Setup): Promise<number[]> {
  const { page, close } = await freshPage(setup);
  try {
    await page.goto(`${setup.host.url}#/companies`);
    await screen(page, 'companies');
    const box = page.getByTestId('company-search');
    // The list's own page: the rows the screen asks for.
    const all = await must(setup.host, 'companies.list', { query: '', limit: COMPANY_LIST_PAGE_SIZE });
    const times: number[] = [];
    for (const key of SEARCH_KEYS) {
      const expected = await must(setup.host, 'companies.list', { query: key, limit: COMPANY_LIST_PAGE_SIZE });
      const first = expected.items[0];
      if (!first || first.id === all.items[0]?.id) continue; // no visible change to wait for
      await box.fill('');
      await waitForRows(page, Math.min(all.total, all.items.length), all.items[0]!);
      await page.evaluate(`document.addEventListener('keydown', () => (window.keyAt = performance.now()), { once: true, capture: true })`);
      await box.press(key);
      const shownAt = await waitForRows(page, expected.items.length, first);
      const keyAt = (await page.evaluate('window.keyAt')) as number;
      times.push(shownAt - keyAt);
    }
    return times;
  } finally {
    await close();
  }
}

/** The page's clock when the list has `count` rows and the first is `first`. */
async function waitForRows(page: Page, count: number, first: CompanyListItem): Promise<number> {
  const handle = await page.waitForFunction(
    ([n, name]) => {
      const rows = (globalThis as unknown as PageGlobals).document.querySelectorAll('[data-testid="company-row"]');
      return rows.length === n && rows[0]?.textContent?.includes(name) ? performance.now() : null;
    },
    [count, first.name] as const,
    { polling: 'raf', timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** Seeds (or copies) the demo store, starts the host and the browser, runs `work`, and stops and removes all. */
async function withDemo<T>(work: (setup: Setup) => Promise<T>): Promise<T> {
  const dataDir = await makeDataDir('vaxtkraft-bench-renderer-');
  let host: RunningHost | undefined;
  let browser: Browser | undefined;
  try {
    const seeded = process.env.VAXTKRAFT_BENCH_DEMO_DIR;
    if (seeded) cpSync(seeded, join(dataDir, 'store'), { recursive: true });
    else await seedDemo(join(dataDir, 'store'), COMPANIES, PASSPHRASE);
    host = await startHostProcess(join(dataDir, 'store'), { VAXTKRAFT_PASSPHRASE: PASSPHRASE });
    browser = await launchBrowser();
    const enrolled = await must(host, 'companies.list', { query: '', statuses: ['enrolled'], limit: 50 });
    let round: Setup['round'] | undefined;
    for (const c of enrolled.items) {
      const rounds: RoundListItem[] = await must(host, 'rounds.list', { companyId: c.id });
      if (rounds[0]) {
        round = { companyId: c.id, roundId: rounds[0].id };
        break;
      }
    }
    if (!round) throw new Error('the demo store has no assessment round');
    return await work({ host, browser, round });
  } finally {
    await browser?.close();
    await host?.stop();
    await removeDir(dataDir);
  }
}

const measured = (() => {
  let p: Promise<Figure[]> | undefined;
  return () =>
    (p ??= withDemo(async (setup) => {
      await startup(setup); // the host's first reads and Chromium's start, not counted
      const starts: Array<{ ms: number; jsGzipBytes: number }> = [];
      for (let i = 0; i < RUNS; i++) starts.push(await startup(setup));
      const report: number[] = [];
      const round: number[] = [];
      const companyPage = { hash: `#/companies/${encodeURIComponent(setup.round.companyId)}`, screen: 'company' };
      const roundHash = `#/companies/${encodeURIComponent(setup.round.companyId)}/rounds/${encodeURIComponent(setup.round.roundId)}`;
      for (let i = 0; i < RUNS; i++) {
        report.push(await fromScreen(setup, { hash: '', screen: 'overview' }, '#/reports', REPORT_SHOWN));
        round.push(await fromScreen(setup, companyPage, roundHash, ready('round')));
      }
      const search = await searchKeystrokes(setup);
      return [
        { name: 'initial_js_gzip_kb', value: roundTo(median(starts.map((s) => s.jsGzipBytes)) / 1024, 1), unit: 'KB', target: 250 },
        { name: 'startup_to_overview_5000_ms', value: roundTo(median(starts.map((s) => s.ms)), 0), unit: 'ms', target: 800 },
        { name: 'report_screen_5000_ms', value: roundTo(median(report), 0), unit: 'ms', target: 500 },
        { name: 'open_round_screen_ms', value: roundTo(median(round), 0), unit: 'ms', target: 250 },
        { name: 'search_keystroke_to_list_5000_ms', value: roundTo(median(search), 0), unit: 'ms', target: 150 },
      ];
    }));
})();

const figure = (name: string) => async (): Promise<Figure> => {
  const found = (await measured()).find((f) => f.name === name);
  if (!found) throw new Error(`no figure ${name}`);
  return found;
};

export const RENDERER_FIGURES: Record<string, () => Promise<Figure>> = Object.fromEntries(
  [
    'initial_js_gzip_kb',
    'startup_to_overview_5000_ms',
    'report_screen_5000_ms',
    'open_round_screen_ms',
    'search_keystroke_to_list_5000_ms',
  ].map((name) => [name, figure(name)]),
);
