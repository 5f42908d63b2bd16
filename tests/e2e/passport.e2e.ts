import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, swedishDate } from '@shared/clock';
import { en, sv } from '@shared/i18n';
import { printHash } from '@shared/api/printRoute';
import type { Language } from '@shared/i18n/languages';
import { elmPassportSchema } from '@shared/domain/passportElm';
import { pdfFooterTemplate } from '../../src-main/services/print';
import { competenceCatalogue, situationFramework } from '../../src-main/services/frameworks';
import { ENROLLED } from '../helpers/assessmentStore';
import { axeProblems, hostApi, must, newPage, screen, shot, SHOTS, useDemoHost } from './harness';
import type { RunningHost } from './harness';

/**
 * A participant's competence passport end to end, in Swedish and English: consent and wishes recorded, the PDF printed
 * from the person drawer and read back with pdftotext (what must be there and what must never be: follow-up details,
 * the personnummer, internal notes, the company's figures, another person), every font embedded (pdffonts), page
 * images to look at (pdftoppm), axe on the drawer and the print view, and the refusal without consent.
 */

const run = promisify(execFile);
const PASSPHRASE = 'kompetenspassets lösenfras';
const SECRET = 'HEMLIG-INTERN-ANTECKNING';
const LANGS = { sv, en } as const;
const OFFICE = 'Region Örebro län, Tillväxtenheten';
const WISHES = 'Excel på djupet och att leda möten';
const PERSONNUMMER = '19811218-9876';

interface Seeded {
  companyId: string;
  asa: { id: string; name: string };
  bengt: { id: string; name: string };
  competence: { sv: string; en: string };
}

/** A completed baseline round with everyone rated, one course both attended, and one activity only Bengt took part in. */
async function seed(host: RunningHost): Promise<Seeded> {
  const today = swedishDate(new Date());
  await must(host, 'settings.update', { office: OFFICE });
  const company = await must(host, 'companies.create', {
    name: 'Passbolaget i Ödeshög AB',
    orgNumber: '556036-0793',
    ...ENROLLED,
    employees: 9,
    contactPhone: '070-987 65 43',
  });
  const person = (name: string, extra = {}) => must(host, 'people.create', { companyId: company.id, name, role: 'employee', ...extra });
  const asa = await person('Åsa Öberg', { followupConsent: true, gender: 'woman', birthYear: 1981, personnummer: PERSONNUMMER });
  const bengt = await person('Bengt Ärlig');
  const round = await must(host, 'rounds.start', {
    companyId: company.id,
    kind: 'baseline',
    date: addDays(today, -60),
    advisor: 'Karin Berg',
  });
  for (const q of situationFramework(round.frameworkVersion).areas.flatMap((a) => a.questions)) {
    await must(host, 'rounds.saveAnswer', { roundId: round.id, questionId: q.id, level: 3, note: SECRET });
  }
  for (const p of round.people) {
    for (const c of p.competences) {
      const levels = { required: 4, selfLevel: 3, advisorLevel: 2, note: SECRET };
      await must(host, 'rounds.saveRating', { roundId: round.id, personId: p.personId, competenceId: c.competenceId, ...levels });
    }
  }
  const completed = await must(host, 'rounds.complete', { roundId: round.id, completedBy: 'Karin Berg' });
  const first = completed.people.find((p) => p.personId === asa.id)!.competences[0]!.competenceId;
  const competence = competenceCatalogue(completed.catalogueVersion).competences.find((c) => c.id === first)!.name;
  const provider = await must(host, 'providers.create', { name: 'Lärcentrum Öst', kind: 'education_provider' });
  const course = await must(host, 'activities.create', {
    companyId: company.id,
    title: 'Kurs i bokföring för små företag',
    typeId: 'course',
    providerId: provider.id,
    level: 'company',
    personIds: [asa.id, bengt.id],
    plannedStart: addDays(today, -30),
  });
  for (const [days, asaHours] of [
    [-20, 3],
    [-13, 2.5],
  ] as const) {
    const attendance = [
      { personId: asa.id, hours: asaHours },
      { personId: bengt.id, hours: 1.25 },
    ];
    await must(host, 'sessions.create', { activityId: course.id, date: addDays(today, days), hours: 3, note: SECRET, attendance });
  }
  await must(host, 'activities.update', { id: course.id, patch: { status: 'done', internalNote: SECRET } });
  const own = await must(host, 'activities.create', {
    companyId: company.id,
    title: 'Bengts egen svetskurs',
    level: 'individual',
    personIds: [bengt.id],
    plannedStart: addDays(today, -10),
  });
  await must(host, 'activities.update', { id: own.id, patch: { attendanceWaiver: SECRET } });
  await must(host, 'activities.update', { id: own.id, patch: { status: 'done' } });
  await must(host, 'people.update', { id: asa.id, patch: { passportConsent: true, ratingsShared: true, learningWishes: WISHES } });
  return { companyId: company.id, asa, bengt, competence };
}

async function passportPdf(page: Page, url: string, personId: string, language: Language): Promise<string> {
  await page.goto(`${url}${printHash({ document: 'passport', personId, language })}`);
  await page.locator('body[data-print-ready="true"]').waitFor({ timeout: 30_000 });
  const footerTemplate = pdfFooterTemplate(language);
  const pdf = await page.pdf({
    preferCSSPageSize: true,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate,
  });
  const file = join(SHOTS, `passport-${language}.pdf`);
  await writeFile(file, pdf);
  return file;
}

let data: Seeded;

/** From the open drawer: the PDF's print view in a new tab, with no axe violations; the JSON downloaded and read back. */
async function printAndSave(page: Page, panel: Locator, language: Language): Promise<void> {
  const L = LANGS[language];
  const [popup] = await Promise.all([page.context().waitForEvent('page'), panel.getByTestId('print-passport').click()]);
  await popup.locator('body[data-printed="true"]').waitFor({ timeout: 30_000 });
  expect(new URL(popup.url()).hash).toBe(printHash({ document: 'passport', personId: data.asa.id, language, auto: true }));
  expect(await popup.getByRole('heading', { level: 1 }).textContent()).toBe(L.passport.title);
  expect(await axeProblems(popup, { all: true })).toEqual([]);
  await shot(popup, `passport-view-${language}`);
  // The JSON goes through the exports' save path (a download here, Electron's save dialog there).
  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByTestId('passport-json').click()]);
  const credential = elmPassportSchema.parse(JSON.parse(await readFile(await download.path(), 'utf8')));
  expect(credential.credentialSubject.fullName).toEqual({ [language]: data.asa.name });
  expect(download.suggestedFilename()).toMatch(language === 'sv' ? /^kompetenspass-åsa-öberg-/ : /^competence-passport-åsa-öberg-/);
}

describe('the competence passport of a participant', () => {
  const env = useDemoHost('vaxtkraft-passport-', 1, PASSPHRASE);

  beforeAll(async () => {
    data = await seed(env.host);
    await mkdir(SHOTS, { recursive: true });
  });

  for (const language of ['sv', 'en'] as const) {
    it(`prints ${language === 'sv' ? 'Swedish' : 'English'}: what is the person's is there, nothing else is, fonts embedded`, async () => {
      const L = LANGS[language];
      const { context, page } = await newPage(env.browser);
      const file = await passportPdf(page, env.host.url, data.asa.id, language);
      const flat = (await run('pdftotext', ['-layout', file, '-'])).stdout.replace(/\s+/g, ' ');
      const hours = language === 'sv' ? '5,5' : '5.5';
      for (const needle of [L.passport.title, data.asa.name, OFFICE, data.competence[language], 'Lärcentrum Öst', hours, WISHES]) {
        expect(flat, needle).toContain(needle);
      }
      expect(flat).toContain('Kurs i bokföring');
      expect(flat).toContain(L.assessments.kind.baseline);
      // A document for participants carries the EU funding statement beside the emblem.
      expect(flat).toContain(L.businessCheck.identity.coFunded);
      for (const absent of [
        SECRET,
        '1981',
        '9876',
        L.people.option.gender.woman,
        data.bengt.name,
        'svetskurs',
        '556036',
        '070-987',
        'Karin Berg',
      ]) {
        expect(flat, absent).not.toContain(absent);
      }
      // Every font in the file is embedded (the `emb` column of pdffonts says yes on every row).
      const fonts = (await run('pdffonts', [file])).stdout.trim().split('\n').slice(2);
      expect(fonts.length).toBeGreaterThan(0);
      for (const row of fonts) expect(row.split(/\s+/).slice(-5)[0], row).toBe('yes');
      await run('pdftoppm', ['-png', '-r', '60', file, join(SHOTS, `passport-${language}`)]);
      await context.close();
    });

    it(`is printed from the person drawer in ${language}, with no axe violations there or in the print view`, async () => {
      const L = LANGS[language];
      await must(env.host, 'session.setLanguage', { language });
      const { context, page } = await newPage(env.browser, { width: 1280, height: 800, locale: language === 'sv' ? 'sv-SE' : 'en-GB' });
      // The browser host prints from a new tab; its print dialog is replaced by a marker.
      await context.addInitScript('window.print = () => { document.body.dataset.printed = "true"; };');
      await page.goto(`${env.host.url}#/companies/${data.companyId}`);
      await screen(page, 'company');
      await page.getByRole('button', { name: L.people.section.edit.replace('{{name}}', data.asa.name) }).click();
      const drawer = page.getByTestId('person-drawer');
      const panel = drawer.getByTestId('passport-panel');
      await panel.scrollIntoViewIfNeeded();
      await expect.poll(() => panel.getByRole('textbox', { name: L.passport.panel.wishes }).inputValue()).toBe(WISHES);
      // The drawer is what this file adds to the company page: axe there (the page's own checks are the company tests').
      const axe = await new AxeBuilder({ page })
        .include('[data-testid="person-drawer"]')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
        .analyze();
      expect(axe.violations.map((v) => v.id)).toEqual([]);
      await page.screenshot({ path: join(SHOTS, `passport-panel-${language}-1280.png`) });
      await printAndSave(page, panel, language);
      await page.setViewportSize({ width: 1024, height: 640 });
      await panel.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, `passport-panel-${language}-1024.png`) });
      await context.close();
    });
  }

  it('is refused without the person’s consent: the buttons are disabled and the service says why', async () => {
    const reply = await hostApi(env.host, 'passport.get', { personId: data.bengt.id });
    expect(reply).toMatchObject({ ok: false, error: { code: 'passport.noConsent' } });
    const json = await hostApi(env.host, 'passport.exportJson', { personId: data.bengt.id, language: 'sv' });
    expect(json).toMatchObject({ ok: false, error: { code: 'passport.noConsent' } });
    await must(env.host, 'session.setLanguage', { language: 'sv' });
    const { context, page } = await newPage(env.browser);
    await page.goto(`${env.host.url}#/companies/${data.companyId}`);
    await screen(page, 'company');
    await page.getByRole('button', { name: sv.people.section.edit.replace('{{name}}', data.bengt.name) }).click();
    const panel = page.getByTestId('person-drawer').getByTestId('passport-panel');
    await expect.poll(() => panel.getByTestId('print-passport').isDisabled()).toBe(true);
    expect(await panel.getByTestId('passport-json').isDisabled()).toBe(true);
    await panel.getByText(sv.passport.panel.noConsentHint).waitFor();
    await context.close();
  });
});
