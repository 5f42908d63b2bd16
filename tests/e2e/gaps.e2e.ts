import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en, sv } from '@shared/i18n/resources';
import { SHOTS, axeProblems, launchBrowser, makeDataDir, newPage, removeDir, ROOT, startHostProcess, type RunningHost } from './harness';

const PASSPHRASE = 'ett långt testlösen för gapdiagrammen';
const LANGS = { sv, en } as const;
type Lang = keyof typeof LANGS;

/** A number as the table shows it in either language ("–" for none, "−3" and "3,5" in Swedish). */
function parseShown(text: string): number | null {
  const s = text.replace(/\s/g, '').replace('\u2212', '-').replace(',', '.');
  if (s === '–' || s === '') return null;
  const n = Number(s);
  if (Number.isNaN(n)) throw new Error(`not a number: "${text}"`);
  return n;
}

interface ChartData {
  id: string;
  values: Array<number | null>;
}

async function chartValues(chart: Locator): Promise<ChartData[]> {
  return JSON.parse((await chart.getAttribute('data-values')) ?? '[]') as ChartData[];
}

/** Switches the chart to its table, reads every row, and switches back. */
async function tableValues(chart: Locator, showTable: string): Promise<ChartData[]> {
  await chart.getByLabel(showTable).check();
  await chart.locator('table[data-chart-table]').waitFor();
  const rows = await chart.locator('table[data-chart-table] tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({
      id: tr.getAttribute('data-row-id') ?? '',
      cells: [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''),
    })),
  );
  return rows.map((r) => ({ id: r.id, values: r.cells.map(parseShown) }));
}

async function api<T>(host: RunningHost, channel: string, input: unknown): Promise<T> {
  const { token } = host;
  const res = await fetch(`${host.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { ok: boolean; value: T; error?: unknown };
  if (!body.ok) throw new Error(`${channel}: ${JSON.stringify(body.error)}`);
  return body.value;
}

describe('gap charts from demo data, in Chromium against the browser host', () => {
  let browser: Browser;
  let dataDir: string;
  let host: RunningHost;
  let companyId: string;

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    dataDir = await makeDataDir('vaxtkraft-e2e-gaps-');
    const env = { ...process.env, VAXTKRAFT_PASSPHRASE: PASSPHRASE };
    await promisify(execFile)('npx', ['tsx', 'scripts/seed-demo.ts', '--data', dataDir, '--companies', '12'], { cwd: ROOT, env });
    host = await startHostProcess(dataDir, { VAXTKRAFT_PASSPHRASE: PASSPHRASE });
    browser = await launchBrowser();

    // The company with a follow-up round and the most people.
    const { items } = await api<{ items: Array<{ id: string; peopleCount: number }> }>(host, 'companies.list', { limit: 100 });
    let best: { id: string; score: number } | null = null;
    for (const c of items) {
      const rounds = await api<unknown[]>(host, 'rounds.list', { companyId: c.id });
      const score = (rounds.length >= 2 ? 1000 : 0) + c.peopleCount;
      if (rounds.length > 0 && (!best || score > best.score)) best = { id: c.id, score };
    }
    if (!best || best.score < 1000) throw new Error('the demo data has no company with two rounds');
    companyId = best.id;
  });

  afterAll(async () => {
    await host?.stop();
    await browser?.close();
    if (dataDir) await removeDir(dataDir);
  });

  for (const lang of ['sv', 'en'] as const satisfies Lang[]) {
    it(`shows radar, heatmap, progress and a person's gaps with matching tables (${lang})`, async () => {
      const t = LANGS[lang];
      await api(host, 'session.setLanguage', { language: lang });
      const { context, page } = await newPage(browser, { locale: lang === 'sv' ? 'sv-SE' : 'en-GB', width: 1024, height: 700 });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));

      await page.goto(`${host.url}#/companies/${companyId}`);
      await page.locator('body[data-screen="company"][data-ready="true"]').waitFor({ timeout: 30_000 });
      await page.locator('[data-testid="gaps-state"][data-ready="true"]').waitFor({ timeout: 30_000 });
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      const section = page.getByTestId('gaps-section');
      await section.getByRole('heading', { name: t.gaps.section.title }).waitFor();

      for (const [name, title] of [
        ['radar', t.gaps.radar.title],
        ['heatmap', t.gaps.heatmap.title],
        ['progress', t.gaps.progress.title],
      ] as const) {
        const chart = section.locator(`figure[data-chart="${name}"]`);
        await chart.getByRole('heading', { name: title }).waitFor();
        const data = await chartValues(chart);
        expect(data.length, name).toBeGreaterThan(0);
        expect(
          data.some((r) => r.values.some((v) => v !== null)),
          name,
        ).toBe(true);

        // The drawing shows the same data.
        if (name === 'heatmap') {
          const shown = await chart.locator('table.vk-heatmap tbody tr').evaluateAll((trs) =>
            trs.map((tr) => ({
              id: tr.getAttribute('data-row-id') ?? '',
              cells: [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''),
            })),
          );
          expect(shown.map((r) => r.id)).toEqual(data.map((r) => r.id));
          shown.forEach((r, i) =>
            r.cells.forEach((cell, j) => {
              const expected = data[i]!.values[j] ?? null;
              // Cells of competences the person does not have are empty; unrated ones show a dash.
              if (cell === '') expect(expected).toBeNull();
              else expect(parseShown(cell)).toBe(expected);
            }),
          );
        } else {
          await chart.locator('svg.recharts-surface').first().waitFor();
          const ticks = await chart.locator('.recharts-polar-angle-axis-tick, .recharts-yAxis .recharts-cartesian-axis-tick').count();
          expect(ticks, `${name} axis ticks`).toBe(data.length);
        }
        await chart.scrollIntoViewIfNeeded();
        await chart.screenshot({ path: join(SHOTS, `gaps-${name}-${lang}.png`) });

        // The table alternative holds the same numbers.
        expect(await tableValues(chart, t.gaps.chart.showTable), name).toEqual(data);
        expect(await axeProblems(page), `${name} as table`).toEqual([]);
        await chart.getByLabel(t.gaps.chart.showTable).uncheck();
      }

      // The heatmap sorts by total gap and filters by competence area, the table following.
      const heatmapChart = section.locator('figure[data-chart="heatmap"]');
      const allColumns = (await chartValues(heatmapChart))[0]!.values.length;
      await heatmapChart.getByText(t.gaps.heatmap.sortGap, { exact: true }).click();
      const totals = (await chartValues(heatmapChart)).map((r) => r.values[r.values.length - 1] as number);
      expect(totals).toEqual([...totals].sort((a, b) => b - a));
      await heatmapChart.getByLabel(t.gaps.heatmap.area).click();
      await page.getByRole('option').nth(1).click();
      const filtered = await chartValues(heatmapChart);
      expect(filtered[0]!.values.length).toBeLessThan(allColumns);
      expect(await heatmapChart.locator('table.vk-heatmap thead th.vk-heatmap-col').count()).toBe(filtered[0]!.values.length);
      expect(await tableValues(heatmapChart, t.gaps.chart.showTable)).toEqual(filtered);
      await heatmapChart.getByLabel(t.gaps.chart.showTable).uncheck();
      await heatmapChart.getByLabel(t.gaps.heatmap.area).click();
      await page.getByRole('option').first().click();

      // The progress chart by person.
      const progress = section.locator('figure[data-chart="progress"]');
      await progress.getByText(t.gaps.progress.byPerson).click();
      await progress
        .getByRole('columnheader', { name: t.gaps.progress.change })
        .or(progress.locator('.recharts-surface'))
        .first()
        .waitFor();
      const byPerson = await chartValues(progress);
      expect(await tableValues(progress, t.gaps.chart.showTable)).toEqual(byPerson);
      await progress.getByLabel(t.gaps.chart.showTable).uncheck();

      expect(await axeProblems(page)).toEqual([]);
      expect(await section.innerText()).not.toMatch(/gaps\.\w+/);
      await page.screenshot({ path: join(SHOTS, `gaps-company-${lang}.png`), fullPage: true });

      // Printed (the development plan's PDF): no switches or filters, the charts stay.
      await page.emulateMedia({ media: 'print' });
      expect(await section.locator('.vk-chart-toggle').first().isVisible()).toBe(false);
      expect(await section.locator('.vk-no-print').first().isVisible()).toBe(false);
      expect(await section.locator('figure[data-chart="radar"] svg.recharts-surface').first().isVisible()).toBe(true);
      await section.screenshot({ path: join(SHOTS, `gaps-print-${lang}.png`) });
      await page.emulateMedia({ media: 'screen' });

      // A heatmap cell opens that person's gaps with the competence marked.
      const heatmap = section.locator('figure[data-chart="heatmap"]');
      const cell = heatmap.locator('button.vk-heatmap-cell').first();
      const personId = await cell.locator('xpath=ancestor::tr').getAttribute('data-row-id');
      await cell.click();
      await page.locator('body[data-screen="personGaps"][data-ready="true"]').waitFor({ timeout: 30_000 });
      expect(page.url()).toContain(`/people/${personId}/gaps/`);
      const panel = page.getByTestId('person-gap-panel');
      await panel.waitFor();
      expect(await panel.getAttribute('data-person-id')).toBe(personId);
      expect(await panel.locator('tr[aria-current="true"]').count()).toBe(1);
      for (const name of ['person-gaps', 'person-levels'] as const) {
        const chart = panel.locator(`figure[data-chart="${name}"]`);
        const data = await chartValues(chart);
        if (name === 'person-gaps' && data.length === 0) {
          await chart.getByText(t.gaps.person.noGaps).waitFor();
          continue;
        }
        expect(data.length, name).toBeGreaterThan(0);
        await chart.locator('svg.recharts-surface').first().waitFor();
        expect(await chart.locator('.recharts-yAxis .recharts-cartesian-axis-tick').count(), name).toBe(data.length);
        await chart.screenshot({ path: join(SHOTS, `gaps-${name}-${lang}.png`) });
        expect(await tableValues(chart, t.gaps.chart.showTable), name).toEqual(data);
        await chart.getByLabel(t.gaps.chart.showTable).uncheck();
      }
      // Gap bars are sorted by size.
      const gaps = (await chartValues(panel.locator('figure[data-chart="person-gaps"]'))).map((r) => r.values[0] as number);
      expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
      expect(await axeProblems(page)).toEqual([]);
      await page.screenshot({ path: join(SHOTS, `gaps-person-${lang}.png`), fullPage: true });

      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
