import { describe, expect, it } from 'vitest';
import { en, sv } from '@shared/i18n';
import { swedishDate } from '@shared/clock';
import { axeProblems, must, newPage, screen, useDemoHost, viewportShots } from './harness';
import type { Page } from 'playwright-core';

/**
 * Issue 17, dates: the date fields follow the app's language, not the system's (the browser runs in the other
 * language's locale here): a calendar with the language's month and weekday names, one format per language in the
 * field, typing in either form, and the calendar worked from the keyboard.
 */

const PASSPHRASE = 'kontorets datumlösenfras';
const LANGS = { sv, en } as const;
const SYSTEM_LOCALE = { sv: 'en-GB', en: 'sv-SE' } as const;

const inputOf = (page: Page, field: 'from' | 'to') => page.getByTestId(`report-${field}`);
const buttonOf = (page: Page, field: 'from' | 'to', name: string) =>
  page.locator('.mantine-TextInput-root', { has: inputOf(page, field) }).getByRole('button', { name });

describe('date fields in the app’s language', () => {
  const env = useDemoHost('vaxtkraft-dates-', 1, PASSPHRASE);

  for (const lang of ['sv', 'en'] as const) {
    it(`shows and reads dates in ${lang}, with a calendar in ${lang} worked from the keyboard`, async () => {
      const { browser, host } = env;
      const t = LANGS[lang];
      await must(host, 'session.setLanguage', { language: lang });
      const today = swedishDate(new Date());
      const first = `${today.slice(0, 8)}01`;
      const second = `${today.slice(0, 8)}02`;
      const intl = lang === 'sv' ? 'sv-SE' : 'en-GB';
      const at = (iso: string) => new Date(`${iso}T00:00:00Z`);
      const monthYear = new Intl.DateTimeFormat(intl, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(at(first));
      const english = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
      const shown = (iso: string) => (lang === 'sv' ? iso : english.format(at(iso)));
      // What has focus, by its accessible label (a string: this file is type-checked without the DOM's types).
      const focused = () => page.evaluate<string | null>('document.activeElement?.getAttribute("aria-label") ?? null');

      const { context, page } = await newPage(browser, { width: 1280, height: 800, locale: SYSTEM_LOCALE[lang] });
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(e.message));
      try {
        await page.goto(`${host.url}#/reports`);
        await screen(page, 'reports');

        // Typed as ISO (as every e2e test types dates), shown in the language's format once left.
        await inputOf(page, 'from').fill(first);
        await inputOf(page, 'from').press('Tab');
        await expect(inputOf(page, 'from').inputValue()).resolves.toBe(shown(first));

        // The calendar from the keyboard: the button after the field, Enter opens it on the chosen day.
        const open = buttonOf(page, 'from', t.common.dateField.openCalendar);
        await expect(focused()).resolves.toBe(t.common.dateField.openCalendar);
        await page.keyboard.press('Enter');
        const calendar = page.getByRole('dialog', { name: t.reports.filter.from });
        await calendar.waitFor();
        await expect(calendar.getByText(monthYear, { exact: true }).count()).resolves.toBe(1);
        const weekdays = await calendar.getByRole('columnheader').allTextContents();
        expect(weekdays[0]).toBe(lang === 'sv' ? 'må' : 'Mo');
        expect(await axeProblems(page)).toEqual([]);
        await viewportShots(page, calendar, `dates-calendar-${lang}`);

        // Arrows move between days, Enter picks; the calendar closes and focus is back on its button.
        await calendar.locator('[data-autofocus]').focus();
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('Enter');
        await calendar.waitFor({ state: 'hidden' });
        await expect(inputOf(page, 'from').inputValue()).resolves.toBe(shown(second));
        await expect(focused()).resolves.toBe(t.common.dateField.openCalendar);
        await expect(open.count()).resolves.toBe(1);

        // Escape closes it without a change.
        await page.keyboard.press('Enter');
        await calendar.waitFor();
        await page.keyboard.press('Escape');
        await calendar.waitFor({ state: 'hidden' });
        await expect(inputOf(page, 'from').inputValue()).resolves.toBe(shown(second));

        // The language's own form is read too: "1 november 2026" / "1 Nov 2026".
        const month = lang === 'sv' ? 'long' : 'short';
        const typedName = new Intl.DateTimeFormat(intl, { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' });
        await inputOf(page, 'to').fill(typedName.format(at(first)));
        await inputOf(page, 'to').press('Tab');
        await expect(inputOf(page, 'to').inputValue()).resolves.toBe(shown(first));
        expect(pageErrors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
