import { describe, expect, it } from 'vitest';
import { en, sv } from '@shared/i18n';
import { axeProblems, labelled as field, must, newPage, screen, useDemoHost, viewportShots as shots, VIEWPORTS } from './harness';

/**
 * Issue 14, the programme's rules on the company: an organisation number in the 12-digit personnummer form with an
 * en dash (a non-existent date refused first), SNI chosen as one types, over 20 employees warned about and enrolled
 * only with a reason, who owns the company (with consent), a participant's personnummer shown masked, and the funder's
 * definition of foreign background at its field.
 */

const PASSPHRASE = 'kontorets regellösenfras';
const LANGS = { sv, en } as const;
/** Two sole traders' numbers in their 12-digit form, with an en dash: one per language run. */
const ORG = { sv: ['19811218–9876', '811218-9876'], en: ['20121212–1212', '121212-1212'] } as const;

describe('the programme’s rules on the company, through the UI', () => {
  const env = useDemoHost('vaxtkraft-company-rules-', 1, PASSPHRASE);

  for (const lang of ['sv', 'en'] as const) {
    it(`registers a sole trader, picks SNI, enrols over 20 only with a reason, records owners and a personnummer, ${lang}`, async () => {
      const { browser, host } = env;
      const t = LANGS[lang];
      await must(host, 'session.setLanguage', { language: lang });
      const { page } = await newPage(browser, { ...VIEWPORTS[0], locale: lang === 'sv' ? 'sv-SE' : 'en-GB' });
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(e.message));

      // Registration: a date that does not exist is refused with its own message; the 12-digit form with an en dash is taken.
      await page.goto(`${host.url}#/companies`);
      await screen(page, 'companies');
      await page.getByTestId('new-company').first().click();
      const dialog = page.getByTestId('new-company-form');
      await field(dialog, t.companies.create.name).fill(`Regelfirman ${lang}`);
      await field(dialog, t.companies.create.orgNumber).fill('811232-9878');
      await dialog.getByText(t.errors.field.orgNumber.birth_date).waitFor();
      await field(dialog, t.companies.create.orgNumber).fill(ORG[lang][0]);
      await dialog.getByText(t.companies.create.orgNumberValid).waitFor();
      expect(await axeProblems(page, { all: true })).toEqual([]);
      await shots(page, dialog, `company-rules-register-${lang}`);
      await page.getByTestId('create-company-submit').click();
      await screen(page, 'company');
      const id = /#\/companies\/([^/]+)/.exec(page.url())![1]!;
      expect((await must(host, 'companies.get', { id })).orgNumber).toBe(ORG[lang][1]);

      // SNI as one types: the division is offered by its code and name in the chosen version.
      const sni = page.getByTestId('sni-field');
      await sni.fill('62');
      const option =
        lang === 'sv' ? '62 Dataprogrammering, datakonsultverksamhet o.d.' : '62 Computer programming, consultancy and related activities';
      await page.getByRole('option', { name: option }).click();
      await expect.poll(async () => (await must(host, 'companies.get', { id })).sniCode).toBe('62');

      // 25 employees: the count says what it means, and the programme section warns before enrolling.
      const employees = field(page, t.companies.details.employees);
      await employees.fill('25');
      await employees.blur();
      await page.getByText(t.companyRules.size.overTwenty).first().waitFor();
      const warnings = page.getByTestId('enrolment-warnings');
      await warnings.getByText(t.companyRules.warnings.overTwenty.replace('{{employees}}', '25')).waitFor();

      // Enrolling without a reason is refused (nothing stored); with one it is enrolled.
      const ready = { growthAmbition: true, growthAmbitionDate: '2025-01-15', consentBy: 'Ägaren', consentAt: '2025-01-15' };
      await must(host, 'companies.update', { id, patch: ready });
      await page.reload();
      await screen(page, 'company');
      const programme = page.getByTestId('section-programme');
      await field(programme, t.companies.programme.status).click();
      await page.getByRole('option', { name: t.companies.status.enrolled, exact: true }).click();
      await programme.getByText(t.errors.company.sizeReasonRequired.replace('{{employees}}', '25')).waitFor();
      expect((await must(host, 'companies.get', { id })).status).toBe('prospect');
      await field(programme, t.companyRules.size.reason).fill('Regionens beslut 2025-01-10');
      await field(programme, t.companyRules.size.reason).blur();
      await expect.poll(async () => (await must(host, 'companies.get', { id })).sizeReason).toBe('Regionens beslut 2025-01-10');
      await field(programme, t.companies.programme.status).click();
      await page.getByRole('option', { name: t.companies.status.enrolled, exact: true }).click();
      await expect.poll(async () => (await must(host, 'companies.get', { id })).status).toBe('enrolled');

      // Who owns it: the consent is recorded, so it can be chosen.
      await field(programme, t.companyRules.owner.label).click();
      await page.getByRole('option', { name: t.companyRules.owner.option.women, exact: true }).click();
      await expect.poll(async () => (await must(host, 'companies.get', { id })).ownerGender).toBe('women');
      expect(await axeProblems(page, { all: true })).toEqual([]);
      await shots(page, programme, `company-rules-programme-${lang}`);

      // A participant's personnummer: a date that does not exist is refused at the field; a valid one is shown masked.
      const person = await must(host, 'people.create', { companyId: id, name: 'Maja Deltagare', role: 'employee' });
      await page.reload();
      await screen(page, 'company');
      await page.getByTestId('person-row').filter({ hasText: 'Maja Deltagare' }).click();
      const drawer = page.getByTestId('person-drawer');
      await drawer.getByText(t.companyRules.foreignBackgroundHelp).waitFor();
      await drawer.getByRole('button', { name: t.companyRules.personnummer.add }).click();
      const input = field(drawer, t.companyRules.personnummer.label);
      await input.fill('811232-9878');
      await input.press('Enter');
      await drawer.getByText(t.errors.field.personnummer.birth_date).waitFor();
      await input.fill('811218–9876');
      await input.press('Enter');
      await drawer.getByTestId('personnummer-masked').filter({ hasText: '********-9876' }).waitFor();
      const stored = (await must(host, 'people.list', { companyId: id })).find((p) => p.id === person.id)!;
      expect(stored.personnummerMasked).toBe('********-9876');
      expect(await drawer.textContent()).not.toContain('811218');
      expect(await axeProblems(page, { all: true })).toEqual([]);
      await shots(page, drawer.getByTestId('personnummer'), `company-rules-person-${lang}`);
      expect(pageErrors).toEqual([]);
      await page.context().close();
    });
  }
});
