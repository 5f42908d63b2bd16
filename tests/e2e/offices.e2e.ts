import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { en, sv } from '@shared/i18n';
import { axeProblems, makeDataDir, must, newPage, removeDir, screen, shot, startHostProcess, useTwoOffices } from './harness';
import type { RunningHost } from './harness';

/**
 * Office keys through the UI (issue 12): two browser-host data folders as two offices exchange their cards, one
 * verifies the other's fingerprint, sends a file only the other opens, and the preview names the signed sender.
 */

const PASSPHRASE = 'kontorets nyckellösenfras';
const LANGS = { sv, en } as const;
const SIZES = [
  [1280, 800],
  [1024, 640],
] as const;

async function exchangeTab(page: Page, host: RunningHost, tab: 'offices' | 'export' | 'import'): Promise<void> {
  await page.goto(`${host.url}#/exchange`);
  await screen(page, 'exchange');
  await page.getByTestId(`tab-${tab}`).click();
  if (tab === 'offices') await page.locator('[data-testid="offices-panel"][data-ready="true"]').waitFor();
}

describe('office keys between two offices through the UI', () => {
  const offices = useTwoOffices('vaxtkraft-office-', PASSPHRASE, { a: 'Örebro kontor', b: 'Västerås kontor' });
  let browser: Browser;
  let fileDir: string;
  let a: RunningHost;
  let b: RunningHost;

  beforeAll(() => {
    ({ browser, folder: fileDir, a, b } = offices);
  });

  it('shows this office’s card and fingerprint, in both languages and sizes, with no accessibility problems', async () => {
    const own = await must(b, 'offices.own', {});
    for (const lang of ['sv', 'en'] as const) {
      await must(b, 'session.setLanguage', { language: lang });
      for (const [width, height] of SIZES) {
        const { context, page } = await newPage(browser, { width, height, locale: lang === 'sv' ? 'sv-SE' : 'en-GB' });
        await exchangeTab(page, b, 'offices');
        await expect(page.getByTestId('own-card').inputValue()).resolves.toBe(own.card);
        const spoken = own.fingerprint
          .split(' ')
          .map((g) => g.split('').join(' '))
          .join(', ');
        await expect(page.getByRole('img', { name: `${LANGS[lang].offices.own.fingerprint}: ${spoken}` }).count()).resolves.toBe(1);
        expect(await axeProblems(page, { all: true })).toEqual([]);
        await shot(page, `offices-own-${lang}-${width}x${height}`);
        await context.close();
      }
    }
  });

  it('adds the other office from its card (a damaged card refused at the field), verifies it and sends it a file', async () => {
    const cardB = (await must(b, 'offices.own', {})).card;
    await must(a, 'session.setLanguage', { language: 'en' });
    const { context, page } = await newPage(browser, { width: 1280, height: 800 });
    await exchangeTab(page, a, 'offices');
    const form = page.getByTestId('add-office');
    await page.getByTestId('office-card').fill(cardB.replace('age1', 'age1x'));
    await page.getByTestId('add-office-submit').click();
    await form.getByText(en.errors.field.officeCard.recipient).waitFor();
    expect(await must(a, 'offices.list', {})).toEqual([]);

    await page.getByTestId('office-card').fill(cardB);
    await page.getByTestId('add-office-submit').click();
    const row = page.getByTestId('address-book').locator('tbody tr');
    await row.waitFor();
    await page.getByRole('button', { name: en.offices.book.verifyLabel.replace('{{name}}', 'Västerås kontor') }).click();
    await row.getByText(/^Verified /).waitFor();
    expect((await must(a, 'offices.list', {}))[0]!.verifiedAt).not.toBeNull();
    expect(await axeProblems(page, { all: true })).toEqual([]);
    await shot(page, 'offices-book-en-1280x800');

    // Export: chosen offices is the default; the passphrase fields are not shown.
    await page.getByTestId('tab-export').click();
    await expect(page.getByTestId('export-passphrase').count()).resolves.toBe(0);
    await page.getByTestId('export-offices').click();
    await page.getByRole('option', { name: 'Västerås kontor' }).click();
    await page.keyboard.press('Escape');
    expect(await axeProblems(page, { all: true })).toEqual([]);
    await shot(page, 'offices-export-en-1280x800');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-submit').click()]);
    await download.saveAs(join(fileDir, 'to-b.vaxtkraft'));
    await page.getByTestId('export-done').waitFor();
    await context.close();
  });

  for (const lang of ['sv', 'en'] as const) {
    it(`previews the file at the receiving office without a passphrase and names the sender, in ${lang}`, async () => {
      const t = LANGS[lang];
      await must(b, 'session.setLanguage', { language: lang });
      const known = (await must(b, 'offices.list', {})).length > 0;
      if (!known && lang === 'en') await must(b, 'offices.add', { card: (await must(a, 'offices.own', {})).card });
      for (const [width, height] of SIZES) {
        const { context, page } = await newPage(browser, { width, height, locale: lang === 'sv' ? 'sv-SE' : 'en-GB' });
        await exchangeTab(page, b, 'import');
        await page.getByTestId('exchange-import').locator('input[type="file"]').setInputFiles(join(fileDir, 'to-b.vaxtkraft'));
        await page.getByTestId('import-preview').click();
        const sender = page.getByTestId('import-sender');
        await sender.waitFor();
        const status = lang === 'sv' ? 'unknown' : 'valid';
        await expect(sender.getAttribute('data-status')).resolves.toBe(status);
        const text = status === 'valid' ? t.offices.sender.valid : t.offices.sender.unknown;
        await expect(sender.textContent()).resolves.toContain(text.slice(0, text.indexOf('{{')).trim());
        expect(await axeProblems(page, { all: true })).toEqual([]);
        await shot(page, `offices-preview-${lang}-${width}x${height}`);
        await context.close();
      }
    });
  }

  it('says “not for this office” when a third office opens the file', async () => {
    const dirC = await makeDataDir('vaxtkraft-office-c-');
    const c = await startHostProcess(dirC, { VAXTKRAFT_PASSPHRASE: PASSPHRASE });
    try {
      await must(c, 'session.setLanguage', { language: 'en' });
      const { context, page } = await newPage(browser, { width: 1024, height: 640 });
      await exchangeTab(page, c, 'import');
      await page.getByTestId('exchange-import').locator('input[type="file"]').setInputFiles(join(fileDir, 'to-b.vaxtkraft'));
      await page.getByTestId('import-preview').click();
      await page.getByTestId('import-error').getByText(en.errors.exchange.notForThisOffice).waitFor();
      expect((await must(c, 'companies.list', {})).total).toBe(0);
      await context.close();
    } finally {
      await c.stop();
      await removeDir(dirC);
    }
  });
});
