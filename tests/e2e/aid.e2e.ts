import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en, sv } from '@shared/i18n';
import { addDays, swedishDate } from '@shared/clock';
import { printHash } from '@shared/api/printRoute';
import { axeProblems, must, newPage, openSettings, screen, SHOTS, useDemoHost } from './harness';

/** Issue 13, de minimis aid: the rates in Settings, the company's section, declared aid, and the activity's warning. */

const PASSPHRASE = 'kontorets stödlösenfras';
const LANGS = { sv, en } as const;
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 1024, height: 640 },
] as const;

/** An input by its whole visible label; a required field's label ends in an asterisk. */
function field(scope: Locator | Page, label: string): Locator {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return scope.getByLabel(new RegExp(`^${escaped}( \\*)?$`));
}

async function shots(page: Page, target: Locator, name: string): Promise<void> {
  for (const v of VIEWPORTS) {
    await page.setViewportSize(v);
    await target.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, `${name}-${v.width}x${v.height}.png`) });
  }
  await page.setViewportSize(VIEWPORTS[0]);
}

describe('de minimis aid through the UI', () => {
  const env = useDemoHost('vaxtkraft-aid-', 1, PASSPHRASE);

  for (const lang of ['sv', 'en'] as const) {
    it(`sets the rates, declares aid, sees the three-year total and is warned before a share passes the ceiling, in ${lang}`, async () => {
      const { browser, host } = env;
      const t = LANGS[lang];
      await must(host, 'session.setLanguage', { language: lang });
      const orgNumber = lang === 'sv' ? '556036-0793' : '556703-7485';
      const company = await must(host, 'companies.create', { name: `Stödbolaget ${lang} AB`, orgNumber });
      const today = swedishDate(new Date());
      await must(host, 'contacts.create', {
        companyId: company.id,
        date: addDays(today, -10),
        kind: 'visit',
        advisor: 'Karin',
        personIds: [],
        hours: 2,
        summary: null,
        nextSteps: [],
      });
      const activity = await must(host, 'activities.create', {
        companyId: company.id,
        title: 'Exportsatsning',
        plannedStart: addDays(today, -30),
        costSek: 4_000_000,
        programmeShareSek: 11_000,
      });

      const { context, page } = await newPage(browser, { ...VIEWPORTS[0], locale: lang === 'sv' ? 'sv-SE' : 'en-GB' });
      // The browser host prints from a new tab; its print dialog is replaced by a marker.
      await context.addInitScript('window.print = () => { document.body.dataset.printed = "true"; };');
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(e.message));
      try {
        // Settings: the advisor's hourly rate and the exchange rate, saved when each field is left.
        await page.goto(`${host.url}#/companies/${company.id}`);
        await screen(page, 'company');
        const settings = await openSettings(page);
        await field(settings, t.aid.settings.hourlyRate).fill('1000');
        await page.keyboard.press('Tab');
        await field(settings, t.aid.settings.eurRate).fill('11');
        await page.keyboard.press('Tab');
        await expect.poll(async () => must(host, 'settings.get', {})).toMatchObject({ hourlyRateSek: 1000, eurRate: 11 });
        expect(await axeProblems(page, { all: true })).toEqual([]);
        await page.keyboard.press('Escape');
        await settings.waitFor({ state: 'detached' });
        await page.reload();
        await screen(page, 'company');

        // The section: advice 2 h × 1,000 kr and the activity's 11,000 kr, 13,000 kr = 1,181.82 € in the three years.
        const section = page.getByTestId('section-aid');
        await section.getByTestId('aid-total').waitFor();
        await expect(section.getByTestId('aid-line').count()).resolves.toBe(2);
        await expect(section.getByText(t.aid.declared.empty).count()).resolves.toBe(1);

        // Declaring aid: an empty amount and a date in the future are refused at their fields, nothing stored.
        await section.getByTestId('add-aid').click();
        const form = page.getByTestId('aid-form');
        await form.waitFor();
        await field(form, t.aid.form.grantingBody).fill('Region Västmanland');
        await field(form, t.aid.form.date).fill(addDays(today, 1));
        await page.getByTestId('aid-submit').click();
        await form.getByText(t.errors.field.number).waitFor();
        await field(form, t.aid.form.amount).fill('250000');
        await page.getByTestId('aid-submit').click();
        await form.getByText(t.errors.field.aid.dateInFuture).waitFor();
        expect(await must(host, 'aid.list', { companyId: company.id })).toEqual([]);
        expect(await axeProblems(page, { all: true })).toEqual([]);
        await field(form, t.aid.form.date).fill(addDays(today, -100));
        await page.getByTestId('aid-submit').click();
        await form.waitFor({ state: 'detached' });
        await section.getByTestId('declared-aid-item').waitFor();
        const summary = await must(host, 'aid.summary', { companyId: company.id });
        expect(summary).toMatchObject({ programmeSek: 13_000, declaredSek: 250_000, totalSek: 263_000, overCeiling: false });
        await expect.poll(() => section.getByTestId('aid-line').count()).toBe(3);
        expect(await axeProblems(page, { all: true })).toEqual([]);
        await shots(page, section, `aid-company-${lang}`);

        // The activity: a share above its cost is refused at the field; one that passes the ceiling is warned about
        // while it is typed, before anything is saved, and is saved when the field is left (a warning, not a refusal).
        await page.goto(`${host.url}#/companies/${company.id}/plan`);
        await screen(page, 'plan');
        await page.getByTestId('open-activity').first().click();
        const drawer = page.getByTestId('activity-form');
        await drawer.waitFor();
        const share = field(drawer, t.aid.share.label);
        await share.fill('5000000');
        // The check of what is typed answers first (it is over the ceiling too): the field holds the typed value.
        await drawer.getByTestId('aid-share-warning').waitFor();
        await share.blur();
        await drawer.getByText(t.errors.field.plan.shareAboveCost).waitFor();
        await share.fill('3500000');
        await drawer.getByTestId('aid-share-warning').waitFor();
        expect((await must(host, 'plans.get', { companyId: company.id })).activities[0]!.programmeShareSek).toBe(11_000);
        await share.blur();
        await expect
          .poll(async () => (await must(host, 'plans.get', { companyId: company.id })).activities[0]!.programmeShareSek)
          .toBe(3_500_000);
        await expect(drawer.getByTestId('aid-share-warning').count()).resolves.toBe(1);
        expect(await axeProblems(page, { all: true })).toEqual([]);
        await shots(page, drawer.getByTestId('aid-share-warning'), `aid-warning-${lang}`);
        // The certificate: printed from the section, in a new tab (the browser host's way), in the page's language.
        // Printed last: once a second tab has been in front, focus and blur events no longer reach this page reliably.
        await page.goto(`${host.url}#/companies/${company.id}`);
        await screen(page, 'company');
        await section.getByTestId('aid-total').waitFor();
        const [popup] = await Promise.all([context.waitForEvent('page'), section.getByTestId('print-de-minimis').click()]);
        await popup.locator('body[data-printed="true"]').waitFor({ timeout: 30_000 });
        expect(new URL(popup.url()).hash).toBe(printHash({ document: 'deMinimis', companyId: company.id, language: lang, auto: true }));
        await expect(popup.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(t.print.deMinimis.title);
        await popup.close();

        const check = await must(host, 'aid.checkActivity', { activityId: activity.id, programmeShareSek: 3_500_000 });
        expect(check.overCeiling).toBe(true);
        expect(pageErrors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
