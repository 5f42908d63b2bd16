import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en, sv } from '@shared/i18n';
import { addDays, swedishDate } from '@shared/clock';
import { axeProblems, must, newPage, screen, SHOTS, useDemoHost } from './harness';

/** Issue 13: record two sessions with attendance in the activity drawer, and see actual hours beside planned in the plan. */

const PASSPHRASE = 'kontorets närvarolösenfras';
const LANGS = { sv, en } as const;
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 1024, height: 640 },
] as const;

const decimal = (lang: 'sv' | 'en', n: number) => (lang === 'sv' ? String(n).replace('.', ',') : String(n));

/** Adds a session through the panel: a date and hours; everyone attends for those hours to begin with. */
async function addSession(page: Page, date: string, hours: string): Promise<void> {
  const panel = page.getByTestId('sessions-panel');
  const before = await panel.getByTestId('session').count();
  await panel.getByTestId('new-session-date').fill(date);
  await panel.getByTestId('new-session-hours').fill(hours);
  await panel.getByTestId('add-session').click();
  await expect.poll(() => panel.getByTestId('session').count()).toBe(before + 1);
}

describe('sessions and attendance through the UI', () => {
  const demo = useDemoHost('vaxtkraft-attendance-', 1, PASSPHRASE);

  for (const lang of ['sv', 'en'] as const) {
    it(`records two sessions with attendance and shows actual hours beside planned in the plan, in ${lang}`, async () => {
      const { host, browser } = demo;
      const t = LANGS[lang];
      await must(host, 'session.setLanguage', { language: lang });
      const orgNumber = lang === 'sv' ? '556036-0793' : '556703-7485';
      const company = await must(host, 'companies.create', { name: `Närvarobolaget ${lang} AB`, orgNumber });
      const anna = await must(host, 'people.create', { companyId: company.id, name: 'Anna Ägare', role: 'owner' });
      const bo = await must(host, 'people.create', { companyId: company.id, name: 'Bo Bagare', role: 'employee' });
      const today = swedishDate(new Date());
      const activity = await must(host, 'activities.create', {
        companyId: company.id,
        title: 'Surdegskurs',
        level: 'individual',
        personIds: [anna.id, bo.id],
        plannedStart: addDays(today, -14),
        plannedEnd: today,
        hours: 6,
        status: 'ongoing',
      });

      const { context, page } = await newPage(browser, { ...VIEWPORTS[0], locale: lang === 'sv' ? 'sv-SE' : 'en-GB' });
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(e.message));
      try {
        await page.goto(`${host.url}#/companies/${company.id}/plan`);
        await screen(page, 'plan');
        await page.getByTestId('open-activity').first().click();
        const panel = page.getByTestId('sessions-panel');
        await panel.waitFor();
        await expect(panel.getByText(t.plans.sessions.none).count()).resolves.toBe(1);

        // Marking done before any session is refused at the status field, nothing stored.
        const form = page.getByTestId('activity-form');
        await form.getByLabel(t.plans.activity.status).click();
        await page.getByRole('option', { name: t.plans.status.done }).click();
        await form.getByText(t.errors.field.plan.doneNeedsAttendance).waitFor();
        expect((await must(host, 'plans.get', { companyId: company.id })).activities[0]!.status).toBe('ongoing');

        // A session outside the activity's dates: refused at the field, in the page's language.
        await panel.getByTestId('new-session-date').fill(addDays(today, -20));
        await panel.getByTestId('new-session-hours').fill('3');
        await panel.getByTestId('add-session').click();
        await panel.getByText(t.errors.field.session.outsideActivity).waitFor();

        // Two sessions: three hours with both, then two and a half, where Bo was absent (unticked from the keyboard).
        await addSession(page, addDays(today, -7), '3');
        await addSession(page, addDays(today, -2), decimal(lang, 2.5));
        const second = panel.getByTestId('session').nth(1);
        const boBox = second.getByLabel(t.plans.sessions.attendedBy.replace('{{name}}', 'Bo Bagare'));
        await boBox.focus();
        await page.keyboard.press('Space');
        await expect.poll(() => boBox.isChecked()).toBe(false);
        await expect
          .poll(async () => (await must(host, 'plans.get', { companyId: company.id })).activities[0]!.sessions[1]?.attendance.length)
          .toBe(1);
        await expect(panel.getByTestId('sessions-summary').textContent()).resolves.toBe(
          t.plans.sessions.summary.replace('{{planned}}', '6').replace('{{actual}}', decimal(lang, 5.5)),
        );
        expect(await axeProblems(page, { all: true })).toEqual([]);
        for (const v of VIEWPORTS) {
          await page.setViewportSize(v);
          await panel.scrollIntoViewIfNeeded();
          await page.screenshot({ path: join(SHOTS, `attendance-drawer-${lang}-${v.width}.png`) });
        }
        await page.setViewportSize(VIEWPORTS[0]);

        // Now the activity can be done.
        await form.getByLabel(t.plans.activity.status).click();
        await page.getByRole('option', { name: t.plans.status.done }).click();
        await expect.poll(async () => (await must(host, 'plans.get', { companyId: company.id })).activities[0]!.status).toBe('done');
        await page.keyboard.press('Escape');
        await page.getByRole('dialog').waitFor({ state: 'detached' });

        // The plan: planned and actual side by side, per activity and in the totals (Anna 5.5 h, Bo 3 h).
        const row = page.locator(`[data-activity-id="${activity.id}"]`);
        await expect.poll(() => row.getByTestId('actual-hours').textContent()).toBe(decimal(lang, 5.5));
        await expect(page.getByTestId('total-actual-hours').textContent()).resolves.toBe(decimal(lang, 5.5));
        const byPerson = page.getByTestId('hours-by-person');
        await expect(byPerson.getByRole('row', { name: /Anna Ägare/ }).textContent()).resolves.toBe(`Anna Ägare6${decimal(lang, 5.5)}`);
        await expect(byPerson.getByRole('row', { name: /Bo Bagare/ }).textContent()).resolves.toBe('Bo Bagare63');
        expect(await axeProblems(page, { all: true })).toEqual([]);
        for (const v of VIEWPORTS) {
          await page.setViewportSize(v);
          await row.scrollIntoViewIfNeeded();
          await page.screenshot({ path: join(SHOTS, `attendance-plan-${lang}-${v.width}.png`) });
          await byPerson.scrollIntoViewIfNeeded();
          await page.screenshot({ path: join(SHOTS, `attendance-totals-${lang}-${v.width}.png`) });
        }
        expect(pageErrors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
