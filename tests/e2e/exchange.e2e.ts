import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '@shared/i18n';
import { launchBrowser, makeDataDir, must, newPage, removeDir, screen, seedDemo, startHostProcess, type RunningHost } from './harness';

const PASSPHRASE = 'kontorets egen lösenfras';
const FILE_PASSPHRASE = 'delas per telefon 2026';
const COMPANIES = 8;

describe('exchange between two offices through the UI', () => {
  let browser: Browser;
  let from: string;
  let to: string;
  let exportFile: string;
  const hosts: RunningHost[] = [];

  beforeAll(async () => {
    from = await makeDataDir('vaxtkraft-from-');
    to = await makeDataDir('vaxtkraft-to-');
    exportFile = join(await makeDataDir('vaxtkraft-file-'), 'export.vaxtkraft');
    await seedDemo(from, COMPANIES, PASSPHRASE);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const h of hosts) await h.stop();
    await browser?.close();
    for (const d of [from, to, join(exportFile, '..')]) await removeDir(d);
  });

  it('exports every company from one data folder and imports them into another with the right preview', async () => {
    const source = await startHostProcess(from, { VAXTKRAFT_PASSPHRASE: PASSPHRASE });
    hosts.push(source);
    const a = await newPage(browser);
    await a.page.goto(source.url);
    await screen(a.page, 'overview');
    const listed = await must(source, 'companies.list', { includeArchived: true });
    expect(listed.total).toBe(COMPANIES);
    const people = listed.items.reduce((n, c) => n + c.peopleCount, 0);

    await a.page.getByRole('link', { name: en.shell.nav.exchange }).click();
    await screen(a.page, 'exchange');
    await a.page.getByTestId('export-mode').getByText(en.offices.export.passphrase).click();
    await a.page.getByTestId('export-passphrase').fill(FILE_PASSPHRASE);
    await a.page.getByTestId('export-confirmation').fill(FILE_PASSPHRASE);
    const [download] = await Promise.all([a.page.waitForEvent('download'), a.page.getByTestId('export-submit').click()]);
    expect(download.suggestedFilename()).toMatch(/\.vaxtkraft$/);
    await download.saveAs(exportFile);
    await a.page.getByTestId('export-done').waitFor();
    // The file is age, not readable JSON.
    const bytes = await readFile(exportFile);
    expect(bytes.subarray(0, 21).toString('latin1')).toBe('age-encryption.org/v1');
    expect(bytes.includes(Buffer.from(listed.items[0]!.name))).toBe(false);
    await a.context.close();

    const target = await startHostProcess(to, { VAXTKRAFT_PASSPHRASE: PASSPHRASE });
    hosts.push(target);
    const b = await newPage(browser);
    await b.page.goto(target.url);
    await screen(b.page, 'overview');
    await b.page.getByRole('link', { name: en.shell.nav.exchange }).click();
    await screen(b.page, 'exchange');
    await b.page.getByTestId('tab-import').click();
    await b.page.getByTestId('exchange-import').locator('input[type="file"]').setInputFiles(exportFile);

    // A wrong file passphrase is refused with its own message, and nothing is imported.
    await b.page.getByTestId('import-passphrase').fill('fel lösenfras helt och hållet');
    await b.page.getByTestId('import-preview').click();
    await b.page.getByTestId('import-error').getByText(en.errors.exchange.wrongPassphrase).waitFor();
    expect((await must(target, 'companies.list', {})).total).toBe(0);

    await b.page.getByTestId('import-passphrase').fill(FILE_PASSPHRASE);
    await b.page.getByTestId('import-preview').click();
    const counts = b.page.getByTestId('import-counts');
    await counts.waitFor();
    // The kinds of record that change (no row of zeros): every company and person is new.
    const changed = (kind: string) => counts.locator(`tr[data-kind="${kind}"] td[data-change="new"]`).textContent();
    for (const row of await counts.locator('tbody tr').all()) expect(await row.textContent()).toMatch(/[1-9]/);
    await expect(changed('companies')).resolves.toBe(String(COMPANIES));
    await expect(changed('people')).resolves.toBe(String(people));
    await b.page.screenshot({ path: join(exportFile, '..', 'preview.png') });
    await b.page.getByTestId('import-apply').click();
    await b.page.getByTestId('import-result').waitFor();

    const imported = await must(target, 'companies.list', { includeArchived: true });
    expect(imported.items.map((c) => [c.name, c.peopleCount]).sort()).toEqual(listed.items.map((c) => [c.name, c.peopleCount]).sort());

    // The same file again: nothing new, and nothing to import.
    await b.page.getByTestId('exchange-import').locator('input[type="file"]').setInputFiles(exportFile);
    await b.page.getByTestId('import-passphrase').fill(FILE_PASSPHRASE);
    await b.page.getByTestId('import-preview').click();
    await b.page.getByTestId('import-nothing').getByText(en.exchange.import.nothingNew).waitFor();
    expect(await b.page.getByTestId('import-apply').isDisabled()).toBe(true);

    // The import log shows the first import.
    await b.page.getByTestId('tab-log').click();
    await b.page.locator('[data-testid="import-log"][data-ready="true"]').waitFor();
    expect(await b.page.getByTestId('import-log').locator('tbody tr').count()).toBe(1);
    await b.context.close();
  });
});
