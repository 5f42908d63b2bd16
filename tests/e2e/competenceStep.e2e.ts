import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en, sv } from '@shared/i18n/resources';
import { orgNumberFor } from '../helpers/tempStore';
import {
  ENROLLED,
  SHOTS,
  VIEWPORTS,
  axeProblems,
  launchBrowser,
  makeDataDir,
  must,
  newPage,
  removeDir,
  screen,
  startHostProcess,
  type RunningHost,
} from './harness';

const PASSPHRASE = 'en lång lösenfras för kompetenssteget';

async function waitSaved(page: Page): Promise<void> {
  await page.locator('[data-testid="save-state"][data-state="saved"]').waitFor({ timeout: 15_000 });
}

/** The page scrolls sideways: wider than the window. */
const sideways = (page: Page) => page.evaluate('document.documentElement.scrollWidth > document.documentElement.clientWidth');
/** The id (or test id) of the element that has the keyboard focus. */
const focused = (page: Page) => page.evaluate('document.activeElement?.id || document.activeElement?.getAttribute("data-testid") || ""');

/** Issue 17, "The competence step": level texts where the rating is made, "not rated yet", self-assessment one at a time. */
describe('the competence step, by keyboard in Chromium', () => {
  let browser: Browser;
  let dataDir: string;
  let host: RunningHost;
  let ids: { company: string; round: string; owner: string; employee: string; custom: string };

  beforeAll(async () => {
    dataDir = await makeDataDir('vaxtkraft-competence-');
    host = await startHostProcess(dataDir, { VAXTKRAFT_PASSPHRASE: PASSPHRASE });
    browser = await launchBrowser();
    const company = await must(host, 'companies.create', { name: 'Nivåer och Namn AB', orgNumber: orgNumberFor(417), ...ENROLLED });
    const owner = await must(host, 'people.create', { companyId: company.id, name: 'Åsa Ägare', role: 'owner' });
    const employee = await must(host, 'people.create', { companyId: company.id, name: 'Emil Anställd', role: 'employee' });
    const round = await must(host, 'rounds.start', { companyId: company.id, kind: 'baseline', date: '2025-03-01', advisor: 'Karin' });
    const custom = await must(host, 'competences.createCustom', {
      companyId: company.id,
      name: { sv: 'Svetsa rostfritt', en: 'Welding stainless steel' },
      description: null,
    });
    const own = (await must(host, 'rounds.get', { roundId: round.id })).people.find((p) => p.personId === owner.id)!;
    // Six of them and the company's own: enough to see the table, few enough for a quick accessibility check.
    const competenceIds = [...own.competences.slice(0, 6).map((c) => c.competenceId), custom.id];
    await must(host, 'rounds.setPersonCompetences', { roundId: round.id, personId: owner.id, competenceIds });
    ids = { company: company.id, round: round.id, owner: owner.id, employee: employee.id, custom: custom.id };
  });
  afterAll(async () => {
    await host?.stop();
    await browser?.close();
    await removeDir(dataDir);
  });

  it('shows each level’s meaning on focus, hover and choice, and "not rated yet" instead of 0 (sv, en)', async () => {
    const round = await must(host, 'rounds.get', { roundId: ids.round });
    const person = round.people.find((p) => p.personId === ids.owner)!;
    const first = person.competences[0]!.competenceId;
    const fw = await must(host, 'frameworks.get', { situationVersion: round.frameworkVersion, catalogueVersion: round.catalogueVersion });
    const levels = fw.catalogue.competences.find((c) => c.id === first)!.levels;
    await must(host, 'session.setLanguage', { language: 'sv' });
    const { page, context } = await newPage(browser, { locale: 'sv-SE', ...VIEWPORTS[0] });
    await page.goto(`${host.url}#/companies/${ids.company}/rounds/${ids.round}`);
    await screen(page, 'round');
    await page.getByTestId('step-competences').click();
    const panel = page.getByTestId(`person-${ids.owner}`);
    await panel.waitFor();
    expect(await panel.getByTestId('rated-count').textContent()).toBe(sv.assessments.competences.notRatedYet);
    expect(await page.getByTestId(`tab-${ids.owner}`).textContent()).toContain('(ej bedömd än)');
    const hint = (key: string) => panel.getByTestId(`hint-${key}-${first}`);
    expect(await hint('self').textContent()).toBe(sv.assessments.competences.notRatedYet);

    // Keyboard: the target level's first button, then 3, then an arrow: the text follows, and is each button's description.
    await panel.getByTestId(`rating-${first}`).getByRole('radio').first().focus();
    expect(await hint('required').textContent()).toBe(`1 · ${levels[0]!.descriptor.sv}`);
    await page.keyboard.press('3');
    expect(await hint('required').textContent()).toBe(`3 · ${levels[2]!.descriptor.sv}`);
    await page.keyboard.press('ArrowRight');
    expect(await hint('required').textContent()).toBe(`4 · ${levels[3]!.descriptor.sv}`);
    const described = await page.evaluate(
      'document.getElementById(document.activeElement.getAttribute("aria-describedby"))?.textContent ?? ""',
    );
    expect(described).toBe(levels[3]!.descriptor.sv);
    // Tab goes on to the self-assessment, then the advisor's rating.
    await page.keyboard.press('Tab');
    await page.keyboard.press('2');
    await page.keyboard.press('Tab');
    await page.keyboard.press('3');
    expect(await hint('advisor').textContent()).toBe(`3 · ${levels[2]!.descriptor.sv}`);
    // The pointer previews a level without choosing it.
    await panel.getByTestId(`rating-${first}`).getByRole('radiogroup').nth(1).getByRole('radio').nth(4).hover();
    expect(await hint('self').getAttribute('data-preview')).toBe('true');
    expect(await hint('self').textContent()).toBe(`5 · ${levels[4]!.descriptor.sv}`);
    await page.mouse.move(0, 0);
    expect(await hint('self').textContent()).toBe(`2 · ${levels[1]!.descriptor.sv}`);
    await waitSaved(page);
    const total = person.competences.length;
    await expect.poll(() => panel.getByTestId('rated-count').textContent()).toBe(`1 av ${total} bedömda`);
    expect(await page.getByTestId(`tab-${ids.owner}`).textContent()).toContain(`(1 av ${total} bedömda)`);
    // The company's own competence has no level texts: the general scale, said quietly.
    await expect.poll(() => panel.getByTestId(`rating-${ids.custom}`).textContent()).toContain(sv.assessments.competences.generalScale);

    for (const language of ['sv', 'en'] as const) {
      if (language === 'en') {
        await must(host, 'session.setLanguage', { language });
        await page.reload();
        await screen(page, 'round');
        await panel.waitFor();
        expect(await hint('self').textContent()).toBe(`2 · ${levels[1]!.descriptor.en}`);
        expect(await panel.getByTestId('rated-count').textContent()).toBe(`1 of ${total} rated`);
        expect(await hint('required').textContent()).not.toBe(en.assessments.competences.notRatedYet);
      }
      for (const v of VIEWPORTS) {
        await page.setViewportSize(v);
        // The charts below follow a new window size a moment later.
        await expect.poll(() => sideways(page), { timeout: 5000 }).toBe(false);
        await panel.getByTestId(`rating-${first}`).scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(SHOTS, `competence-step-${language}-${v.width}x${v.height}.png`) });
      }
      expect(await axeProblems(page)).toEqual([]);
      await page.setViewportSize(VIEWPORTS[0]);
    }
    await must(host, 'session.setLanguage', { language: 'sv' });
    await context.close();
  });

  it('self-assessment: one competence at a time, next by keyboard, and what is left at the end', async () => {
    await must(host, 'selfAssessment.enter', { roundId: ids.round, personId: ids.employee, language: 'sv' });
    const view = await must(host, 'selfAssessment.get', { roundId: ids.round, personId: ids.employee });
    const total = view.competences.length;
    const [c1, c2] = view.competences;
    const { page, context } = await newPage(browser, { locale: 'sv-SE', ...VIEWPORTS[0] });
    await page.goto(`${host.url}#/`);
    await screen(page, 'self');
    expect(await page.getByTestId('self-position').textContent()).toBe(`Kompetens 1 av ${total}`);
    expect(await page.locator('[data-testid^="self-picker-"]').count()).toBe(1);
    expect(await page.getByTestId(`self-picker-${c1!.competence.id}`).textContent()).toContain(c1!.competence.levels![2]!.descriptor.sv);

    // Arrow keys choose, Tab reaches "Next", Enter goes on and the focus lands on the next competence's name.
    await page.getByTestId(`self-picker-${c1!.competence.id}`).getByRole('radio').first().focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await waitSaved(page);
    expect(await page.getByTestId('self-progress').textContent()).toBe(`1 av ${total} skattade`);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('self-next');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe(`c-${c2!.competence.id}`);
    expect(await page.getByTestId('self-position').textContent()).toBe(`Kompetens 2 av ${total}`);
    for (const v of VIEWPORTS) {
      await page.setViewportSize(v);
      await expect.poll(() => sideways(page), { timeout: 5000 }).toBe(false);
      await page.screenshot({ path: join(SHOTS, `self-one-at-a-time-sv-${v.width}x${v.height}.png`) });
    }
    expect(await axeProblems(page)).toEqual([]);

    // Next to the end: the competences not rated yet, each a way back.
    for (let i = 1; i < total; i++) await page.getByTestId('self-next').click();
    await page.getByTestId('self-end').waitFor();
    expect(await focused(page)).toBe('self-end');
    expect(await page.getByTestId('self-left').getByRole('button').count()).toBe(total - 1);
    await page.setViewportSize(VIEWPORTS[1]);
    await page.screenshot({ path: join(SHOTS, 'self-end-sv-1024x640.png') });
    expect(await axeProblems(page)).toEqual([]);
    await page.getByTestId('self-left').getByRole('button', { name: c2!.competence.name.sv }).click();
    expect(await focused(page)).toBe(`c-${c2!.competence.id}`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('5');
    await waitSaved(page);

    // In English, after a reload: back at the first competence not rated yet.
    expect(await must(host, 'selfAssessment.exit', { passphrase: PASSPHRASE })).toEqual({ exited: true });
    await must(host, 'selfAssessment.enter', { roundId: ids.round, personId: ids.employee, language: 'en' });
    await page.reload();
    await screen(page, 'self');
    expect(await page.getByTestId('self-position').textContent()).toBe(`Competence 3 of ${total}`);
    for (const v of VIEWPORTS) {
      await page.setViewportSize(v);
      await expect.poll(() => sideways(page), { timeout: 5000 }).toBe(false);
      await page.screenshot({ path: join(SHOTS, `self-one-at-a-time-en-${v.width}x${v.height}.png`) });
    }
    expect(await axeProblems(page)).toEqual([]);
    expect(await must(host, 'selfAssessment.exit', { passphrase: PASSPHRASE })).toEqual({ exited: true });
    const stored = (await must(host, 'rounds.get', { roundId: ids.round })).people.find((p) => p.personId === ids.employee)!;
    const levelOf = (id: string) => stored.competences.find((c) => c.competenceId === id)?.selfLevel;
    expect([levelOf(c1!.competence.id), levelOf(c2!.competence.id)]).toEqual([3, 5]);
    await context.close();
  });
});
