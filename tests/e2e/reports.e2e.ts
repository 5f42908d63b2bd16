import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en, sv } from '@shared/i18n';
import {
  axeProblems,
  hostApi,
  launchBrowser,
  makeDataDir,
  newPage,
  removeDir,
  screen,
  seedDemo,
  startHostProcess,
  type RunningHost,
} from './harness';
import { readWorkbook } from '../helpers/workbook';

const PASSPHRASE = 'kontorets rapportlösenfras';
const COMPANIES = 12;
const LANGS = { sv, en } as const;
const SHOTS = process.env.REPORT_SHOTS ?? join(import.meta.dirname, '..', '..', 'test-results', 'e2e');
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 640 },
] as const;
const PERIOD_NAME = '2000-01-01_2099-12-31';
/** Internal and external files are told apart by name. */
const FILE_NAMES = {
  sv: ['programrapport-INTERN', 'programrapport-extern'],
  en: ['programme-report-INTERNAL', 'programme-report-external'],
} as const;

describe('the overview and the programme report through the UI', () => {
  let browser: Browser;
  let dataDir: string;
  let outDir: string;
  let host: RunningHost;

  beforeAll(async () => {
    dataDir = await makeDataDir('vaxtkraft-reports-');
    outDir = await makeDataDir('vaxtkraft-report-files-');
    await mkdir(SHOTS, { recursive: true }).catch(() => undefined);
    await seedDemo(dataDir, COMPANIES, PASSPHRASE);
    host = await startHostProcess(dataDir, { VAXTKRAFT_PASSPHRASE: PASSPHRASE });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await host?.stop();
    await browser?.close();
    await removeDir(dataDir);
    await removeDir(outDir);
  });

  for (const lang of ['sv', 'en'] as const) {
    it(`opens the overview and the report in ${lang === 'sv' ? 'Swedish' : 'English'}, switches to tables, and exports XLSX`, async () => {
      const t = LANGS[lang].reports;
      expect((await hostApi(host, 'session.setLanguage', { language: lang })).ok).toBe(true);
      const { context, page } = await newPage(browser, { width: 1366, height: 900 });
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(e.message));
      try {
        // The overview is the start screen.
        await page.goto(host.url);
        await screen(page, 'overview');
        await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(t.overview.title);
        const statusCounts = await page
          .locator('[data-testid^="overview-status-"]')
          .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))));
        expect(statusCounts.reduce((s, n) => s + n, 0)).toBe(COMPANIES);
        expect(await axeProblems(page)).toEqual([]);
        await page.screenshot({ path: join(SHOTS, `report-overview-${lang}.png`), fullPage: true });

        // The report, over a period that holds all the demo activities.
        await page.getByRole('link', { name: t.page.nav, exact: true }).click();
        await screen(page, 'reports');
        await page.getByTestId('report-from').fill('2000-01-01');
        await page.getByTestId('report-to').fill('2099-12-31');
        await screen(page, 'reports');
        await page.locator('[data-report-table="summary"] tr[data-row="participants"] td[data-value]').first().waitFor();
        const participants = Number(
          await page.locator('[data-report-table="summary"] tr[data-row="participants"] td').first().getAttribute('data-value'),
        );
        expect(participants).toBeGreaterThan(0);
        const byGender = await page
          .locator('[data-report-table="participantsByGender"] tbody tr td')
          .evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-value'))));
        expect(byGender.reduce((s, n) => s + n, 0)).toBe(participants);
        await expect(page.locator('[data-report-table="participantsByGender"] caption').first().textContent()).resolves.toBe(
          t.tables.participantsByGender,
        );

        // The chart and its table alternative.
        const chart = page.locator('figure[data-chart="participants-by-gender"]');
        await expect(chart.getAttribute('data-view')).resolves.toBe('chart');
        await chart.getByLabel(LANGS[lang].gaps.chart.showTable).check();
        await expect(chart.getAttribute('data-view')).resolves.toBe('table');
        await expect(chart.locator('[data-report-table="participantsByGender"]').count()).resolves.toBe(1);
        expect(await axeProblems(page)).toEqual([]);
        // Charts speak the language's numbers: no decimal point in Swedish.
        // (A chart draws once near the window: the bars come after the tables.)
        await page.locator('figure[data-chart="hours-by-gender"] svg text').first().waitFor();
        const chartTexts = await page.locator('figure[data-chart="hours-by-gender"] svg text').allTextContents();
        expect(chartTexts.length).toBeGreaterThan(0);
        if (lang === 'sv') expect(chartTexts.filter((x) => /\d\.\d/.test(x))).toEqual([]);
        // The internal version says so at the top and on every table.
        await expect(page.getByTestId('audience-banner').getAttribute('data-audience')).resolves.toBe('internal');
        await expect(page.getByTestId('audience-banner').textContent()).resolves.toContain(t.file.markInternal);
        const tableCount = await page.locator('[data-report-table]:not(figure [data-report-table])').count();
        expect(tableCount).toBeGreaterThan(20);
        await expect(page.locator('[data-testid="audience-mark"][data-audience="internal"]').count()).resolves.toBe(tableCount);
        for (const size of SIZES) {
          await page.setViewportSize(size);
          await page.screenshot({ path: join(SHOTS, `report-internal-${lang}-${size.width}x${size.height}.png`), fullPage: false });
        }
        await page.setViewportSize({ width: 1366, height: 900 });
        const [internalFile] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
        const names = FILE_NAMES[lang];
        expect(internalFile.suggestedFilename()).toBe(`${names[0]}_${PERIOD_NAME}.xlsx`);
        const internalPath = join(outDir, `report-internal-${lang}.xlsx`);
        await internalFile.saveAs(internalPath);
        const internalWb = readWorkbook(internalPath);
        for (const name of internalWb.sheetNames) expect(internalWb.sheets[name]![0]).toEqual([t.file.markInternal]);

        // The version that leaves the office: small cells hidden.
        await page.getByLabel(t.filter.external).check();
        await page.locator('[data-screen="reports"][data-audience="external"][data-ready="true"]').waitFor();
        const external = await page.locator('[data-report-table="participantsByGender"] tbody td').first().getAttribute('data-value');
        const internalWomen = byGender[0]!;
        // Shown as it is, or hidden: "<5" when small, ".." when hidden so that a small figure cannot be worked out.
        expect(internalWomen < 5 ? ['<5', '..'] : [String(internalWomen), '..']).toContain(external);
        expect(await page.locator('[data-report-table="progressByCompany"]').count()).toBe(0);
        await expect(page.getByTestId('audience-banner').textContent()).resolves.toContain(t.file.markExternal);
        await expect(page.locator('[data-testid="audience-mark"][data-audience="internal"]').count()).resolves.toBe(0);
        expect(await axeProblems(page)).toEqual([]);
        for (const size of SIZES) {
          await page.setViewportSize(size);
          await page.screenshot({ path: join(SHOTS, `report-external-${lang}-${size.width}x${size.height}.png`), fullPage: false });
        }
        await page.setViewportSize(SIZES[1]);
        await page.locator('[data-report-table="byCounty"]').last().scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(SHOTS, `report-external-tables-${lang}-1024x640.png`), fullPage: false });
        await page.setViewportSize({ width: 1366, height: 900 });

        // Export XLSX, and read it back with an independent reader.
        const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
        expect(download.suggestedFilename()).toBe(`${names[1]}_${PERIOD_NAME}.xlsx`);
        const file = join(outDir, `report-${lang}.xlsx`);
        await download.saveAs(file);
        const wb = readWorkbook(file);
        expect(wb.sheetNames).toContain(t.tables.summary);
        expect(wb.sheetNames).not.toContain(t.tables.progressByCompany);
        for (const name of wb.sheetNames) expect(wb.sheets[name]![0]).toEqual([t.file.markExternal]);
        const summary = wb.sheets[t.tables.summary]!;
        expect(summary[1]).toEqual([t.table.category, t.columns.value]);
        expect(summary[3]![0]).toBe(t.rows.measure.participants);
        expect(participants < 5 ? ['<5', '..'] : [participants, '..']).toContain(summary[3]![1]);

        // The participant list waits behind a warning and a confirmation.
        await page.getByTestId('open-participant-list').click();
        await expect(page.getByTestId('participant-warning').textContent()).resolves.toContain(t.participantList.warning.slice(0, 30));
        await expect(page.getByTestId('participant-export').isDisabled()).resolves.toBe(true);
        await page.getByTestId('participant-confirm').check();
        const [list] = await Promise.all([page.waitForEvent('download'), page.getByTestId('participant-export').click()]);
        expect(list.suggestedFilename()).toMatch(/\.csv$/);
        expect(pageErrors).toEqual([]);
      } catch (e) {
        await page.screenshot({ path: join(SHOTS, `report-failure-${lang}.png`), fullPage: true }).catch(() => undefined);
        throw new Error(`${String(e)}; page errors: ${pageErrors.join(' | ')}`, { cause: e });
      } finally {
        await context.close();
      }
    });
  }
});
