/**
 * The figure of issue 5 (development plans), for tests/bench/run.ts:
 *   plan_pdf_20x40_ms  median of 5 runs producing the plan's PDF for a company of 20 people and 40 activities in
 *                      Chromium: the print view loaded from the browser host, rendered (charts included) and turned
 *                      into an A4 PDF with page.pdf (target < 3000 ms)
 * The store lives in a temp folder that is removed afterwards; needs `npm run build:renderer` first (npm run bench
 * does it).
 */
import { clockFrom } from '@shared/clock';
import { api } from '@shared/api';
import type { ChannelName, ParsedInputOf } from '@shared/api';
import { createCompany } from '../../src-main/services/companies';
import { createPerson } from '../../src-main/services/people';
import { createActivity, updatePlan } from '../../src-main/services/plans';
import { createProvider } from '../../src-main/services/providers';
import { seedDemoRounds } from '../../scripts/demo/rounds';
import type { Figure } from './common';
import { medianPdfMs, seedStore } from './printPdf';

const RUNS = 5;
const PEOPLE = 20;
const ACTIVITIES = 40;

const parse = <C extends ChannelName>(channel: C, input: unknown): ParsedInputOf<C> => api[channel].input.parse(input) as ParsedInputOf<C>;

async function seedCompany(dataDir: string): Promise<string> {
  return seedStore(dataDir, async (session) => {
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
  });
}

async function planPdf20x40(): Promise<Figure> {
  const ms = await medianPdfMs({
    prefix: 'vaxtkraft-bench-plan-',
    runs: RUNS,
    seed: async (dataDir) => ({ document: 'plan', companyId: await seedCompany(dataDir) }),
    keepAs: 'bench-plan-sv.pdf',
  });
  return { name: 'plan_pdf_20x40_ms', value: Math.round(ms), unit: 'ms' };
}

export const PLAN_FIGURES: Record<string, () => Promise<Figure>> = {
  plan_pdf_20x40_ms: planPdf20x40,
};
