import { execFile } from 'node:child_process';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en, sv } from '@shared/i18n';
import { currentLevel, gapOf } from '@shared/domain/gaps';
import { withCheckDigit } from '@shared/domain/orgNumber';
import {
  axeProblems,
  launchBrowser,
  makeDataDir,
  newPage,
  removeDir,
  screen,
  seedDemo,
  startHostProcess,
  type RunningHost,
} from './harness';
import { printDocumentPdf } from './pdf';

const run = promisify(execFile);
const PASSPHRASE = 'kontorets egen lösenfras';
const COMPANIES = 12;
const SECRET_NOTE = 'HEMLIG-INTERN-ANTECKNING';

type Ok<T> = { ok: true; value: T } | { ok: false; error: { code: string } };

async function api<T>(page: Page, channel: string, input: unknown): Promise<T> {
  const r = await page.evaluate(
    async ([c, i]) => {
      // Runs in the page: its own session storage holds the token.
      const storage = (globalThis as unknown as { sessionStorage: { getItem(key: string): string | null } }).sessionStorage;
      const token = storage.getItem('vaxtkraft.token') ?? '';
      const res = await fetch(`/api/${c}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(i),
      });
      return (await res.json()) as unknown;
    },
    [channel, input] as const,
  );
  const result = r as Ok<T>;
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
  return result.value;
}

/** The print view of the plan as a PDF, the way the tests and the bench make it. */
export function printPlanPdf(page: Page, hostUrl: string, companyId: string, language: 'sv' | 'en'): Promise<Buffer> {
  return printDocumentPdf(page, hostUrl, { document: 'plan', companyId }, language);
}

interface PersonRow {
  id: string;
  name: string;
  gender: string | null;
  birthYear: number | null;
  accessibilityNeeds: string | null;
}

describe('development plans through the UI, and the PDF the entrepreneur takes home', () => {
  let browser: Browser;
  let dataDir: string;
  let outDir: string;
  let host: RunningHost;

  beforeAll(async () => {
    dataDir = await makeDataDir('vaxtkraft-plans-');
    outDir = process.env.PLAN_PDF_OUT ?? (await makeDataDir('vaxtkraft-plan-pdf-'));
    await mkdir(outDir, { recursive: true });
    await seedDemo(dataDir, COMPANIES, PASSPHRASE);
    host = await startHostProcess(dataDir, { VAXTKRAFT_PASSPHRASE: PASSPHRASE });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await host?.stop();
    await browser?.close();
    await removeDir(dataDir);
    if (!process.env.PLAN_PDF_OUT) await removeDir(outDir);
  });

  it('builds a plan from suggestions, exports it in Swedish and English, and leaks nothing', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${host.url}#/companies`);
    await screen(page, 'companies');

    // A company with a completed assessment; its demo activities are removed so that the suggestions start afresh.
    const listed = await api<{ items: Array<{ id: string; name: string; status: string; peopleCount: number }> }>(page, 'companies.list', {
      includeArchived: true,
    });
    let target: { id: string; name: string } | null = null;
    // The most people first: one page each in the PDF.
    for (const c of [...listed.items].sort((a, b) => b.peopleCount - a.peopleCount)) {
      if (c.status !== 'enrolled' && c.status !== 'completed') continue;
      const s = await api<{ suggestions: unknown[] }>(page, 'plans.suggest', { companyId: c.id, language: 'en' });
      const plan = await api<{ activities: Array<{ id: string }> }>(page, 'plans.get', { companyId: c.id });
      if (s.suggestions.length + plan.activities.length >= 2) {
        target = c;
        for (const a of plan.activities) await api(page, 'activities.delete', { id: a.id });
        break;
      }
    }
    expect(target).not.toBeNull();
    const company = target!;
    const fresh = await api<{ suggestions: Array<{ title: string; competenceId: string }> }>(page, 'plans.suggest', {
      companyId: company.id,
      language: 'en',
    });
    expect(fresh.suggestions.length).toBeGreaterThanOrEqual(2);
    // An accepted suggestion's title, left as it was, prints in the PDF's language (issue 16): the same in Swedish.
    const inSwedish = await api<{ suggestions: Array<{ title: string }> }>(page, 'plans.suggest', {
      companyId: company.id,
      language: 'sv',
    });

    // Through the UI: the company, its plan, the suggestions; accept two and reject one if there is a third.
    await page.goto(`${host.origin}/#/companies/${company.id}`);
    await screen(page, 'company');
    await page.getByTestId('open-plan').click();
    await screen(page, 'plan');
    expect(await axeProblems(page, { all: true })).toEqual([]);
    await page.getByTestId('suggest').click();
    await page.locator('[data-testid="suggestions"][data-ready="true"]').waitFor();
    const cards = page.locator('[data-suggestion]');
    expect(await cards.count()).toBe(fresh.suggestions.length);
    await cards.first().getByTestId('accept-suggestion').click();
    await expect.poll(() => cards.count()).toBe(fresh.suggestions.length - 1);
    await cards.first().getByTestId('accept-suggestion').click();
    await expect.poll(() => cards.count()).toBe(fresh.suggestions.length - 2);
    if (fresh.suggestions.length > 2) {
      await cards.first().getByTestId('reject-suggestion').click();
      await expect.poll(() => cards.count()).toBe(fresh.suggestions.length - 3);
    }
    const accepted = fresh.suggestions.slice(0, 2).map((s) => s.title);
    const acceptedSv = inSwedish.suggestions.slice(0, 2).map((s) => s.title);
    const rows = page.locator('[data-activity-id]');
    await expect.poll(() => rows.count()).toBe(2);
    for (const title of accepted) await page.getByRole('button', { name: en.plans.activities.edit.replace('{{title}}', title) }).waitFor();

    // Edit one in the drawer: a date, then an impossible end (a field message), then a valid one.
    await page.getByTestId('open-activity').first().click();
    const form = page.getByTestId('activity-form');
    await form.getByLabel(en.plans.activity.plannedStart).fill('2031-05-04');
    await form.getByLabel(en.plans.activity.plannedEnd).fill('2031-05-01');
    await form.getByLabel(en.plans.activity.plannedEnd).blur();
    await form.getByText(en.errors.field.plan.endBeforeStart).waitFor();
    await form.getByLabel(en.plans.activity.plannedEnd).fill('2031-06-15');
    await form.getByLabel(en.plans.activity.plannedEnd).blur();
    await expect.poll(() => form.getByText(en.errors.field.plan.endBeforeStart).count()).toBe(0);
    await page.locator('[data-testid="save-state"][data-state="saved"]').first().waitFor();
    await page.keyboard.press('Escape');
    // Closed and gone (not mid-transition) before anything else is checked.
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    // The next follow-up date through the UI.
    await page.getByLabel(en.plans.followUp.nextFollowUp).fill('2031-09-01');
    await page.getByLabel(en.plans.followUp.nextFollowUp).blur();
    await expect
      .poll(async () => (await api<{ nextFollowUp: string | null }>(page, 'plans.get', { companyId: company.id })).nextFollowUp)
      .toBe('2031-09-01');
    expect(await axeProblems(page, { all: true })).toEqual([]);

    // An internal note that must never be printed.
    const plan = await api<{
      activities: Array<{ id: string; title: string; startDate?: string }>;
      people: Array<{ id: string; name: string }>;
    }>(page, 'plans.get', {
      companyId: company.id,
    });
    expect(plan.activities.map((a) => a.title).sort()).toEqual([...accepted].sort());
    await api(page, 'activities.update', { id: plan.activities[0]!.id, patch: { internalNote: SECRET_NOTE } });

    // Follow-up attributes of this company's people: values that must not appear in the PDF.
    const people = await api<PersonRow[]>(page, 'people.list', { companyId: company.id });
    const birthYears = people.flatMap((p) => (p.birthYear ? [String(p.birthYear)] : []));
    const others = listed.items.filter((c) => c.id !== company.id).map((c) => c.name);

    for (const language of ['sv', 'en'] as const) {
      const pdf = await printPlanPdf(page, host.url, company.id, language);
      const file = join(outDir, `plan-${language}.pdf`);
      await writeFile(file, pdf);
      const { stdout: text } = await run('pdftotext', ['-layout', file, '-']);
      await writeFile(join(outDir, `plan-${language}.txt`), text);
      const L = language === 'sv' ? sv : en;
      const flat = text.replace(/\s+/g, ' ');

      expect(flat).toContain(company.name);
      for (const title of language === 'sv' ? acceptedSv : accepted) expect(flat).toContain(title.slice(0, 30));
      for (const heading of [L.plans.print.title, L.plans.print.plan, L.plans.print.nextFollowUp, L.plans.basis.vision])
        expect(flat).toContain(heading);
      for (const p of plan.people) expect(flat).toContain(L.plans.print.personTitle.replace('{{name}}', p.name));
      // Page numbers in the footer, in the chosen language.
      expect(flat).toMatch(language === 'sv' ? /Sida 1 av \d+/ : /Page 1 of \d+/);
      // The other language's headings are absent.
      const other = language === 'sv' ? en : sv;
      expect(flat).not.toContain(other.plans.print.plan + ' ');
      expect(flat).not.toContain(other.plans.print.nextFollowUp);
      // Å, ä and ö survive (fonts embedded with the glyphs).
      if (language === 'sv') expect(flat).toMatch(/[åäö]/);

      // Never: follow-up labels and values, internal notes, other companies.
      expect(flat).not.toContain(SECRET_NOTE);
      for (const label of [
        L.people.followup.gender,
        L.people.followup.birthYear,
        L.people.followup.foreignBackground,
        L.people.followup.thirdCountryNational,
        L.people.followup.disability,
        L.people.followup.accessibilityNeeds,
      ]) {
        expect(flat).not.toContain(label);
      }
      for (const value of [L.people.option.gender.woman, L.people.option.gender.non_binary, L.people.option.gender.not_stated])
        expect(flat).not.toContain(value);
      expect(flat).not.toMatch(new RegExp(`\\b${L.people.option.gender.man}\\b`));
      for (const year of birthYears) expect(flat).not.toContain(year);
      for (const name of others) expect(flat).not.toContain(name);

      const { stdout: info } = await run('pdfinfo', [file]);
      expect(info).toMatch(/Page size:\s+59[45](\.\d+)? x 841(\.\d+)? pts \(A4\)/);
      const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
      // Cover, situation, gaps, plan, one page per person (the follow-up shares the last).
      expect(pages).toBeGreaterThanOrEqual(3 + plan.people.length);
      const { stdout: fonts } = await run('pdffonts', [file]);
      expect(
        fonts
          .split('\n')
          .slice(2)
          .filter(Boolean)
          .every((line) => /\byes\b/.test(line)),
      ).toBe(true);

      await run('pdftoppm', ['-png', '-r', '50', file, join(outDir, `page-${language}`)]);
      expect((await readdir(outDir)).filter((f) => f.startsWith(`page-${language}`)).length).toBe(pages);
    }
    await context.close();
  });

  it('registers providers on their own page and exports the plan as CSV', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${host.url}#/companies`);
    await screen(page, 'companies');
    await page.getByRole('link', { name: en.plans.providers.nav }).click();
    await screen(page, 'providers');
    const before = await page.locator('[data-provider-id]').count();
    expect(before).toBeGreaterThan(5);
    await page.getByTestId('add-provider').click();
    await expect.poll(() => page.locator('[data-provider-id]').count()).toBe(before + 1);
    expect(await axeProblems(page, { all: true })).toEqual([]);

    const listed = await api<{ items: Array<{ id: string; status: string }> }>(page, 'companies.list', {});
    const withPlan = listed.items.find((c) => c.status === 'enrolled' || c.status === 'completed')!;
    await page.goto(`${host.origin}/#/companies/${withPlan.id}/plan`);
    await screen(page, 'plan');
    // The export language is chosen at export, whatever the UI language (English here).
    await page.getByTestId('pdf-language').getByText(sv.shell.language.sv).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/^utvecklingsplan .+\.csv$/);
    const file = join(await makeDataDir('vaxtkraft-csv-'), 'plan.csv');
    await download.saveAs(file);
    const { readFile } = await import('node:fs/promises');
    const bytes = await readFile(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('"Aktivitet";"Typ";"Nivå"');
    await removeDir(join(file, '..'));
    await context.close();
  });

  it('prints a sole trader’s number masked, and a person’s ratings only with their agreement', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${host.url}#/companies`);
    await screen(page, 'companies');

    // A company whose plan rests on a completed round in which at least two people have gaps.
    type Levels = Record<'requiredLevel' | 'selfLevel' | 'advisorLevel', number | null>;
    type Round = { people: Array<{ personId: string; name: string; competences: Levels[] }> };
    const gap = (r: Levels) => gapOf(r.requiredLevel, currentLevel(r.selfLevel, r.advisorLevel)) ?? 0;
    const hasGap = (p: Round['people'][number]) => p.competences.some((r) => gap(r) > 0);
    const listed = await api<{ items: Array<{ id: string }> }>(page, 'companies.list', { includeArchived: true });
    let found: { companyId: string; people: Round['people'] } | null = null;
    for (const c of listed.items) {
      const plan = await api<{ basis: { roundId: string } | null }>(page, 'plans.get', { companyId: c.id });
      if (!plan.basis) continue;
      const round = await api<Round>(page, 'rounds.get', { roundId: plan.basis.roundId });
      const withGaps = round.people.filter(hasGap);
      if (withGaps.length >= 2) {
        found = { companyId: c.id, people: withGaps };
        break;
      }
    }
    expect(found).not.toBeNull();
    const { companyId, people } = found!;
    const [agreed, declined] = people as [Round['people'][number], Round['people'][number]];

    // The company becomes a sole trader: its organisation number is the owner's personnummer.
    const personnummer = withCheckDigit('850101234');
    await api(page, 'companies.update', { id: companyId, patch: { orgNumber: personnummer } });
    await api(page, 'people.update', { id: agreed.personId, patch: { ratingsShared: true } });
    await api(page, 'people.update', { id: declined.personId, patch: { ratingsShared: false } });

    // In the company list, masked too: the birth date hidden.
    await page.goto(`${host.origin}/#/companies/${companyId}`);
    await screen(page, 'company');
    await page.goto(`${host.origin}/#/companies`);
    await screen(page, 'companies');
    await page
      .getByTestId('company-table')
      .getByText(`******-${personnummer.slice(-4)}`)
      .waitFor();
    expect(await page.getByTestId('company-table').innerText()).not.toContain(personnummer.slice(0, 6));

    const file = join(outDir, 'plan-sharing-sv.pdf');
    await writeFile(file, await printPlanPdf(page, host.url, companyId, 'sv'));
    const { stdout: text } = await run('pdftotext', ['-layout', file, '-']);
    const flat = text.replace(/\s+/g, ' ');
    const L = sv.plans.print;

    // The number masked, the birth date hidden too; in no form in full.
    expect(flat).toContain(`******-${personnummer.slice(-4)}`);
    for (const form of [personnummer, personnummer.replace('-', ''), personnummer.slice(0, 6)]) expect(flat).not.toContain(form);

    // Each person's page: activities for everyone, ratings only for the one who agreed.
    const pageOf = (name: string) => {
      const start = flat.indexOf(L.personTitle.replace('{{name}}', name));
      expect(start, name).toBeGreaterThanOrEqual(0);
      const next = flat.indexOf(L.personTitle.split('{{name}}')[0]!, start + 1);
      const ends = [next, flat.indexOf(L.nextFollowUp, start)].filter((i) => i > start);
      return flat.slice(start, Math.min(...ends, flat.length));
    };
    expect(pageOf(agreed.name)).toContain(L.personGaps);
    expect(pageOf(declined.name)).not.toContain(L.personGaps);
    expect(pageOf(declined.name)).not.toContain(L.current);
    // The table of the largest gaps names only people who agreed.
    const gapsStart = flat.indexOf(L.gaps);
    if (gapsStart >= 0) expect(flat.slice(gapsStart, flat.indexOf(L.plan, gapsStart))).not.toContain(declined.name);
    await context.close();
  });
});
