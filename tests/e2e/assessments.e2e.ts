import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sv } from '@shared/i18n/resources';
import situation from '../../resources/frameworks/situation-assessment.v1.json';
import { orgNumberFor } from '../helpers/tempStore';
import {
  SHOTS,
  axeProblems,
  hostApi,
  launchBrowser,
  makeDataDir,
  must,
  newPage,
  removeDir,
  screen,
  shot,
  startHostProcess,
  type RunningHost,
} from './harness';

const PASSPHRASE = 'ett långt testlösen för analyser';

const ENROLLED = {
  status: 'enrolled' as const,
  growthAmbition: true,
  growthAmbitionDate: '2025-01-15',
  consentBy: 'Ägaren',
  consentAt: '2025-01-15',
  consentScope: 'Kartläggning och uppföljning',
};

async function seedCompany(host: RunningHost, name: string, orgNumber: string) {
  const company = await must(host, 'companies.create', { name, orgNumber, ...ENROLLED });
  const owner = await must(host, 'people.create', { companyId: company.id, name: `${name} Ägare`, role: 'owner' });
  const employee = await must(host, 'people.create', { companyId: company.id, name: `${name} Anställd`, role: 'employee' });
  const prospective = await must(host, 'people.create', { companyId: company.id, name: `${name} Blivande`, role: 'prospective' });
  return { company, owner, employee, prospective };
}

const AREAS = situation.areas;

/** Answers every question of the current area step: by click, and by keys 1–5 for every other one. */
async function answerArea(page: Page, areaIndex: number): Promise<void> {
  const area = AREAS[areaIndex]!;
  for (const [i, q] of area.questions.entries()) {
    const card = page.getByTestId(`question-${q.id}`);
    const level = ((areaIndex + i) % 5) + 1;
    if (i % 2 === 0)
      await card
        .getByRole('radio')
        .nth(level - 1)
        .click();
    else {
      await card.getByRole('radio').first().focus();
      await page.keyboard.press(String(level));
    }
    await expect.poll(() => card.getAttribute('data-level')).toBe(String(level));
  }
}

async function waitSaved(page: Page): Promise<void> {
  await page.locator('[data-testid="save-state"][data-state="saved"]').waitFor({ timeout: 15_000 });
}

describe('guided assessments, end to end in Chromium', () => {
  let browser: Browser;
  let dataDir: string;
  let host: RunningHost;
  let a: Awaited<ReturnType<typeof seedCompany>>;
  let b: Awaited<ReturnType<typeof seedCompany>>;

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    dataDir = await makeDataDir();
    browser = await launchBrowser();
    host = await startHostProcess(dataDir, { LANG: 'sv_SE.UTF-8', VAXTKRAFT_PASSPHRASE: PASSPHRASE });
    a = await seedCompany(host, 'Alfa Snickeri AB', orgNumberFor(901));
    b = await seedCompany(host, 'Beta Bageri AB', orgNumberFor(902));
  });

  afterAll(async () => {
    await host?.stop();
    await browser?.close();
    await removeDir(dataDir);
  });

  it('goes through a full baseline round in Swedish and locks it', async () => {
    const { page, context } = await newPage(browser, { locale: 'sv-SE', width: 1440, height: 900 });
    await page.goto(`${host.url}#/companies/${a.company.id}`);
    await screen(page, 'company');
    await page.getByTestId('start-baseline').click();
    await page.getByRole('dialog').getByRole('textbox', { name: sv.assessments.section.advisor }).fill('Karin Berg');
    await page.getByTestId('start-round-confirm').click();
    await screen(page, 'round');
    expect(await page.locator('nav[aria-label="' + sv.shell.nav.label + '"]').count()).toBe(1);
    await page.getByRole('heading', { name: sv.assessments.kind.baseline }).waitFor();
    expect(await axeProblems(page)).toEqual([]);

    for (let i = 0; i < AREAS.length; i++) {
      expect(await page.locator('div[data-screen="round"]').getAttribute('data-step')).toBe(`area:${AREAS[i]!.id}`);
      await answerArea(page, i);
      if (i === 0) await shot(page, 'assess-area-step');
      await page.getByTestId('next-step').click();
    }
    // Vision and goals.
    expect(await page.locator('div[data-screen="round"]').getAttribute('data-step')).toBe('vision');
    await page.getByLabel(sv.assessments.vision.vision, { exact: true }).fill('Tio anställda och export till Norge år 2029.');
    await page.getByTestId('add-goal').click();
    await page.getByTestId('goal-0').waitFor();
    await page.getByTestId('goal-0').getByLabel(sv.assessments.vision.goalTarget).fill('12000000');
    // Goal values grouped as the PDFs print them (Intl's Swedish grouping); the year is not grouped.
    const target = page.getByTestId('goal-0').getByLabel(sv.assessments.vision.goalTarget);
    await expect(target.inputValue()).resolves.toBe('12\u00a0000\u00a0000');
    await page.getByTestId('goal-0').getByLabel(sv.assessments.vision.goalYear).fill('2029');
    await page.getByTestId('goal-0').getByLabel(sv.assessments.vision.goalLabel).click();
    await page.getByTestId('add-strategy').click();
    await page.getByTestId('strategy-0').waitFor();
    await page.getByTestId(`target-${AREAS[0]!.id}`).getByRole('radio').nth(3).click();
    await waitSaved(page);
    expect(await axeProblems(page)).toEqual([]);
    await shot(page, 'assess-vision-step');
    await page.getByTestId('next-step').click();

    // Competence analysis: every person, every competence.
    const round = (await must(host, 'rounds.list', { companyId: a.company.id }))[0]!;
    for (const person of [a.owner, a.employee, a.prospective]) {
      await page.getByTestId(`tab-${person.id}`).click();
      const panel = page.getByTestId(`person-${person.id}`);
      await panel.waitFor();
      const rows = panel.locator('[data-testid^="rating-"]');
      const n = await rows.count();
      expect(n).toBeGreaterThanOrEqual(15);
      for (let r = 0; r < n; r++) {
        const groups = rows.nth(r).getByRole('radiogroup');
        await groups.nth(0).getByRole('radio').nth(3).click();
        if (person.id !== a.prospective.id) {
          await groups
            .nth(1)
            .getByRole('radio')
            .nth(r === 0 ? 4 : 2)
            .click();
          await groups
            .nth(2)
            .getByRole('radio')
            .nth(r === 0 ? 1 : 2)
            .click();
        } else {
          expect(await groups.count()).toBe(1);
        }
      }
      if (person.id === a.prospective.id) await panel.getByText(sv.assessments.competences.briefTitle).waitFor();
      if (person.id === a.owner.id) {
        await panel.getByTestId('disagreements').waitFor();
        expect(await panel.locator('[data-disagreement="true"]').count()).toBe(1);
        await waitSaved(page);
        expect(await axeProblems(page)).toEqual([]);
        await shot(page, 'assess-competences');
      }
    }
    await waitSaved(page);
    await page.getByTestId('next-step').click();

    // Summary: complete and see it locked.
    await page.locator('[data-testid="summary"][data-can-complete="true"]').waitFor();
    expect(await axeProblems(page)).toEqual([]);
    await shot(page, 'assess-summary');
    await page.getByTestId('complete-round').click();
    await page.getByTestId('confirm-complete').click();
    await page.getByTestId('completed-notice').waitFor();
    expect(await page.getByTestId('completed-notice').textContent()).toContain('Karin Berg');
    await page.getByTestId(`step-area:${AREAS[0]!.id}`).click();
    expect(await page.getByTestId(`question-${AREAS[0]!.questions[0]!.id}`).getByRole('radio').first().isDisabled()).toBe(true);
    const stored = await must(host, 'rounds.get', { roundId: round.id });
    expect(stored.completedBy).toBe('Karin Berg');
    expect(stored.answers.filter((x) => x.level !== null)).toHaveLength(43);
    expect(stored.vision).toContain('Norge');
    expect(stored.goals[0]).toMatchObject({ targetValue: 12000000, targetYear: 2029 });
    const refused = await hostApi(host, 'rounds.saveAnswer', { roundId: round.id, questionId: AREAS[0]!.questions[0]!.id, level: 1 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'assessment.roundCompleted' } });
    await shot(page, 'assess-completed');
    await context.close();
  });

  it('resumes at the same step with every answer after the host is stopped mid-round', async () => {
    const round = await must(host, 'rounds.start', {
      companyId: b.company.id,
      kind: 'baseline',
      date: '2025-03-01',
      advisor: 'Karin Berg',
    });
    let { page, context } = await newPage(browser, { locale: 'sv-SE' });
    await page.goto(`${host.url}#/companies/${b.company.id}/rounds/${round.id}`);
    await screen(page, 'round');
    await answerArea(page, 0);
    await page.getByTestId('next-step').click();
    await answerArea(page, 1);
    await page.getByTestId('next-step').click();
    expect(await page.locator('div[data-screen="round"]').getAttribute('data-step')).toBe(`area:${AREAS[2]!.id}`);
    const q = AREAS[2]!.questions[0]!;
    await page.getByTestId(`question-${q.id}`).getByRole('radio').nth(1).click();
    await waitSaved(page);
    await context.close();

    await host.stop();
    host = await startHostProcess(dataDir, { LANG: 'sv_SE.UTF-8' });
    ({ page, context } = await newPage(browser, { locale: 'sv-SE' }));
    await page.goto(`${host.url}#/companies/${b.company.id}/rounds/${round.id}`);
    await screen(page, 'unlock');
    await page.getByLabel(new RegExp(`^${sv.session.unlock.passphrase}`)).fill(PASSPHRASE);
    await page.getByRole('button', { name: sv.session.unlock.submit }).click();
    await screen(page, 'round');
    expect(await page.locator('div[data-screen="round"]').getAttribute('data-step')).toBe(`area:${AREAS[2]!.id}`);
    expect(await page.getByTestId(`question-${q.id}`).getAttribute('data-level')).toBe('2');
    await page.getByTestId(`step-area:${AREAS[0]!.id}`).click();
    for (const [i, question] of AREAS[0]!.questions.entries()) {
      expect(await page.getByTestId(`question-${question.id}`).getAttribute('data-level')).toBe(String((i % 5) + 1));
    }
    const stored = await must(host, 'rounds.get', { roundId: round.id });
    expect(stored.answers.filter((x) => x.level !== null)).toHaveLength(AREAS[0]!.questions.length + AREAS[1]!.questions.length + 1);
    await context.close();
  });

  it('self-assessment mode shows one person only and cannot reach other data', async () => {
    const round = (await must(host, 'rounds.list', { companyId: b.company.id }))[0]!;
    const { page, context } = await newPage(browser, { locale: 'sv-SE', width: 1280, height: 900 });
    await page.goto(`${host.url}#/companies/${b.company.id}/rounds/${round.id}`);
    await screen(page, 'round');
    await page.getByTestId('step-competences').click();
    await page.getByTestId(`tab-${b.employee.id}`).click();
    await page.getByTestId(`person-${b.employee.id}`).getByTestId('handover').click();
    await page.getByRole('radiogroup', { name: sv.assessments.handover.language }).getByRole('radio', { name: 'English' }).check();
    await page.getByTestId('handover-confirm').click();
    await screen(page, 'self');
    expect(await page.getByTestId('self-name').textContent()).toBe(b.employee.name);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    // No navigation, no links to anything else.
    expect(await page.locator('nav').count()).toBe(0);
    expect(await page.locator('a[href]').count()).toBe(0);
    expect(await page.getByText(b.owner.name).count()).toBe(0);

    const pickers = page.locator('[data-testid^="self-picker-"]');
    await pickers.nth(0).getByRole('radio').nth(2).click();
    // One competence at a time: the second one after "Next".
    await page.getByTestId('self-next').click();
    await page.locator('main[data-index="1"]').waitFor();
    await pickers.nth(0).getByRole('radio').first().focus();
    await page.keyboard.press('4');
    await waitSaved(page);
    expect(await axeProblems(page)).toEqual([]);
    await shot(page, 'assess-self');

    const calls = (await page.evaluate(`(async () => {
      const token = sessionStorage.getItem('vaxtkraft.token') || '';
      const call = async (channel, input) => (await (await fetch('/api/' + channel, {
        method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + token }, body: JSON.stringify(input),
      })).json());
      return {
        list: await call('companies.list', {}),
        people: await call('people.list', { companyId: ${JSON.stringify(a.company.id)} }),
        other: await call('selfAssessment.get', { roundId: ${JSON.stringify(round.id)}, personId: ${JSON.stringify(b.owner.id)} }),
        lock: await call('session.lock', {}),
      };
    })()`)) as Record<string, { ok: boolean; error?: { code: string } }>;
    for (const r of Object.values(calls)) expect(r).toEqual({ ok: false, error: { code: 'selfAssessment.active' } });

    // A reload comes back to the same focused view.
    await page.reload();
    await screen(page, 'self');

    await page.getByTestId('self-done').first().click();
    await page.getByLabel(/Advisor’s passphrase/).fill('fel lösenfras');
    await page.getByTestId('exit-confirm').click();
    await page.getByText('Wrong passphrase').first().waitFor();
    expect(await page.locator('body').getAttribute('data-screen')).toBe('self');
    await page.getByLabel(/Advisor’s passphrase/).fill(PASSPHRASE);
    // After a wrong passphrase the next attempt waits a second ("Wait 1 seconds"): try until it is judged.
    await expect
      .poll(
        async () => {
          const state = await page.locator('body').getAttribute('data-screen');
          if (state === 'self')
            await page
              .getByTestId('exit-confirm')
              .click({ timeout: 2000 })
              .catch(() => undefined);
          return state;
        },
        { timeout: 20_000, interval: 700 },
      )
      .toBe('round');
    await screen(page, 'round');
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    const stored = await must(host, 'rounds.get', { roundId: round.id });
    const mine = stored.people.find((p) => p.personId === b.employee.id)!;
    expect(mine.competences[0]!.selfLevel).toBe(3);
    expect(mine.competences[1]!.selfLevel).toBe(4);
    await context.close();
  });
});
