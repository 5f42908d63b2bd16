import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { SHOTS, VIEWPORTS, axeProblems, must, newPage, screen, shot, useDemoHost } from './harness';

const PASSPHRASE = 'en lång lösenfras för diagrammen';

/** Each legend entry's text and its marker's colour. */
function legend(chart: Locator): Promise<Array<[string, string]>> {
  return chart
    .locator('.recharts-legend-item')
    .evaluateAll((items) =>
      items.map((li) => [li.textContent ?? '', li.querySelector('.recharts-legend-icon')?.getAttribute('fill') ?? ''] as [string, string]),
    );
}

/** The labels of a chart's category axis as drawn: the lines of each (wrapped) label joined. */
function axisLabels(chart: Locator, selector: string): Promise<string[]> {
  return chart
    .locator(selector)
    .evaluateAll((texts) =>
      texts.map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent ?? '').join(' ') || (t.textContent ?? '')),
    );
}

/** Heatmap column headers whose text runs out of their cell (cut, or over the neighbours). */
function spilledHeaders(page: Page): Promise<string[]> {
  return page.locator('table.vk-heatmap th.vk-heatmap-col').evaluateAll((ths) =>
    ths
      .filter((th) => {
        const cell = th.getBoundingClientRect();
        const text = th.querySelector('span')!.getBoundingClientRect();
        return text.width > cell.width + 1 || text.height > cell.height + 1;
      })
      .map((th) => th.textContent ?? ''),
  );
}

const pageScrollsSideways = (page: Page) =>
  page.evaluate('document.documentElement.scrollWidth > document.documentElement.clientWidth') as Promise<boolean>;

describe('charts people can read, in Chromium against the demo data', () => {
  const env = useDemoHost('vaxtkraft-charts-', 8, PASSPHRASE);
  let companyId = '';
  let personId = '';

  beforeAll(async () => {
    // The company with a baseline and a follow-up (and the most people).
    const { items } = await must(env.host, 'companies.list', { limit: 100 });
    let best = -1;
    for (const c of items) {
      const rounds = await must(env.host, 'rounds.list', { companyId: c.id });
      const score = rounds.length >= 2 ? c.peopleCount : -1;
      if (score > best) [best, companyId] = [score, c.id];
    }
    if (best < 0) throw new Error('the demo data has no company with two rounds');
    const rounds = await must(env.host, 'rounds.list', { companyId });
    const round = await must(env.host, 'rounds.get', { roundId: rounds[rounds.length - 1]!.id });
    personId = round.people[0]!.personId;
  });

  for (const lang of ['sv', 'en'] as const) {
    it(`company gaps, progress and a person's gaps at 1280×800 and 1024×640 (${lang})`, async () => {
      await must(env.host, 'session.setLanguage', { language: lang });
      const { context, page } = await newPage(env.browser, { locale: lang === 'sv' ? 'sv-SE' : 'en-GB', ...VIEWPORTS[0] });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${env.host.url}#/companies/${companyId}`);
      await screen(page, 'company');
      await page.locator('[data-testid="gaps-state"][data-ready="true"]').waitFor({ timeout: 30_000 });
      const section = page.getByTestId('gaps-section');
      const radar = section.locator('figure[data-chart="radar"]');
      const progress = section.locator('figure[data-chart="progress"]');
      await radar.locator('svg.recharts-surface').first().waitFor();
      await progress.locator('svg.recharts-surface').first().waitFor();

      // One colour per round: the radar's and the progress chart's legends agree for each round.
      const shownRound = await section.getByTestId('gaps-round').inputValue();
      const comparedRound = await section.getByTestId('gaps-compare').inputValue();
      const radarLegend = await legend(radar);
      const progressLegend = await legend(progress);
      for (const round of [shownRound, comparedRound]) {
        const inRadar = radarLegend.find(([text]) => text.includes(round))?.[1];
        const inProgress = progressLegend.find(([text]) => text.includes(round))?.[1];
        expect(inRadar, round).toBeTruthy();
        expect(inProgress, round).toBe(inRadar);
      }
      // The caption names the round shown (and the one compared).
      expect(await radar.locator('p').first().textContent()).toContain(shownRound);
      // No scale numbers drawn over the data.
      expect(await radar.locator('.recharts-polar-radius-axis-tick').count()).toBe(0);
      // Whole labels: nothing cut with an ellipsis.
      const areaNames = await axisLabels(progress, '.recharts-yAxis-tick-labels text');
      expect(areaNames.length).toBeGreaterThan(0);
      expect(areaNames.join(' ')).not.toContain('…');
      const radarNames = await axisLabels(radar, '.recharts-polar-angle-axis-tick text');
      expect(radarNames.sort()).toEqual([...areaNames].sort());

      for (const size of VIEWPORTS) {
        await page.setViewportSize(size);
        await page.waitForTimeout(300);
        const name = `charts-company-${lang}-${size.width}`;
        expect(await pageScrollsSideways(page), name).toBe(false);
        // The radar fills its card and is tall enough to read.
        const [frame, drawing] = await Promise.all([radar.boundingBox(), radar.locator('svg.recharts-surface').last().boundingBox()]);
        expect(drawing!.width / frame!.width, name).toBeGreaterThan(0.95);
        expect(drawing!.height, name).toBeGreaterThanOrEqual(size.width >= 1280 ? 560 : 480);
        expect(await spilledHeaders(page), name).toEqual([]);
        if (lang === 'sv') {
          const ticks = await section.locator('.recharts-cartesian-axis-tick-value, .recharts-label-list text').allTextContents();
          expect(
            ticks.filter((s) => /\d\.\d/.test(s)),
            name,
          ).toEqual([]);
        }
        await section.screenshot({ path: join(SHOTS, `${name}-section.png`) });
        await shot(page, name);
      }
      // axe at the small size (the one where things wrap); the colours are the same at both.
      expect(await axeProblems(page)).toEqual([]);
      expect(await section.innerText()).not.toMatch(/gaps\.\w+/);

      // A person's gaps.
      await page.goto(`${env.host.url}#/companies/${companyId}/people/${personId}/gaps`);
      await screen(page, 'personGaps');
      const panel = page.getByTestId('person-gap-panel');
      await panel.waitFor();
      expect(await panel.locator('.recharts-yAxis-tick-labels text').count()).toBeGreaterThan(0);
      expect((await axisLabels(panel, '.recharts-yAxis-tick-labels text')).join(' ')).not.toContain('…');
      for (const size of VIEWPORTS) {
        await page.setViewportSize(size);
        await page.waitForTimeout(300);
        const name = `charts-person-${lang}-${size.width}`;
        expect(await pageScrollsSideways(page), name).toBe(false);
        await shot(page, name);
      }
      expect(await axeProblems(page)).toEqual([]);
      await panel.getByTestId('person-gap-ratings').screenshot({ path: join(SHOTS, `charts-person-ratings-${lang}.png`) });
      expect(await panel.getByTestId('person-gap-totals').textContent()).not.toBe('');
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
