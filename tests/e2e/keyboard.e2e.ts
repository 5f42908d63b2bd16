import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import situation from '../../resources/frameworks/situation-assessment.v1.json';
import { orgNumberFor } from '../helpers/tempStore';
import { ENROLLED, must, newPage, screen, useDemoHost } from './harness';

const PASSPHRASE = 'en lång lösenfras för tangentbordet';
const AREAS = situation.areas;

/** The step the round screen shows. */
const stepOf = (page: Page) => page.locator('div[data-screen="round"]').getAttribute('data-step');
const levelOf = (page: Page, questionId: string) => page.getByTestId(`question-${questionId}`).getAttribute('data-level');

async function waitSaved(page: Page): Promise<void> {
  await page.locator('[data-testid="save-state"][data-state="saved"]').waitFor({ timeout: 15_000 });
}

/** Every value the round screen's `data-step` takes from now on, and every question level shown, in order. */
async function recordSteps(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    const root = document.querySelector('div[data-screen="round"]');
    window.__steps = [root.getAttribute('data-step')];
    window.__levels = {};
    new MutationObserver(() => {
      const now = document.querySelector('div[data-screen="round"]')?.getAttribute('data-step');
      if (now && window.__steps[window.__steps.length - 1] !== now) window.__steps.push(now);
      for (const q of document.querySelectorAll('[data-testid^="question-"]')) {
        const seen = (window.__levels[q.dataset.testid] ??= []);
        if (seen[seen.length - 1] !== q.dataset.level) seen.push(q.dataset.level);
      }
    }).observe(document.body, { subtree: true, attributes: true, childList: true });
  })()`);
}

describe('keyboard on the round screen, in Chromium', () => {
  const env = useDemoHost('vaxtkraft-keyboard-', 2, PASSPHRASE);

  async function openRound(name: string, n: number) {
    const company = await must(env.host, 'companies.create', { name, orgNumber: orgNumberFor(n), ...ENROLLED });
    const start = { companyId: company.id, kind: 'baseline' as const, date: '2025-03-01', advisor: 'Karin Berg' };
    const round = await must(env.host, 'rounds.start', start);
    const { page, context } = await newPage(env.browser, { locale: 'sv-SE', width: 1280, height: 800 });
    await page.goto(`${env.host.url}#/companies/${company.id}/rounds/${round.id}`);
    await screen(page, 'round');
    return { page, context, round };
  }

  it('Alt+→ and Alt+← change the step and never the focused answer', async () => {
    const { page, context, round } = await openRound('Tangent AB', 951);
    const [first, second] = AREAS[0]!.questions;
    const card = page.getByTestId(`question-${first!.id}`);
    await card.getByRole('radio').nth(4).click();
    await expect.poll(() => levelOf(page, first!.id)).toBe('5');
    await waitSaved(page);
    // Focus on the checked level 5: a bare → would wrap it to 1.
    await expect.poll(() => page.evaluate(`document.activeElement?.getAttribute('aria-checked')`)).toBe('true');
    await page.keyboard.press('Alt+ArrowRight');
    await expect.poll(() => stepOf(page)).toBe(`area:${AREAS[1]!.id}`);
    await page.keyboard.press('Alt+ArrowLeft');
    await expect.poll(() => stepOf(page)).toBe(`area:${AREAS[0]!.id}`);
    expect(await levelOf(page, first!.id)).toBe('5');
    // With focus on an unanswered question's levels, too.
    await page.getByTestId(`question-${second!.id}`).getByRole('radio').first().focus();
    await page.keyboard.press('Alt+ArrowRight');
    await expect.poll(() => stepOf(page)).toBe(`area:${AREAS[1]!.id}`);
    await page.keyboard.press('Alt+ArrowLeft');
    await expect.poll(() => stepOf(page)).toBe(`area:${AREAS[0]!.id}`);
    await waitSaved(page);
    const stored = await must(env.host, 'rounds.get', { roundId: round.id });
    expect(stored.answers.filter((a) => a.level !== null).map((a) => [a.questionId, a.level])).toEqual([[first!.id, 5]]);
    // "Nästa" puts focus on the next step's first question, and the step's top is not under the fixed header.
    await page.getByTestId('next-step').click();
    const next = AREAS[1]!.questions[0]!;
    await expect.poll(() => page.evaluate(`document.activeElement?.closest('[data-testid="question-${next.id}"]') !== null`)).toBe(true);
    const top = (await page.evaluate(`document.getElementById('step-title').getBoundingClientRect().top`)) as number;
    expect(top).toBeGreaterThanOrEqual(60);
    expect(stored.lastStep).toBe(`area:${AREAS[0]!.id}`);
    await context.close();
  });

  it('the chosen step wins over a late refresh, and answers never show stale', async () => {
    const { page, context, round } = await openRound('Stegvis AB', 952);
    // Every read of the round comes back late: the server answers at once, the page hears it 700 ms later.
    await page.route('**/api/rounds.get', async (route: Route) => {
      const response = await route.fetch();
      await new Promise((r) => setTimeout(r, 700));
      await route.fulfill({ response });
    });
    await recordSteps(page);
    for (let i = 0; i < 4; i++) {
      const q = AREAS[i]!.questions[0]!;
      await page.getByTestId(`question-${q.id}`).getByRole('radio').nth(2).click();
      if (i % 2 === 0) await page.getByTestId('next-step').click();
      else await page.keyboard.press('Alt+ArrowRight');
      await expect.poll(() => stepOf(page)).toBe(`area:${AREAS[i + 1]!.id}`);
    }
    await waitSaved(page);
    await page.waitForTimeout(1500);
    const steps = (await page.evaluate('window.__steps')) as string[];
    expect(steps).toEqual(AREAS.slice(0, 5).map((a) => `area:${a.id}`));
    // A question once answered never shows as unanswered again, nor with another level.
    const levels = (await page.evaluate('window.__levels')) as Record<string, string[]>;
    for (const seen of Object.values(levels)) {
      expect(seen.slice(1)).not.toContain('');
      expect(new Set(seen.filter((v) => v !== '')).size).toBeLessThanOrEqual(1);
    }
    const stored = await must(env.host, 'rounds.get', { roundId: round.id });
    expect(stored.lastStep).toBe(`area:${AREAS[4]!.id}`);
    expect(stored.answers.filter((a) => a.level !== null)).toHaveLength(4);
    await context.close();
  });
});
