/**
 * The figure of issue 5 (development plans), for tests/bench/run.ts:
 *   plan_pdf_20x40_ms  median of 5 runs producing the plan's PDF for a company of 20 people and 40 activities in
 *                      Chromium: the print view loaded from the browser host, rendered (charts included) and turned
 *                      into an A4 PDF with page.pdf (target < 3000 ms)
 * The store lives in a temp folder that is removed afterwards; needs `npm run build:renderer` first (npm run bench
 * does it).
 */
import { clockFrom } from '@shared/clock';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { api } from '@shared/api';
import type { ChannelName, ParsedInputOf } from '@shared/api';
import { createCompany } from '../../src-main/services/companies';
import { createPerson } from '../../src-main/services/people';
import { createActivity, updatePlan } from '../../src-main/services/plans';
import { createProvider } from '../../src-main/services/providers';
import { pdfFooterTemplate } from '../../src-main/services/print';
import { printPlanHash } from '@shared/api/printRoute';
import { startHost } from '../../src-main/host/server';
import { Session } from '../../src-main/store/session';
import { seedDemoRounds } from '../../scripts/demo/rounds';
import { median } from './common';
import type { Figure } from './common';

const PASSPHRASE = 'bench passphrase, long enough';
const RUNS = 5;
const PEOPLE = 20;
const ACTIVITIES = 40;
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

const parse = <C extends ChannelName>(channel: C, input: unknown): ParsedInputOf<C> => api[channel].input.parse(input) as ParsedInputOf<C>;

async function seedCompany(dataDir: string): Promise<string> {
  const session = new Session({ dataDir, unlockMode: 'passphrase', systemLocale: 'sv-SE' });
  await session.create(PASSPHRASE);
  try {
    const now = new Date();
    const deps = clockFrom(() => now);
    const today = now.toISOString().slice(0, 10);
    return await session.db.transaction().execute(async (trx) => {
      const company = await createCompany(
        trx,
        parse('companies.create', {
          name: 'Benchmark Bygg & Måleri AB',
          orgNumber: '556036-0793',
          status: 'enrolled',
          growthAmbition: true,
          growthAmbitionDate: today,
          consentBy: 'Åsa Ägare',
          consentAt: today,
          consentScope: 'Kartläggning och plan',
          advisor: 'Karin Berg',
        }),
        deps,
      );
      const people: string[] = [];
      for (let i = 0; i < PEOPLE; i++) {
        const p = await createPerson(
          trx,
          parse('people.create', {
            companyId: company.id,
            name: `Person ${i + 1} Öberg`,
            role: i === 0 ? 'owner' : 'employee',
            jobTitle: 'Snickare',
          }),
          deps,
        );
        people.push(p.id);
      }
      let seed = 7;
      const rng = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
      await seedDemoRounds(trx, [company.id], rng, now);
      const provider = await createProvider(
        trx,
        parse('providers.create', { name: 'Bergslagens Lärcentrum', kind: 'education_provider' }),
        deps,
      );
      for (let i = 0; i < ACTIVITIES; i++) {
        const individual = i % 2 === 1;
        await createActivity(
          trx,
          parse('activities.create', {
            companyId: company.id,
            title: `Aktivitet ${i + 1}: kurs i ledarskap och ekonomi`,
            typeId: individual ? 'coaching' : 'course',
            level: individual ? 'individual' : 'company',
            personIds: individual ? [people[i % PEOPLE]] : people.slice(0, 5 + (i % 10)),
            providerId: provider.id,
            plannedStart: `2031-${String((i % 12) + 1).padStart(2, '0')}-01`,
            plannedEnd: `2031-${String((i % 12) + 1).padStart(2, '0')}-20`,
            hours: 4 + (i % 8),
            costSek: 1500 + i * 100,
          }),
          deps,
        );
      }
      await updatePlan(trx, parse('plans.update', { companyId: company.id, patch: { nextFollowUp: '2031-12-01' } }), deps);
      return company.id;
    });
  } finally {
    session.close();
  }
}

async function planPdf20x40(): Promise<Figure> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vaxtkraft-bench-plan-'));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
  });
  try {
    const companyId = await seedCompany(dataDir);
    const host = await startHost({ dataDir, port: 0, passphrase: PASSPHRASE, systemLocale: 'sv-SE' });
    try {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      const page = await context.newPage();
      const times: number[] = [];
      for (let run = 0; run < RUNS + 1; run++) {
        const started = performance.now();
        await page.goto(`${host.url}${printPlanHash({ companyId, language: run % 2 ? 'en' : 'sv' })}`);
        await page.locator('body[data-print-ready="true"]').waitFor({ timeout: 30_000 });
        const pdf = await page.pdf({
          preferCSSPageSize: true,
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          footerTemplate: pdfFooterTemplate('sv'),
        });
        const ms = performance.now() - started;
        if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error('not a PDF');
        // Keep one to look at: PLAN_PDF_OUT=DIR.
        if (process.env.PLAN_PDF_OUT && run === 0) fs.writeFileSync(path.join(process.env.PLAN_PDF_OUT, 'bench-plan-sv.pdf'), pdf);
        // The first run warms Chromium's caches; the rest are measured.
        if (run > 0) times.push(ms);
        await page.goto('about:blank');
      }
      await context.close();
      return { name: 'plan_pdf_20x40_ms', value: Math.round(median(times)), unit: 'ms' };
    } finally {
      await host.close();
    }
  } finally {
    await browser.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export const PLAN_FIGURES: Record<string, () => Promise<Figure>> = {
  plan_pdf_20x40_ms: planPdf20x40,
};
