import { describe, expect, it } from 'vitest';
import { en, sv } from '@shared/i18n';
import { axeProblems, must, newPage, openSettings, screen, useDemoHost, viewportShots, VIEWPORTS } from './harness';

/**
 * Issue 15: make a backup, change the data, restore the backup and see the old data; then wait out the idle minutes
 * (the page's clock fast-forwarded, nothing timed) and see the unlock screen, with the backups listed there too.
 */

const PASSPHRASE = 'kontorets lösenfras för kopior';
const LANGS = { sv, en } as const;

describe('backups and auto-lock through the UI', () => {
  const env = useDemoHost('vaxtkraft-backups-', 1, PASSPHRASE);

  for (const lang of ['sv', 'en'] as const) {
    it(`backs up, restores the old data, and locks after the idle minutes, in ${lang}`, async () => {
      const { browser, host } = env;
      const t = LANGS[lang];
      await must(host, 'session.setLanguage', { language: lang });
      await must(host, 'settings.update', { autoLockMinutes: 1 });
      const before = `Före kopian ${lang} AB`;
      const after = `Efter kopian ${lang} AB`;
      await must(host, 'companies.create', { name: before, orgNumber: lang === 'sv' ? '556036-0793' : '556703-7485' });

      const count = String((await must(host, 'companies.list', {})).items.length);
      const { page } = await newPage(browser, { ...VIEWPORTS[0], locale: lang === 'sv' ? 'sv-SE' : 'en-GB' });
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(e.message));
      await page.clock.install();
      try {
        await page.goto(`${host.url}#/companies`);
        await screen(page, 'companies');
        await openSettings(page);
        const section = page.getByTestId('backup-settings');
        await section.waitFor();
        await section.getByRole('button', { name: t.backups.settings.now }).click();
        const rows = section.getByTestId('backup-list').locator('tbody tr');
        await expect.poll(() => rows.first().locator('td').nth(2).textContent(), { timeout: 20_000 }).toBe(count);
        await viewportShots(page, section, `backups-settings-${lang}`);
        expect(await axeProblems(page, { all: true })).toEqual([]);

        // The data changes after the backup; restoring brings back the data as it was.
        await must(host, 'companies.create', { name: after, orgNumber: lang === 'sv' ? '556677-8899' : '556123-4567' });
        await rows.first().getByRole('button').click();
        const confirm = page.getByTestId('restore-confirm');
        await confirm.getByRole('button', { name: t.backups.list.confirm }).click();
        await page.locator('[data-testid="restore-confirm"][data-done="true"]').waitFor();
        await viewportShots(page, confirm, `backups-restored-${lang}`);
        expect(await axeProblems(page)).toEqual([]);
        await confirm.getByRole('button', { name: t.session.setAside.continue }).click();
        await screen(page, 'companies');
        await expect.poll(() => page.getByText(before).count(), { timeout: 20_000 }).toBeGreaterThan(0);
        expect(await page.getByText(after).count()).toBe(0);

        // Idle for the minute in Settings: the unlock screen, every store emptied.
        await page.clock.fastForward('01:10');
        await screen(page, 'unlock');
        expect(await page.getByText(before).count()).toBe(0);
        expect((await must(host, 'session.status', {})).unlocked).toBe(false);
        await viewportShots(page, page.getByRole('button', { name: t.backups.restore.open }), `backups-locked-${lang}`);
        expect(await axeProblems(page, { all: true })).toEqual([]);

        // The unlock screen lists the backups too, read with the passphrase.
        await page.getByRole('button', { name: t.backups.restore.open }).click();
        const restore = page.getByTestId('restore-backups');
        await restore.getByLabel(new RegExp(`^${t.backups.restore.passphrase}`)).fill(PASSPHRASE);
        await restore.getByRole('button', { name: t.backups.restore.show }).click();
        const listed = restore.getByTestId('backup-list').locator('tbody tr');
        await expect.poll(() => listed.first().locator('td').nth(2).textContent(), { timeout: 20_000 }).toBe(count);
        await viewportShots(page, restore, `backups-unlock-${lang}`);
        expect(await axeProblems(page, { all: true })).toEqual([]);
        await page.keyboard.press('Escape');
        await page
          .getByLabel(new RegExp(`^${t.session.unlock.passphrase}`))
          .first()
          .fill(PASSPHRASE);
        await page.getByRole('button', { name: t.session.unlock.submit }).click();
        await screen(page, 'companies');
        expect(pageErrors).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});
