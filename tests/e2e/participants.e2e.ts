import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en, sv } from '@shared/i18n';
import { addDays, swedishDate } from '@shared/clock';
import { axeProblems, labelled as field, must, newPage, screen, SHOTS, useDemoHost, viewportShots as shots, VIEWPORTS } from './harness';

/**
 * Issue 14, done when: enter and exit a participant with results, submit a report, erase a person, reopen the
 * submitted report and see the difference listed; and the overview lists the six-month follow-ups due.
 */

const PASSPHRASE = 'kontorets deltagarlösenfras';
const LANGS = { sv, en } as const;

async function seed(host: Parameters<typeof must>[0], lang: 'sv' | 'en', today: string) {
  const company = await must(host, 'companies.create', {
    name: `Deltagarbolaget ${lang} AB`,
    orgNumber: lang === 'sv' ? '556036-0793' : '556703-7485',
    status: 'enrolled',
    growthAmbition: true,
    growthAmbitionDate: addDays(today, -90),
    consentBy: 'Ägaren',
    consentAt: addDays(today, -90),
  });
  const details = { followupConsent: true, birthYear: 1990, educationLevel: 'isced_3_4', employmentStatus: 'unemployed' } as const;
  const ada = await must(host, 'people.create', {
    companyId: company.id,
    name: `Ada ${lang}`,
    role: 'employee',
    gender: 'woman',
    ...details,
  });
  const bo = await must(host, 'people.create', { companyId: company.id, name: `Bo ${lang}`, role: 'employee', gender: 'man', ...details });
  // Left seven months ago: the six-month follow-up is due.
  await must(host, 'people.create', {
    companyId: company.id,
    name: `Cem ${lang}`,
    role: 'owner',
    entryDate: addDays(today, -400),
    exitDate: addDays(today, -210),
  });
  await must(host, 'activities.create', {
    companyId: company.id,
    title: 'Ekonomistyrning',
    plannedStart: addDays(today, -20),
    plannedEnd: addDays(today, -5),
    personIds: [ada.id, bo.id],
    hours: 4,
  });
  return { company, ada, bo };
}

describe('participants from entry to exit, and a submitted report, through the UI', () => {
  const env = useDemoHost('vaxtkraft-participants-', 1, PASSPHRASE);

  for (const lang of ['sv', 'en'] as const) {
    it(`enters and exits a participant, submits the report, erases a person and sees the difference, in ${lang}`, async () => {
      const { browser, host } = env;
      const t = LANGS[lang];
      const p = t.participation.panel;
      await must(host, 'session.setLanguage', { language: lang });
      const today = swedishDate(new Date());
      const { company, ada, bo } = await seed(host, lang, today);
      const entry = addDays(today, -30);
      const exit = addDays(today, -2);

      const { context, page } = await newPage(browser, { ...VIEWPORTS[0], locale: lang === 'sv' ? 'sv-SE' : 'en-GB' });
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(e.message));
      try {
        // The person drawer: entry fixes the age band and what the person did then; exit with results.
        await page.goto(`${host.url}#/companies/${company.id}`);
        await screen(page, 'company');
        await page.getByRole('button', { name: t.people.section.edit.replace('{{name}}', ada.name) }).click();
        const drawer = page.getByTestId('person-drawer');
        const panel = drawer.getByTestId('participation-panel');
        await field(panel, p.entryDate).fill(entry);
        await page.keyboard.press('Tab');
        await expect
          .poll(() => panel.getByTestId('entry-age-band').textContent())
          .toBe(p.ageBand.replace('{{band}}', t.people.option.ageBand['30_54']));
        // An exit before entry is refused at the field, and nothing is stored.
        await field(panel, p.exitDate).fill(addDays(entry, -1));
        await page.keyboard.press('Tab');
        await panel.getByText(t.errors.field.participation.exitBeforeEntry).waitFor();
        await field(panel, p.exitDate).fill(exit);
        await page.keyboard.press('Tab');
        const results = panel.getByTestId('exit-results');
        await field(results, p.exitInEmployment).click();
        await page.getByRole('option', { name: p.yes, exact: true }).click();
        await field(results, p.exitQualification).click();
        await page.getByRole('option', { name: p.no, exact: true }).click();
        await expect
          .poll(async () => (await must(host, 'people.list', { companyId: company.id })).find((x) => x.id === ada.id))
          .toMatchObject({ entryDate: entry, exitDate: exit, entryAgeBand: '30_54', entryEmploymentStatus: 'unemployed' });
        await expect
          .poll(async () => (await must(host, 'people.list', { companyId: company.id })).find((x) => x.id === ada.id))
          .toMatchObject({ exitInEmployment: true, exitQualification: false, exitJobSearching: null });
        await panel.getByTestId('six-month-due').waitFor();
        // axe in Swedish only for the drawer and the overview (the same structure in both languages; keeps the file short).
        if (lang === 'sv') expect(await axeProblems(page)).toEqual([]);
        await shots(page, panel, `participants-drawer-${lang}`);
        await page.keyboard.press('Escape');

        // The report: mark it as submitted, which saves the file to send.
        await page.getByRole('link', { name: t.reports.page.nav, exact: true }).click();
        await screen(page, 'reports');
        await page.getByTestId('submit-report').click();
        const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('submit-confirm').click()]);
        expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
        const submitted = page.getByTestId('submitted-reports');
        await submitted.locator('[data-submitted]').first().waitFor();

        // Erase a person; the report as sent stays, today's figures differ, each difference listed.
        await must(host, 'people.delete', { id: bo.id });
        await submitted.getByTestId('open-submitted').first().click();
        const view = page.getByTestId('submitted-view');
        await view.waitFor();
        expect(Number(await view.getAttribute('data-changes'))).toBeGreaterThan(0);
        const participants = view.locator('[data-testid="submitted-changes"] tbody tr').filter({
          hasText: `${t.reports.tables.summary} › ${t.reports.rows.measure.participants}`,
        });
        await expect(participants.locator('td').first().textContent()).resolves.not.toBe(
          await participants.locator('td').nth(1).textContent(),
        );
        expect(await view.locator('mark[data-changed="true"]').count()).toBeGreaterThan(0);
        expect(await axeProblems(page)).toEqual([]);
        await shots(page, view, `participants-submitted-${lang}`);
        await page.keyboard.press('Escape');

        // The overview: the participant who left seven months ago is due for the six-month follow-up.
        await page.getByRole('link', { name: t.reports.overview.nav, exact: true }).click();
        await screen(page, 'overview');
        const due = page.getByTestId('overview-participants-due');
        await due.getByText(`Cem ${lang}`).waitFor();
        if (lang === 'sv') expect(await axeProblems(page)).toEqual([]);
        await shots(page, due, `participants-overview-${lang}`);
        expect(pageErrors).toEqual([]);
      } catch (e) {
        await page.screenshot({ path: join(SHOTS, `participants-failure-${lang}.png`), fullPage: true }).catch(() => undefined);
        throw new Error(`${String(e)}; page errors: ${pageErrors.join(' | ')}`, { cause: e });
      } finally {
        await context.close();
      }
    });
  }
});
