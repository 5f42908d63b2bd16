import { execFile } from 'node:child_process';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, swedishDate } from '@shared/clock';
import { en, sv } from '@shared/i18n';
import { printHash } from '@shared/api/printRoute';
import { withCheckDigit } from '@shared/domain/orgNumber';
import { axeProblems, must, newPage, screen, shot, SHOTS, useDemoHost } from './harness';
import type { RunningHost } from './harness';
import { printDocumentPdf } from './pdf';

const run = promisify(execFile);
const PASSPHRASE = 'kontorets dokumentlösenfras';
const SECRET = 'HEMLIG-INTERN-ANTECKNING';
const LANGS = { sv, en } as const;
const OFFICE = 'Region Örebro län, Tillväxtenheten';
const LONG_TITLE = 'Ledarskap och kommunikation i små företag: arbetsmiljö, delegering och medarbetarsamtal';

interface Seeded {
  company: { id: string; name: string; orgNumber: string };
  soleTrader: { id: string; name: string; orgNumber: string };
  people: Array<{ id: string; name: string }>;
  month: string;
}

/** Last month (all of it in the past): two activities with sessions, one of them with more sessions than fit side by side. */
async function seed(host: RunningHost): Promise<Seeded> {
  const today = swedishDate(new Date());
  const month = addDays(`${today.slice(0, 7)}-01`, -1).slice(0, 7);
  await must(host, 'settings.update', { office: OFFICE, hourlyRateSek: 950, eurRate: 11.25 });
  const company = await must(host, 'companies.create', { name: 'Dokumentbolaget Åre & Öst AB', orgNumber: '556036-0793' });
  const soleTrader = await must(host, 'companies.create', { name: 'Östen Ödmarks Enskilda Firma', orgNumber: withCheckDigit('870312123') });
  const names = ['Åsa Öberg', 'Bengt Ärlig', 'Cecilia Strand-Lindqvist', 'Dragan Karimi'];
  const people = [];
  for (const [i, name] of names.entries()) {
    const extra = i === 0 ? { followupConsent: true, followupConsentAt: '2026-01-10', gender: 'woman' as const, birthYear: 1981 } : {};
    people.push(await must(host, 'people.create', { companyId: company.id, name, role: 'employee', ...extra }));
  }
  const ids = people.map((p) => p.id);
  const activity = async (title: string, personIds: string[]) => {
    const a = await must(host, 'activities.create', {
      companyId: company.id,
      title,
      level: 'company',
      personIds,
      plannedStart: `${month}-01`,
      plannedEnd: `${month}-28`,
      costSek: 40000,
    });
    await must(host, 'activities.update', { id: a.id, patch: { internalNote: SECRET, programmeShareSek: 30000 } });
    return a;
  };
  const long = await activity(LONG_TITLE, ids);
  for (let day = 2; day <= 26; day += 3) {
    const attendance = ids.filter((_, i) => (day + i) % 4 !== 0).map((personId, i) => ({ personId, hours: i === 1 ? 1.75 : 2.5 }));
    await must(host, 'sessions.create', {
      activityId: long.id,
      date: `${month}-${String(day).padStart(2, '0')}`,
      hours: 2.5,
      note: SECRET,
      attendance,
    });
  }
  const short = await activity('Bokföring för nybörjare', ids.slice(0, 2));
  await must(host, 'sessions.create', {
    activityId: short.id,
    date: `${month}-05`,
    hours: 3,
    note: SECRET,
    attendance: [{ personId: ids[0]!, hours: 3 }],
  });
  await must(host, 'contacts.create', {
    companyId: company.id,
    date: `${month}-04`,
    kind: 'visit',
    advisor: 'Karin Berg',
    personIds: [ids[0]!],
    hours: 2,
    summary: SECRET,
    nextSteps: [],
  });
  await must(host, 'aid.create', {
    companyId: company.id,
    date: '2025-03-01',
    amount: 12345,
    currency: 'EUR',
    grantingBody: 'Annan Stödgivare',
    note: SECRET,
  });
  return { company, soleTrader, people, month };
}

/** "oktober 2026" / "October 2026", as the documents and the month picker name a month. */
function monthName(language: 'sv' | 'en', month: string): string {
  const format = new Intl.DateTimeFormat(language === 'sv' ? 'sv-SE' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return format.format(new Date(`${month}-01T00:00:00Z`));
}

async function pdfText(file: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-layout', file, '-']);
  return stdout;
}

describe('the printed documents: the monthly attendance sheet and the de minimis certificate', () => {
  const env = useDemoHost('vaxtkraft-documents-', 2, PASSPHRASE);
  let data: Seeded;

  beforeAll(async () => {
    data = await seed(env.host);
    await mkdir(SHOTS, { recursive: true });
    for (const f of await readdir(SHOTS)) if (f.startsWith('document-')) await rm(join(SHOTS, f));
  });

  for (const language of ['sv', 'en'] as const) {
    it(`prints the attendance sheet of a month in ${language}: every session, participant, total and signature line, in A4`, async () => {
      const L = LANGS[language];
      const { context, page } = await newPage(env.browser);
      const file = join(SHOTS, `document-attendance-${language}.pdf`);
      await writeFile(
        file,
        await printDocumentPdf(page, env.host.url, { document: 'attendance', companyId: data.company.id, month: data.month }, language),
      );
      const text = await pdfText(file);
      const flat = text.replace(/\s+/g, ' ');
      for (const needle of [
        L.print.attendance.title,
        data.company.name,
        data.company.orgNumber,
        L.print.attendance.participantSignature,
        L.print.attendance.companySignature,
        L.print.attendance.nameClarification,
        LONG_TITLE,
        'Bokföring för nybörjare',
        ...data.people.map((p) => p.name),
      ]) {
        expect(flat, needle).toContain(needle);
      }
      expect(flat).toContain(monthName(language, data.month));
      // Quarter hours print with their decimals; the footer numbers the pages in the document's language.
      expect(flat).toContain(language === 'sv' ? '1,75' : '1.75');
      expect(flat).toMatch(language === 'sv' ? /Sida 1 av \d+/ : /Page 1 of \d+/);
      const { stdout: info } = await run('pdfinfo', [file]);
      expect(info).toMatch(/Page size:\s+59[45](\.\d+)? x 841(\.\d+)? pts \(A4\)/);
      await run('pdftoppm', ['-png', '-r', '60', file, join(SHOTS, `document-attendance-${language}`)]);
      await context.close();
    });

    it(`prints the de minimis certificate in ${language}: the aid in SEK and EUR, the regulation, the granting body`, async () => {
      const L = LANGS[language];
      const { context, page } = await newPage(env.browser);
      const file = join(SHOTS, `document-deminimis-${language}.pdf`);
      await writeFile(file, await printDocumentPdf(page, env.host.url, { document: 'deMinimis', companyId: data.company.id }, language));
      const flat = (await pdfText(file)).replace(/\s+/g, ' ');
      for (const needle of [
        L.print.deMinimis.title,
        data.company.name,
        data.company.orgNumber,
        OFFICE,
        '2023/2831',
        L.print.deMinimis.keepTitle,
        L.print.deMinimis.amountSek,
        L.print.deMinimis.amountEur,
        L.print.deMinimis.advice,
        // A title wraps in its cell, and the layout text puts the amounts beside its first line.
        'Bokföring för nybörjare',
        'Ledarskap och kommunikation',
      ]) {
        expect(flat, needle).toContain(needle);
      }
      // Two activity shares of 30 000 SEK and two hours of advice at 950 SEK: 61 900 SEK, at 11.25 SEK per EUR.
      const format = new Intl.NumberFormat(language === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 0 });
      // Swedish groups digits with a no-break space, which the text (like everything here) reads as a space.
      const money = { format: (n: number) => format.format(n).replace(/\s/g, ' ') };
      expect(flat).toContain(money.format(61900));
      expect(flat).toContain(money.format(Math.round(61900 / 11.25)));
      expect(flat).toMatch(language === 'sv' ? /tio år/ : /ten years/);
      await run('pdftoppm', ['-png', '-r', '60', file, join(SHOTS, `document-deminimis-${language}`)]);

      // A sole trader: the personnummer is not printed, the rest is.
      const soleFile = join(SHOTS, `document-deminimis-soletrader-${language}.pdf`);
      await writeFile(
        soleFile,
        await printDocumentPdf(page, env.host.url, { document: 'deMinimis', companyId: data.soleTrader.id }, language),
      );
      const sole = (await pdfText(soleFile)).replace(/\s+/g, ' ');
      expect(sole).toContain(data.soleTrader.name);
      expect(sole).toContain(L.print.deMinimis.none);
      expect(sole).not.toContain(data.soleTrader.orgNumber);
      expect(sole).not.toContain('870312');
      await context.close();
    });
  }

  it('never prints notes, follow-up details or declared aid in either document', async () => {
    const { context, page } = await newPage(env.browser);
    for (const language of ['sv', 'en'] as const) {
      const L = LANGS[language];
      for (const doc of [
        { document: 'attendance', companyId: data.company.id, month: data.month },
        { document: 'deMinimis', companyId: data.company.id },
      ] as const) {
        const file = join(SHOTS, `document-leak-${doc.document}-${language}.pdf`);
        await writeFile(file, await printDocumentPdf(page, env.host.url, doc, language));
        const flat = (await pdfText(file)).replace(/\s+/g, ' ');
        for (const absent of [SECRET, 'Annan Stödgivare', '1981', L.people.followup.gender, L.people.option.gender.woman, 'Karin Berg']) {
          expect(flat, `${doc.document} ${language}: ${absent}`).not.toContain(absent);
        }
        await rm(file);
      }
    }
    await context.close();
  });

  for (const language of ['sv', 'en'] as const) {
    it(`prints a chosen month's attendance sheet from the plan screen in ${language}, with no axe violations`, async () => {
      await must(env.host, 'session.setLanguage', { language });
      for (const [width, height] of [
        [1280, 800],
        [1024, 640],
      ] as const) {
        const { context, page } = await newPage(env.browser, { width, height, locale: language === 'sv' ? 'sv-SE' : 'en-GB' });
        // The browser host prints from a new tab; its print dialog is replaced by a marker.
        await context.addInitScript('window.print = () => { document.body.dataset.printed = "true"; };');
        await page.goto(`${env.host.url}#/companies/${data.company.id}/plan`);
        await screen(page, 'plan');
        // Last month, chosen by its name in the screen's language.
        await page.getByTestId('attendance-month').click();
        await page.getByRole('option', { name: monthName(language, data.month), exact: true }).click();
        expect(await axeProblems(page, { all: true })).toEqual([]);
        await shot(page, `document-plan-export-${language}-${width}`);
        const [popup] = await Promise.all([context.waitForEvent('page'), page.getByTestId('print-attendance').click()]);
        await popup.locator('body[data-printed="true"]').waitFor({ timeout: 30_000 });
        const expected = printHash({ document: 'attendance', companyId: data.company.id, month: data.month, language, auto: true });
        expect(new URL(popup.url()).hash).toBe(expected);
        await expect(popup.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(LANGS[language].print.attendance.title);
        expect(await axeProblems(popup, { all: true })).toEqual([]);
        await context.close();
      }
    });
  }
});
