import type { Page } from 'playwright-core';
import { MAX_AUTO_LOCK_MINUTES } from '@shared/api/session';
import situation from '../../resources/frameworks/situation-assessment.v1.json';
import { afterAll, beforeAll } from 'vitest';
import { hostApi, makeDataDir, must, removeDir, screen, startHostProcess, type RunningHost } from './harness';

/**
 * One place that names every screen of the app and how to reach it, for the tests that look at them all
 * (everyScreen.e2e.ts: axe; smallScreens.e2e.ts: nothing wider than the window). A visit is a hash, the screen that
 * says it is ready there (`print` for a print view), and optionally what to open on it: a step, a tab, a drawer, a dialog.
 */
export interface Visit {
  /** Names the visit in a failure and in its screenshot. */
  name: string;
  hash: string;
  /** The `data-screen` to wait for; `print` waits for a print view's `data-print-ready`. */
  screen: string;
  open?: (page: Page) => Promise<void>;
  /** What the visit opened (a dialog, a drawer, a menu), to check alone: the screen below has a visit of its own. */
  within?: string;
}

const DIALOG = '[role="dialog"]';

/** A Mantine dialog or drawer that has finished opening. */
export async function dialog(page: Page): Promise<void> {
  await page.locator('[role="dialog"]').last().waitFor({ state: 'visible' });
}

const click = (testId: string, then?: (page: Page) => Promise<void>) => async (page: Page) => {
  await page.getByTestId(testId).first().click();
  await then?.(page);
};

/** A button known by its icon, where it has no test id. */
const byIcon = (icon: string, then: (page: Page) => Promise<void>) => async (page: Page) => {
  await page.locator(`button:has(svg.tabler-icon-${icon}), [role="menuitem"]:has(svg.tabler-icon-${icon})`).first().click();
  await then(page);
};

const tab = (id: string) => click(`tab-${id}`, (page) => page.locator(`[data-testid="tab-${id}"][aria-selected="true"]`).waitFor());

/** A step of a round, shown once the round screen says it is on it. */
const step = (id: string) =>
  click(`step-${id}`, (page) => page.locator(`div[data-screen="round"][data-step="${id}"]`).waitFor({ timeout: 15_000 }));

/** What the visits need: a demo company with completed rounds, people, a plan with activities, an open round, a submitted report. */
export interface ScreenData {
  companyId: string;
  personId: string;
  completedRoundId: string;
  openRoundId: string;
  firstArea: string;
  month: string;
}

/** Picks a demo company with rounds, people and activities, and gives it an open follow-up and the office a submitted report. */
export async function prepareScreens(host: RunningHost): Promise<ScreenData> {
  // A page that only moves by hash has no key press or click for minutes: it must not lock itself meanwhile.
  await must(host, 'settings.update', { autoLockMinutes: MAX_AUTO_LOCK_MINUTES });
  const companies = await must(host, 'companies.list', {});
  for (const c of companies.items) {
    const rounds = await must(host, 'rounds.list', { companyId: c.id });
    const people = await must(host, 'people.list', { companyId: c.id });
    const plan = await must(host, 'plans.get', { companyId: c.id });
    if (rounds.length === 0 || people.length === 0 || plan.activities.length === 0) continue;
    const completed = rounds.at(-1)!;
    // The competence passport prints only with the person's consent to it.
    await must(host, 'people.update', { id: people[0]!.id, patch: { passportConsent: true } });
    const open = await must(host, 'rounds.start', { companyId: c.id, kind: 'followup', date: '2026-11-02', advisor: 'Karin Berg' });
    await must(host, 'reports.submit', {
      filter: { from: '2025-01-01', to: '2026-12-31' },
      audience: 'external',
      language: 'sv',
      format: 'csv',
    });
    return {
      companyId: c.id,
      personId: people[0]!.id,
      completedRoundId: completed.id,
      openRoundId: open.id,
      firstArea: situation.areas[0]!.id,
      month: '2026-11',
    };
  }
  throw new Error('no demo company with a round, people and activities');
}

/** Every screen inside the shell, with its steps, tabs, drawers and dialogs; the same hashes stay together. */
export function shellVisits(d: ScreenData): Visit[] {
  const company = `#/companies/${d.companyId}`;
  const open = `${company}/rounds/${d.openRoundId}`;
  const completed = `${company}/rounds/${d.completedRoundId}`;
  return [
    { name: 'overview', hash: '#/overview', screen: 'overview' },
    { name: 'companies', hash: '#/companies', screen: 'companies' },
    { name: 'new company', hash: '#/companies', screen: 'companies', open: click('new-company', dialog), within: DIALOG },
    { name: 'company', hash: company, screen: 'company' },
    { name: 'add person', hash: company, screen: 'company', open: click('add-person', dialog), within: DIALOG },
    { name: 'log contact', hash: company, screen: 'company', open: click('log-contact', dialog), within: DIALOG },
    { name: 'person drawer', hash: company, screen: 'company', open: click('person-row', dialog), within: DIALOG },
    {
      name: 'company actions',
      hash: company,
      screen: 'company',
      open: click('company-actions', (p) => p.getByRole('menu').waitFor()),
      within: '[role="menu"]',
    },
    {
      name: 'delete company',
      hash: company,
      screen: 'company',
      open: click('company-actions', byIcon('trash', dialog)),
      within: DIALOG,
    },
    { name: 'round: area', hash: open, screen: 'round', open: step(`area:${d.firstArea}`) },
    { name: 'round: vision', hash: open, screen: 'round', open: step('vision') },
    { name: 'round: competences', hash: open, screen: 'round', open: step('competences') },
    { name: 'round: handover', hash: open, screen: 'round', open: click('handover', dialog), within: DIALOG },
    { name: 'round: choose competences', hash: open, screen: 'round', open: byIcon('list-check', dialog), within: DIALOG },
    { name: 'round: summary', hash: open, screen: 'round', open: step('summary') },
    { name: 'completed round: competences', hash: completed, screen: 'round', open: step('competences') },
    { name: 'completed round: summary', hash: completed, screen: 'round', open: step('summary') },
    { name: 'plan', hash: `${company}/plan`, screen: 'plan' },
    { name: 'activity drawer', hash: `${company}/plan`, screen: 'plan', open: click('open-activity', dialog), within: DIALOG },
    { name: 'providers', hash: '#/providers', screen: 'providers' },
    {
      name: 'settings',
      hash: '#/providers',
      screen: 'providers',
      open: click('open-settings', (p) => p.getByTestId('settings-form').waitFor()),
      within: DIALOG,
    },
    { name: 'person gaps', hash: `${company}/people/${d.personId}/gaps`, screen: 'personGaps' },
    ...['export', 'import', 'folder', 'log', 'offices'].map((id) => ({
      name: `exchange: ${id}`,
      hash: '#/exchange',
      screen: 'exchange',
      open: tab(id),
    })),
    { name: 'reports', hash: '#/reports', screen: 'reports' },
    {
      name: 'participant list',
      hash: '#/reports',
      screen: 'reports',
      // Confirmed, so that the export button is enabled and its colours count.
      open: click('open-participant-list', (p) => p.getByTestId('participant-confirm').check()),
      within: DIALOG,
    },
    { name: 'submitted report', hash: '#/reports', screen: 'reports', open: click('open-submitted', dialog), within: DIALOG },
  ];
}

/** The printed documents, each in the page's language. */
export function printVisits(d: ScreenData, language: 'sv' | 'en'): Visit[] {
  const docs = [
    ['plan', d.companyId],
    ['businessCheck', d.completedRoundId],
    ['passport', d.personId],
    ['attendance', `${d.companyId}/${d.month}`],
    ['deMinimis', d.companyId],
    ['personData', d.personId],
  ] as const;
  return docs.map(([doc, id]) => ({ name: `print ${doc}`, hash: `#/print/${doc}/${id}/${language}`, screen: 'print' }));
}

/**
 * Goes to a visit's screen by its hash (no reload) unless the page is on it already, closing what the last visit
 * opened, and opens what the visit names. Ready markers are cleared first so that the wait is for the new screen.
 */
export async function go(page: Page, visit: Visit): Promise<void> {
  const overlays = page.locator('[role="dialog"], [role="menu"]');
  for (let i = 0; i < 3 && (await overlays.count()) > 0; i++) {
    await page.keyboard.press('Escape');
    await overlays
      .first()
      .waitFor({ state: 'detached', timeout: 2_000 })
      .catch(() => undefined);
  }
  if ((await page.evaluate('location.hash')) !== visit.hash) {
    await page.evaluate(`(() => {
      delete document.body.dataset.printReady;
      document.body.dataset.ready = 'false';
      location.hash = ${JSON.stringify(visit.hash)};
    })()`);
  }
  if (visit.screen === 'print') await page.locator('body[data-print-ready="true"]').waitFor({ state: 'attached', timeout: 30_000 });
  else await screen(page, visit.screen);
  await visit.open?.(page);
}

/** A host on an empty data folder, for the screen that creates the database: started before the block, removed after. */
export function useEmptyHost(): { readonly host: RunningHost } {
  const state = {} as { host: RunningHost; dir: string };
  beforeAll(async () => {
    state.dir = await makeDataDir('vaxtkraft-empty-');
    state.host = await startHostProcess(state.dir);
  });
  afterAll(async () => {
    await state.host?.stop();
    if (state.dir) await removeDir(state.dir);
  });
  return state;
}

/**
 * The screens outside the shell, each handed to `look` once it is ready: the unlock screen (the database locked and
 * opened again with the passphrase), the self-assessment a person is handed (left with the passphrase), and the
 * create screen of an empty folder. The page is on the create screen after.
 */
export async function sessionScreens(
  page: Page,
  hosts: { demo: RunningHost; empty: RunningHost; passphrase: string },
  d: ScreenData,
  language: 'sv' | 'en',
  look: (name: string) => Promise<void>,
): Promise<void> {
  await must(hosts.demo, 'session.lock', {});
  await page.goto(hosts.demo.url);
  await screen(page, 'unlock');
  await look('unlock');
  await page.locator('input[type="password"]').fill(hosts.passphrase);
  await page.keyboard.press('Enter');
  await screen(page, 'overview');

  await must(hosts.demo, 'selfAssessment.enter', { roundId: d.openRoundId, personId: d.personId, language });
  try {
    await page.goto(hosts.demo.url);
    await screen(page, 'self');
    await look('self-assessment');
  } finally {
    await must(hosts.demo, 'selfAssessment.exit', { passphrase: hosts.passphrase });
  }

  await hostApi(hosts.empty, 'session.setLanguage', { language });
  await page.goto(hosts.empty.url);
  await screen(page, 'create');
  await look('create');
}
