/**
 * The import preview in Chromium (issue 17): only what a file changes is listed, a file with nothing new says so and
 * cannot be imported, and the sending office is named. Both languages, both window sizes, axe-clean.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en, sv } from '@shared/i18n';
import { axeProblems, must, newPage, screen, useTwoOffices, viewportShots } from './harness';

const PASSPHRASE = 'kontorets egen lösenfras';
const FILE_PASSPHRASE = 'delas per telefon 2026';

describe('the import preview shows what changes, or that nothing does', () => {
  const o = useTwoOffices('vaxtkraft-preview-', PASSPHRASE, { a: 'Örebro kontor', b: 'Västerås kontor' });

  /** All of A's companies in a file protected with FILE_PASSPHRASE, saved in the folder between the offices. */
  async function exportFile(name: string): Promise<{ path: string; base64: string }> {
    const file = await must(o.a, 'exchange.export', { companyIds: 'all', passphrase: FILE_PASSPHRASE, confirmation: FILE_PASSPHRASE });
    const path = join(o.folder, name);
    await writeFile(path, Buffer.from(file.base64, 'base64'));
    return { path, base64: file.base64 };
  }

  async function previewFile(page: Page, path: string): Promise<void> {
    const panel = page.getByTestId('exchange-import');
    await panel.locator('input[type="file"]').setInputFiles(path);
    await page.getByTestId('import-passphrase').fill(FILE_PASSPHRASE);
    await page.getByTestId('import-preview').click();
    await page.getByTestId('import-preview-table').waitFor();
    await page.locator('[data-testid="exchange-import"][data-ready="true"]').waitFor();
  }

  it('lists only the one company that changed; the file already taken in has nothing new and cannot be imported', async () => {
    // B has taken in A's first file; then one of A's companies changes and A exports again.
    const first = await exportFile('first.vaxtkraft');
    const taken = await must(o.b, 'exchange.preview', { base64: first.base64, passphrase: FILE_PASSPHRASE });
    await must(o.b, 'exchange.apply', { previewId: taken.previewId, resolutions: {} });
    const companies = await must(o.a, 'companies.list', {});
    const changed = companies.items[1]!;
    await must(o.a, 'companies.update', { id: changed.id, patch: { contactPhone: '019-12 34 56' } });
    const second = await exportFile('second.vaxtkraft');

    for (const [lang, res] of [
      ['sv', sv],
      ['en', en],
    ] as const) {
      await must(o.b, 'session.setLanguage', { language: lang });
      const { context, page } = await newPage(o.browser, { width: 1280, height: 800, locale: lang === 'sv' ? 'sv-SE' : 'en-GB' });
      await page.goto(o.b.url);
      await screen(page, 'overview');
      await page.getByRole('link', { name: res.shell.nav.exchange }).click();
      await screen(page, 'exchange');
      await page.getByTestId('tab-import').click();

      // The newer file: one company updated, nothing else listed; the sender named first.
      await previewFile(page, second.path);
      const sender = page.getByTestId('import-sender');
      expect(await sender.textContent()).toContain('Örebro kontor');
      const rows = page.getByTestId('import-companies').locator('tbody tr');
      expect(await rows.count()).toBe(1);
      expect(await rows.first().getAttribute('data-kind')).toBe('updated');
      expect(await rows.first().textContent()).toContain(changed.name);
      const kinds = page.getByTestId('import-counts').locator('tbody tr');
      expect(await kinds.evaluateAll((r) => r.map((x) => x.getAttribute('data-kind')))).toEqual(['companies']);
      expect(await page.getByTestId('import-apply').isEnabled()).toBe(true);
      expect(await axeProblems(page, { all: true })).toEqual([]);
      await viewportShots(page, page.getByTestId('import-preview-table'), `import-preview-changes-${lang}`);

      // The first file again: nothing new, said plainly; no company listed; Import disabled, the reason beside it.
      await previewFile(page, first.path);
      const nothing = page.getByTestId('import-nothing');
      await nothing.getByText(res.exchange.import.nothingNew).waitFor();
      expect(await nothing.textContent()).toContain(res.exchange.import.nothingNewWhy);
      expect(await page.getByTestId('import-companies').count()).toBe(0);
      const apply = page.getByTestId('import-apply');
      expect(await apply.isDisabled()).toBe(true);
      expect(await apply.getAttribute('aria-describedby')).toBe(await nothing.getAttribute('id'));
      expect(await page.getByTestId('import-sender').textContent()).toContain('Örebro kontor');
      expect(await axeProblems(page, { all: true })).toEqual([]);
      await viewportShots(page, page.getByTestId('import-preview-table'), `import-preview-nothing-${lang}`);
      await context.close();
    }
  });
});
