import { mkdir } from 'node:fs/promises';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en, sv } from '@shared/i18n/resources';
import {
  SHOTS,
  allFiles,
  axeProblems,
  filesContaining,
  launchBrowser,
  makeDataDir,
  newPage,
  removeDir,
  screen,
  shot,
  startHostProcess,
  type RunningHost,
} from './harness';

const PASSPHRASE = 'ett långt testlösen med 4 ord';
const COMPANY = 'Zyxwv Snickeri AB';
const PEOPLE = ['Qwerty Persson', 'Asdfg Lindqvist'];

/** An input by its visible label; a required field's label ends in an asterisk. */
function field(page: Page | Locator, label: string) {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.getByLabel(new RegExp(`^${escaped}( \\*)?$`));
}

async function chooseOption(scope: Page | Locator, label: string, option: string): Promise<void> {
  await field(scope, label).click();
  const page = 'goto' in scope ? scope : scope.page();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('the register, end to end in Chromium against the browser host', () => {
  let browser: Browser;
  let dataDir: string;
  let host: RunningHost | undefined;

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    dataDir = await makeDataDir();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await host?.stop();
    await browser?.close();
    await removeDir(dataDir);
  });

  it('creates a store on first run, registers a company with two people, and switches language', async () => {
    // A Swedish system: the app starts in Swedish.
    host = await startHostProcess(dataDir, { LANG: 'sv_SE.UTF-8' });
    const { context, page } = await newPage(browser, { locale: 'sv-SE' });

    await page.goto(host.url);
    await screen(page, 'create');
    await page.getByRole('heading', { name: sv.session.create.title }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    expect(await axeProblems(page)).toEqual([]);
    await shot(page, '01-first-run-sv');

    // A ten-character passphrase that attackers try first is refused at the field, with the reason in Swedish.
    await field(page, sv.session.create.passphrase).fill('lösenord123');
    await field(page, sv.session.create.confirmation).fill('lösenord123');
    await page.getByRole('button', { name: sv.session.create.submit }).click();
    await page.getByText(sv.errors.field.passphraseWeak.similarToCommon).first().waitFor();
    expect(await page.locator('body').getAttribute('data-screen')).toBe('create');

    // Mismatched confirmation is refused at the field.
    await field(page, sv.session.create.passphrase).fill(PASSPHRASE);
    await field(page, sv.session.create.confirmation).fill(`${PASSPHRASE}x`);
    await page.getByRole('button', { name: sv.session.create.submit }).click();
    await page.getByText(sv.errors.field.passphraseMismatch).waitFor();

    await field(page, sv.session.create.confirmation).fill(PASSPHRASE);
    await page.getByRole('button', { name: sv.session.create.submit }).click();
    // The advisor starts on the overview; the register is one click away.
    await screen(page, 'overview');
    await page.getByRole('link', { name: sv.shell.nav.companies }).click();
    await screen(page, 'companies');
    await page.getByText(sv.companies.list.empty.title).waitFor();

    // A company, with a bad checksum first: the message is shown and nothing is created.
    await page.getByTestId('new-company').first().click();
    await field(page, sv.companies.create.name).fill(COMPANY);
    await field(page, sv.companies.create.orgNumber).fill('556036-0794');
    await field(page, sv.companies.create.orgNumber).blur();
    await page.getByText(sv.errors.field.orgNumber.checksum).waitFor();
    await field(page, sv.companies.create.orgNumber).fill('5560360793');
    await chooseOption(page.getByRole('dialog'), sv.companies.municipality.label, 'Örebro');
    expect(await axeProblems(page)).toEqual([]);
    await page.getByTestId('create-company-submit').click();
    await screen(page, 'company');
    expect(await page.getByTestId('company-title').textContent()).toBe(COMPANY);
    await page.getByText('556036-0793').first().waitFor();

    // Two people: the owner and an employee.
    for (const [name, role] of [
      [PEOPLE[0]!, sv.people.role.owner],
      [PEOPLE[1]!, sv.people.role.employee],
    ] as const) {
      await page.getByTestId('add-person').click();
      const dialog = page.getByRole('dialog');
      await field(dialog, sv.people.edit.name).fill(name);
      await chooseOption(dialog, sv.people.edit.role, role);
      await page.getByTestId('add-person-submit').click();
      await page.getByTestId('person-row').filter({ hasText: name }).waitFor();
    }
    expect(await page.getByTestId('person-row').count()).toBe(2);

    // An impossible value is shown at the field and not saved.
    const employees = field(page, sv.companies.details.employees);
    await employees.fill('75');
    await employees.blur();
    await page.getByText(sv.errors.field.employeesMax).waitFor();
    await page.locator('[data-testid="save-state"][data-state="error"]').waitFor();
    await employees.fill('4');
    await employees.blur();
    await page.locator('[data-testid="save-state"][data-state="saved"]').waitFor();
    expect(await axeProblems(page)).toEqual([]);
    await shot(page, '02-company-sv');

    // Switching language changes the visible labels at once, without a reload.
    await page.getByTestId('language-switch').getByText(en.shell.language.en).click();
    await page.getByRole('heading', { name: en.people.section.title }).waitFor();
    expect(await page.getByRole('heading', { name: sv.people.section.title }).count()).toBe(0);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('link', { name: en.shell.nav.companies }).first().waitFor();
    await shot(page, '03-company-en');

    await context.close();
    await host.stop();
    host = undefined;
  });

  it('after a restart, refuses a wrong passphrase and finds the data with the right one', async () => {
    await host?.stop();
    host = await startHostProcess(dataDir, { LANG: 'sv_SE.UTF-8' });
    const { context, page } = await newPage(browser, { locale: 'sv-SE' });
    await page.goto(host.url);
    await screen(page, 'unlock');
    // The language chosen before the restart is kept.
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    await field(page, en.session.unlock.passphrase).fill('not the passphrase');
    await page.getByRole('button', { name: en.session.unlock.submit }).click();
    await page.getByText(en.errors.store.wrongPassphrase).waitFor();
    expect(await page.locator('body').getAttribute('data-screen')).toBe('unlock');
    expect(await axeProblems(page)).toEqual([]);
    await shot(page, '04-wrong-passphrase-en');

    await field(page, en.session.unlock.passphrase).fill(PASSPHRASE);
    // A wrong passphrase makes the next try wait (1, 2, 4 … s): the right one, tried too soon, is asked to wait.
    await expect
      .poll(
        async () => {
          if ((await page.locator('body').getAttribute('data-screen')) === 'unlock') {
            await page
              .getByRole('button', { name: en.session.unlock.submit })
              .click({ timeout: 2_000 })
              .catch(() => undefined);
          }
          return page.locator('body[data-screen="overview"][data-ready="true"]').count();
        },
        { timeout: 30_000, interval: 1_500 },
      )
      .toBe(1);
    await page.getByRole('link', { name: en.shell.nav.companies }).click();
    await screen(page, 'companies');
    const row = page.getByTestId('company-row').filter({ hasText: COMPANY });
    await row.waitFor();
    expect(await row.textContent()).toContain('556036-0793');
    expect(await row.textContent()).toContain('Örebro');

    await page.getByTestId('company-search').fill('zyxwv');
    await page.getByTestId('company-row').filter({ hasText: COMPANY }).waitFor();
    await page.getByTestId('company-search').fill('no such company anywhere');
    await page.getByText(en.companies.list.noMatches.title).waitFor();
    expect(await axeProblems(page)).toEqual([]);

    await context.close();
    await host.stop();
    host = undefined;
  });

  it('leaves no company or person name readable in any file of the data folder', async () => {
    await host?.stop();
    const files = (await allFiles(dataDir)).map((f) => f.slice(dataDir.length + 1));
    expect(files).toContain('vaxtkraft.db');
    expect(await filesContaining(dataDir, [COMPANY, ...PEOPLE, 'Zyxwv', 'Qwerty'])).toEqual([]);
  });
});
