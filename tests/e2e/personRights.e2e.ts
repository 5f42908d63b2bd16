import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { sql } from 'kysely';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, swedishDate } from '@shared/clock';
import { en, sv } from '@shared/i18n';
import { printHash } from '@shared/api/printRoute';
import { ERASED_MARK } from '@shared/domain/consent';
import type { PersonData } from '@shared/api/rights';
import type { Language } from '@shared/i18n/languages';
import { Session } from '../../src-main/store/session';
import { ENROLLED } from '../helpers/assessmentStore';
import {
  axeProblems,
  launchBrowser,
  makeDataDir,
  must,
  newPage,
  removeDir,
  screen,
  seedDemo,
  shot,
  SHOTS,
  startHostProcess,
} from './harness';
import type { RunningHost } from './harness';
import { fontsNotEmbedded, pdfFlatText, printDocumentPdf } from './pdf';

/**
 * A person's rights end to end, in Swedish and English (issue 15): from the person drawer, the legal basis and the
 * consent history, "what we hold" saved as JSON and printed as a PDF (read back with pdftotext: theirs is there, the
 * colleague is not), axe on the drawer and the print view; then the person is erased from the drawer and a logical
 * dump of the whole store (every table, every column) holds neither their name, nor their e-mail, nor their phone.
 */

const PASSPHRASE = 'rättigheternas lösenfras';
const LANGS = { sv, en } as const;
const NAME = 'Åsa Raderbar';
const EMAIL = 'asa.raderbar@exempel.se';
const PHONE = '070-555 12 34';
const COLLEAGUE = 'Bengt Stannar';

let dataDir: string;
let host: RunningHost;
let browser: Browser;
let companyId: string;
let asaId: string;

async function seed(): Promise<void> {
  const today = swedishDate(new Date());
  const company = await must(host, 'companies.create', {
    name: 'Rättighetsbolaget i Ödeshög AB',
    orgNumber: '556036-0793',
    ...ENROLLED,
    consentBy: NAME,
    contactName: NAME,
    contactEmail: EMAIL,
    contactPhone: PHONE,
  });
  companyId = company.id;
  const asa = await must(host, 'people.create', { companyId, name: NAME, role: 'owner', followupConsent: true, gender: 'woman' });
  asaId = asa.id;
  const bengt = await must(host, 'people.create', { companyId, name: COLLEAGUE, role: 'employee' });
  await must(host, 'contacts.create', {
    companyId,
    date: addDays(today, -7),
    kind: 'visit',
    advisor: 'Karin Berg',
    personIds: [asa.id, bengt.id],
    hours: 1.5,
    summary: `Träffade ${NAME} och ${COLLEAGUE}; ${NAME} nås på ${EMAIL}.`,
    nextSteps: [],
  });
  const course = await must(host, 'activities.create', {
    companyId,
    title: 'Kurs i bokföring',
    level: 'company',
    personIds: [asa.id, bengt.id],
    plannedStart: addDays(today, -30),
  });
  const attendance = [
    { personId: asa.id, hours: 3 },
    { personId: bengt.id, hours: 2 },
  ];
  await must(host, 'sessions.create', { activityId: course.id, date: addDays(today, -20), hours: 3, note: null, attendance });
  await must(host, 'consent.record', { personId: asa.id, kind: 'participation', given: true });
  await must(host, 'people.update', { id: asa.id, patch: { entryDate: addDays(today, -30) } });
}

beforeAll(async () => {
  dataDir = await makeDataDir('vaxtkraft-rights-');
  await seedDemo(dataDir, 1, PASSPHRASE);
  host = await startHostProcess(dataDir, { VAXTKRAFT_PASSPHRASE: PASSPHRASE });
  browser = await launchBrowser();
  await seed();
  await mkdir(SHOTS, { recursive: true });
});

afterAll(async () => {
  await host?.stop();
  await browser?.close();
  if (dataDir) await removeDir(dataDir);
});

async function openDrawer(page: Page, language: Language): Promise<Locator> {
  const L = LANGS[language];
  await page.goto(`${host.url}#/companies/${companyId}`);
  await screen(page, 'company');
  await page.getByRole('button', { name: L.people.section.edit.replace('{{name}}', NAME) }).click();
  const panel = page.getByTestId('person-drawer').getByTestId('person-rights');
  await panel.scrollIntoViewIfNeeded();
  await panel.getByTestId('consent-history').waitFor();
  return panel;
}

describe('a person’s rights', () => {
  for (const language of ['sv', 'en'] as const) {
    it(`shows the legal basis and consent history, and exports what we hold, in ${language}`, async () => {
      const L = LANGS[language];
      await must(host, 'session.setLanguage', { language });
      const { context, page } = await newPage(browser, { width: 1280, height: 800, locale: language === 'sv' ? 'sv-SE' : 'en-GB' });
      await context.addInitScript('window.print = () => { document.body.dataset.printed = "true"; };');
      const panel = await openDrawer(page, language);
      await panel.getByText(L.rights.basisName.legalObligation).waitFor();
      await panel.getByText(L.rights.panel.basis.participation).waitFor();
      const history = await panel.getByTestId('consent-history').textContent();
      expect(history).toContain(L.rights.kind.followup);
      expect(history).toContain(L.rights.kind.participation);
      const axe = await new AxeBuilder({ page })
        .include('[data-testid="person-rights"]')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
        .analyze();
      expect(axe.violations.flatMap((v) => v.nodes.map((n) => `${v.id} ${String(n.target)} ${n.failureSummary}`))).toEqual([]);
      await panel.screenshot({ path: join(SHOTS, `person-rights-${language}-1280.png`) });

      // The JSON: everything about her, nothing about the colleague.
      const [download] = await Promise.all([page.waitForEvent('download'), panel.getByTestId('person-data-json').click()]);
      const text = await readFile(await download.path(), 'utf8');
      const data = JSON.parse(text) as PersonData;
      expect(data.person).toMatchObject({ id: asaId, name: NAME, gender: 'woman' });
      expect(data.companyContact).toEqual({ name: NAME, phone: PHONE, email: EMAIL });
      expect(data.activities[0]?.attendance).toHaveLength(1);
      expect(data.contacts).toHaveLength(1);
      expect(data.consents.map((e) => e.kind)).toEqual(expect.arrayContaining(['followup', 'participation']));
      expect(text).not.toContain(COLLEAGUE);

      // The PDF from the drawer: its print view in a new tab, no axe violations there.
      const [popup] = await Promise.all([page.context().waitForEvent('page'), panel.getByTestId('print-person-data').click()]);
      await popup.locator('body[data-printed="true"]').waitFor({ timeout: 30_000 });
      expect(new URL(popup.url()).hash).toBe(printHash({ document: 'personData', personId: asaId, language, auto: true }));
      expect(await axeProblems(popup, { all: true })).toEqual([]);
      await shot(popup, `person-data-view-${language}`);

      await page.setViewportSize({ width: 1024, height: 640 });
      await panel.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, `person-rights-${language}-1024.png`) });
      await context.close();
    });

    it(`prints what we hold as a PDF in ${language}, read back with pdftotext`, async () => {
      const L = LANGS[language];
      const { context, page } = await newPage(browser);
      const pdf = await printDocumentPdf(page, host.url, { document: 'personData', personId: asaId }, language);
      const file = join(SHOTS, `person-data-${language}.pdf`);
      await writeFile(file, pdf);
      const flat = await pdfFlatText(file);
      for (const needle of [
        L.rights.print.title.replace('{{name}}', NAME),
        EMAIL,
        PHONE,
        'Kurs i bokföring',
        L.rights.kind.participation,
      ]) {
        expect(flat, needle).toContain(needle);
      }
      expect(flat).not.toContain(COLLEAGUE);
      // Every field under its label in the reader's language, never the record's own field name.
      expect(flat).toContain(L.participation.panel.entryDate);
      expect(flat).not.toContain('entryDate');
      expect(await fontsNotEmbedded(file)).toEqual([]);
      await context.close();
    });
  }

  it('erases the person from the drawer: no field of any table holds her name, e-mail or phone', async () => {
    const { context, page } = await newPage(browser, { width: 1280, height: 800, locale: 'sv-SE' });
    await must(host, 'session.setLanguage', { language: 'sv' });
    await openDrawer(page, 'sv');
    await page.getByTestId('person-drawer').getByRole('button', { name: sv.people.edit.remove }).click();
    await page.getByRole('button', { name: sv.people.edit.removeConfirm }).click();
    await page.getByTestId('review-flags').waitFor();
    // The contact's note was rewritten, and the screen shows it so.
    await page.getByText(`Träffade ${ERASED_MARK} och ${COLLEAGUE}`).waitFor();
    await page.getByTestId('review-flags').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'person-rights-erased-sv-1280.png') });
    await page.setViewportSize({ width: 1024, height: 640 });
    await page.screenshot({ path: join(SHOTS, 'person-rights-erased-sv-1024.png') });
    await context.close();
    await host.stop();

    // The logical dump: every row of every table, read with the store's passphrase.
    const session = new Session({ dataDir, unlockMode: 'passphrase', systemLocale: 'sv-SE', now: () => new Date() });
    await session.unlock(PASSPHRASE);
    const tables = await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table'`.execute(session.db);
    const dump: string[] = [];
    for (const { name } of tables.rows) {
      for (const row of (await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(name)}`.execute(session.db)).rows) {
        dump.push(`${name}: ${JSON.stringify(row)}`);
      }
    }
    session.close();
    const text = dump.join('\n').toLowerCase();
    expect(dump.length).toBeGreaterThan(50);
    expect(text).toContain(COLLEAGUE.toLowerCase());
    for (const needle of [NAME, EMAIL, PHONE, 'raderbar']) expect(text, needle).not.toContain(needle.toLowerCase());
  });
});
