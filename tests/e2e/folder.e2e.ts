import fs from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { en, sv } from '@shared/i18n';
import { axeProblems, must, newPage, screen, shot, useTwoOffices } from './harness';
import type { RunningHost } from './harness';
import { orgNumberFor } from '../helpers/tempStore';

/**
 * The shared exchange folder through the UI (issue 12): office A sends its changes to office B into one folder; B's
 * inbox lists the files for it, names a file that never arrived, leaves partial and foreign files with a note, and
 * applies files, which then move to processed/. Both languages, 1280×800 and 1024×640, with axe.
 */

const PASSPHRASE = 'delad mapp lösenfras';
const LANGS = { sv, en } as const;
const SIZES = [
  [1280, 800],
  [1024, 640],
] as const;

async function folderTab(page: Page, host: RunningHost, ready: 'send-panel' | 'inbox-panel'): Promise<void> {
  await page.goto(`${host.url}#/exchange`);
  await screen(page, 'exchange');
  await page.getByTestId('tab-folder').click();
  await page.locator(`[data-testid="${ready}"][data-ready="true"]`).waitFor();
}

describe('the shared exchange folder through the UI', () => {
  const offices = useTwoOffices('vaxtkraft-folder-', PASSPHRASE, { a: 'Örebro kontor', b: 'Västerås kontor' });
  let browser: Browser;
  let folder: string;
  let a: RunningHost;
  let b: RunningHost;
  let toB: string;

  beforeAll(async () => {
    ({ browser, folder, a, b } = offices);
    await must(a, 'settings.update', { exchangeFolder: folder });
    await must(b, 'settings.update', { exchangeFolder: folder });
    toB = (await must(a, 'offices.add', { card: (await must(b, 'offices.own', {})).card })).id;
    await must(b, 'offices.add', { card: (await must(a, 'offices.own', {})).card });
  });

  it('sends changes to an office from the folder tab, with the last file shown', async () => {
    await must(a, 'session.setLanguage', { language: 'en' });
    const { context, page } = await newPage(browser, { width: 1280, height: 800 });
    await folderTab(page, a, 'send-panel');
    const row = page.getByTestId('send-office-Västerås kontor');
    await expect(row.getByTestId('send-last').textContent()).resolves.toBe(en.folder.send.never);
    await row.getByRole('button', { name: 'Send changes to Västerås kontor' }).click();
    await page.getByTestId('send-done').waitFor();
    await expect(row.getByTestId('send-last').textContent()).resolves.toMatch(/^No\. 1 \(everything\)/);
    expect(fs.readdirSync(folder).filter((f) => f.endsWith('.vaxtkraft'))).toHaveLength(1);
    await context.close();
  });

  it('shows the inbox with a missing file and ignored files, in both languages and sizes, with no accessibility problems', async () => {
    // File 2 (a new company) never arrives; file 3 changes a company B will have from file 1.
    const companies = await must(a, 'companies.list', {});
    await must(a, 'companies.create', { name: 'Ny Firma AB', orgNumber: orgNumberFor(9001) });
    const second = await must(a, 'exchange.send', { officeId: toB, full: false });
    fs.renameSync(second.path, join(folder, '..', `${second.fileName}.away`));
    await must(a, 'companies.update', { id: companies.items[0]!.id, patch: { employees: 12 } });
    await must(a, 'exchange.send', { officeId: toB, full: false });
    fs.writeFileSync(join(folder, '.halvfardig.vaxtkraft.4f2a.partial'), 'age');
    fs.writeFileSync(join(folder, 'anteckningar.txt'), 'hej');
    for (const lang of ['sv', 'en'] as const) {
      await must(b, 'session.setLanguage', { language: lang });
      for (const [width, height] of SIZES) {
        const { context, page } = await newPage(browser, { width, height, locale: lang === 'sv' ? 'sv-SE' : 'en-GB' });
        await folderTab(page, b, 'inbox-panel');
        await expect(page.getByTestId('inbox-file-3').getByTestId('inbox-note').textContent()).resolves.toBe(
          LANGS[lang].folder.inbox.missing_one.replace('{{missing}}', '2').replace('{{sender}}', 'Örebro kontor'),
        );
        await expect(page.getByTestId('inbox-ignored').locator('[data-reason]').count()).resolves.toBe(2);
        expect(await axeProblems(page, { all: true })).toEqual([]);
        await shot(page, `folder-inbox-${lang}-${width}x${height}`);
        await context.close();
      }
    }
  });

  it('checks and applies files from the inbox; they move to processed/', async () => {
    await must(b, 'session.setLanguage', { language: 'en' });
    const { context, page } = await newPage(browser, { width: 1280, height: 800 });
    await folderTab(page, b, 'inbox-panel');
    await page.getByTestId('inbox-file-1').getByRole('button').click();
    await page.getByTestId('inbox-preview').waitFor();
    await page.getByTestId('inbox-apply').click();
    await page.getByTestId('inbox-applied').waitFor();
    await page.locator('[data-testid="inbox-panel"][data-ready="true"]').waitFor();
    await page.getByTestId('inbox-file-3').getByRole('button').click();
    await page.getByTestId('inbox-preview').waitFor();
    expect(await axeProblems(page, { all: true })).toEqual([]);
    await shot(page, 'folder-inbox-preview-en-1280x800');
    await page.getByTestId('inbox-apply').click();
    await page.getByTestId('inbox-applied').waitFor();
    // The inbox is read again after an apply: the applied file leaves the list.
    await page.getByTestId('inbox-files').waitFor({ state: 'detached' });
    expect(fs.readdirSync(join(folder, 'processed'))).toHaveLength(2);
    await context.close();

    // A's send panel in Swedish, at both sizes, after three files.
    await must(a, 'session.setLanguage', { language: 'sv' });
    for (const [width, height] of SIZES) {
      const ctx = await newPage(browser, { width, height, locale: 'sv-SE' });
      await folderTab(ctx.page, a, 'send-panel');
      expect(await axeProblems(ctx.page, { all: true })).toEqual([]);
      await shot(ctx.page, `folder-send-sv-${width}x${height}`);
      await ctx.context.close();
    }
    await must(a, 'session.setLanguage', { language: 'en' });
    const ctx = await newPage(browser, { width: 1024, height: 640 });
    await folderTab(ctx.page, a, 'send-panel');
    await shot(ctx.page, 'folder-send-en-1024x640');
    await ctx.context.close();
  });
});
