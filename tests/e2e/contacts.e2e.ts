import { join } from 'node:path';
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en, sv } from '@shared/i18n';
import { swedishDate } from '@shared/clock';
import {
  axeProblems,
  launchBrowser,
  makeDataDir,
  must,
  newPage,
  removeDir,
  screen,
  seedDemo,
  shot,
  SHOTS,
  startHostProcess,
} from './harness';
import type { RunningHost } from './harness';

const PASSPHRASE = 'kontorets kontaktlösenfras';

/** An input by its whole visible label; a required field's label ends in an asterisk. */
function field(scope: Locator, label: string): Locator {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return scope.getByLabel(new RegExp(`^${escaped}( \\*)?$`));
}
const LANGS = { sv, en } as const;

describe('the advisor’s log of contacts through the UI', () => {
  let browser: Browser;
  let dataDir: string;
  let host: RunningHost;

  beforeAll(async () => {
    dataDir = await makeDataDir('vaxtkraft-contacts-');
    await seedDemo(dataDir, 2, PASSPHRASE);
    host = await startHostProcess(dataDir, { VAXTKRAFT_PASSPHRASE: PASSPHRASE });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await host?.stop();
    await browser?.close();
    await removeDir(dataDir);
  });

  for (const lang of ['sv', 'en'] as const) {
    it(`logs a visit with a next step and sees it on the company page and the overview, in ${lang}`, async () => {
      const t = LANGS[lang];
      await must(host, 'session.setLanguage', { language: lang });
      const orgNumber = lang === 'sv' ? '556036-0793' : '556703-7485';
      const company = await must(host, 'companies.create', { name: `Kontaktbolaget ${lang} AB`, orgNumber });
      await must(host, 'people.create', { companyId: company.id, name: 'Anna Ägare', role: 'owner' });
      const today = swedishDate(new Date());

      const { context, page } = await newPage(browser, { width: 1280, height: 800, locale: lang === 'sv' ? 'sv-SE' : 'en-GB' });
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(e.message));
      try {
        await page.goto(`${host.url}#/companies/${company.id}`);
        await screen(page, 'company');
        const section = page.getByTestId('section-contacts');
        await expect(section.getByText(t.contacts.section.empty).count()).resolves.toBe(1);

        // The dialog: a visit of an hour and a half, with the owner present and one next step due today.
        await page.getByTestId('log-contact').click();
        const form = page.getByTestId('contact-form');
        await form.waitFor();
        await field(form, t.contacts.form.advisor).fill('Karin Rådgivare');
        await field(form, t.contacts.form.people).click();
        await page.getByRole('option', { name: 'Anna Ägare' }).click();
        await field(form, t.contacts.form.summary).fill('Gick igenom kompetensplanen.');
        await form.getByTestId('contact-add-step').click();
        const step = form.getByTestId('contact-step-0');
        await field(step, t.contacts.form.stepText).fill('Skicka offert på utbildning');
        await field(step, t.contacts.form.stepDue).fill(today);
        await field(step, t.contacts.form.stepOwnerPerson).click();
        await page.getByRole('option', { name: 'Anna Ägare' }).click();

        // Not in quarter hours: refused at the field, in the page's language, nothing stored.
        const hours = field(form, t.contacts.form.hours);
        await hours.fill(lang === 'sv' ? '1,1' : '1.1');
        await page.getByTestId('contact-submit').click();
        await expect(form.getByText(t.errors.field.contact.quarterHours).count()).resolves.toBe(1);
        expect(await must(host, 'contacts.list', { companyId: company.id })).toEqual([]);
        expect(await axeProblems(page, { all: true })).toEqual([]);
        await hours.fill(lang === 'sv' ? '1,5' : '1.5');
        await shot(page, `contacts-dialog-${lang}`);
        await page.getByTestId('contact-submit').click();
        await form.waitFor({ state: 'detached' });

        const [logged] = await must(host, 'contacts.list', { companyId: company.id });
        expect(logged).toMatchObject({ date: today, kind: 'visit', hours: 1.5, advisor: 'Karin Rådgivare' });
        expect(logged!.nextSteps).toHaveLength(1);
        await section.getByTestId('contact-item').waitFor();
        await expect(section.getByTestId('open-step').textContent()).resolves.toContain('Skicka offert på utbildning');
        await expect(section.getByTestId('contact-item').textContent()).resolves.toContain(t.contacts.kind.visit);
        expect(await axeProblems(page, { all: true })).toEqual([]);
        await section.scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(SHOTS, `contacts-company-${lang}.png`) });

        // The overview: the step, under its advisor, due this week.
        await page.goto(`${host.origin}/#/overview`);
        await screen(page, 'overview');
        const card = page.locator('[data-testid="overview-steps"][data-ready="true"]');
        await card.waitFor();
        const group = card.getByTestId('overview-steps-advisor').filter({ hasText: 'Karin Rådgivare' });
        const item = group.getByTestId('overview-step').filter({ hasText: company.name });
        await expect(item.getAttribute('data-state')).resolves.toBe('due');
        await expect(item.textContent()).resolves.toContain('Skicka offert på utbildning');
        await expect(card.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(t.contacts.due.title);
        expect(await axeProblems(page, { all: true })).toEqual([]);
        await card.scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(SHOTS, `contacts-overview-${lang}.png`) });
        expect(pageErrors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
