/**
 * The figures of issue 4 (gap analysis), for tests/bench/run.ts:
 *   gap_math_20x40_ms        median of 300 runs of the full company gap math (adapter from a rounds.get result,
 *                            per-person gaps, coverage, area profile, ranked top gaps, progress against a second
 *                            round) for 20 people × 40 competences (target < 5 ms)
 *   heatmap_render_20x40_ms  the team heatmap's first render of that company in Chromium, from the renderer's
 *                            performance measure 'heatmap-render'; median of 7 page loads (target < 200 ms).
 *                            Needs the built renderer (npm run build:renderer).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { api } from '@shared/api';
import type { RoundDetail } from '@shared/api/assessments';
import { analyseCompany, gapInputFromRound, progressBetween } from '@shared/domain/gaps';
import { startHost } from '../../src-main/host/server';
import { getRound, saveAnswer, saveAreaTarget, saveRating, setPersonCompetences, startRound } from '../../src-main/services/rounds';
import { createCustomCompetence } from '../../src-main/services/competences';
import { createCompany } from '../../src-main/services/companies';
import { competenceCatalogue, situationFramework } from '../../src-main/services/frameworks';
import { createPerson } from '../../src-main/services/people';
import { Session } from '../../src-main/store/session';
import { median, roundTo } from './common';
import type { Figure } from './common';

const PEOPLE = 20;
const COMPETENCES = 40;
const MATH_RUNS = 300;
const PAGE_LOADS = 7;
const PASSPHRASE = 'bench passphrase for the gap heatmap';
const ROOT = path.resolve(import.meta.dirname, '..', '..');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

const round2 = (v: number) => roundTo(v, 2);

/** A rounds.get result of 20 people × 40 competences (32 from the catalogue, 8 company-specific), fully answered. */
function syntheticRound(id: string, shift: number): RoundDetail {
  const catalogue = competenceCatalogue();
  const situation = situationFramework();
  const ids = [...catalogue.competences.map((c) => c.id), ...Array.from({ length: 8 }, (_, i) => `custom-${i}`)].slice(0, COMPETENCES);
  const level = (n: number) => (n % 5) + 1;
  return {
    id,
    answers: situation.areas
      .flatMap((a) => a.questions)
      .map((q, i) => ({ questionId: q.id, level: level(i + shift), note: null, updatedAt: '' })),
    areaTargets: situation.areas.map((a, i) => ({ areaId: a.id, targetLevel: level(i + 3) })),
    customCompetences: [],
    people: Array.from({ length: PEOPLE }, (_, p) => ({
      personId: `person-${String(p).padStart(2, '0')}`,
      name: `Person ${p}`,
      role: p === 0 ? 'owner' : 'employee',
      jobTitle: null,
      pending: false,
      competences: ids.map((competenceId, c) => ({
        competenceId,
        requiredLevel: level(p + c + 2),
        selfLevel: level(p * 3 + c + shift),
        advisorLevel: (p + c) % 4 === 0 ? null : level(p + c * 2 + shift),
        note: null,
        disagreement: false,
      })),
    })),
  } as unknown as RoundDetail;
}

export async function gapMath20x40Ms(): Promise<Figure> {
  const frameworks = { situation: situationFramework(), catalogue: competenceCatalogue() };
  const baseline = syntheticRound('r1', 0);
  const followup = syntheticRound('r2', 1);
  const previous = analyseCompany(gapInputFromRound(baseline, frameworks));
  const times: number[] = [];
  let check = 0;
  for (let run = 0; run < MATH_RUNS + 20; run++) {
    const start = performance.now();
    const gaps = analyseCompany(gapInputFromRound(followup, frameworks));
    const progress = progressBetween(previous, gaps);
    const ms = performance.now() - start;
    check += gaps.topGaps.length + progress.people.length;
    if (run >= 20) times.push(ms); // warm-up
  }
  const cells = previous.people.reduce((n, p) => n + p.cells.length, 0);
  if (cells !== PEOPLE * COMPETENCES || check === 0) throw new Error(`expected ${PEOPLE * COMPETENCES} pairs, got ${cells}`);
  return { name: 'gap_math_20x40_ms', value: round2(median(times)), unit: 'ms' };
}

/** An encrypted store with one company of 20 people, each rated in 40 competences, written through the services. */
async function seedCompany(dataDir: string): Promise<string> {
  const session = new Session({ dataDir, unlockMode: 'passphrase', systemLocale: 'sv-SE' });
  try {
    await session.create(PASSPHRASE);
    const db = session.db;
    const company = await createCompany(
      db,
      api['companies.create'].input.parse({
        name: 'Matrisbageriet AB',
        orgNumber: '556036-0793',
        status: 'enrolled',
        growthAmbition: true,
        growthAmbitionDate: '2025-01-15',
        consentBy: 'Anna Ek',
        consentAt: '2025-01-15',
      }),
    );
    const personIds: string[] = [];
    for (let i = 0; i < PEOPLE; i++) {
      const p = await createPerson(
        db,
        api['people.create'].input.parse({
          companyId: company.id,
          name: `Person ${String(i + 1).padStart(2, '0')}`,
          role: i === 0 ? 'owner' : 'employee',
        }),
      );
      personIds.push(p.id);
    }
    const custom: string[] = [];
    for (let i = 0; i < COMPETENCES - competenceCatalogue().competences.length; i++) {
      const c = await createCustomCompetence(
        db,
        api['competences.createCustom'].input.parse({
          companyId: company.id,
          name: { sv: `Egen kompetens ${i + 1}`, en: `Own competence ${i + 1}` },
        }),
      );
      custom.push(c.id);
    }
    const competenceIds = [...competenceCatalogue().competences.map((c) => c.id), ...custom].slice(0, COMPETENCES);
    const roundDetail = await startRound(
      db,
      api['rounds.start'].input.parse({ companyId: company.id, kind: 'baseline', date: '2025-03-01', advisor: 'Karin Berg' }),
    );
    const roundId = roundDetail.id;
    await db.transaction().execute(async (trx) => {
      for (const [p, personId] of personIds.entries()) {
        await setPersonCompetences(trx, api['rounds.setPersonCompetences'].input.parse({ roundId, personId, competenceIds }));
        for (const [c, competenceId] of competenceIds.entries()) {
          await saveRating(
            trx,
            api['rounds.saveRating'].input.parse({
              roundId,
              personId,
              competenceId,
              required: ((p + c + 2) % 5) + 1,
              selfLevel: ((p * 3 + c) % 5) + 1,
              advisorLevel: ((p + c * 2) % 5) + 1,
            }),
          );
        }
      }
    });
    for (const [i, area] of situationFramework().areas.entries()) {
      await saveAreaTarget(db, api['rounds.saveAreaTarget'].input.parse({ roundId, areaId: area.id, targetLevel: (i % 3) + 3 }));
      for (const [j, q] of area.questions.entries()) {
        await saveAnswer(db, api['rounds.saveAnswer'].input.parse({ roundId, questionId: q.id, level: ((i + j) % 5) + 1 }));
      }
    }
    const check = await getRound(db, { roundId });
    const pairs = check.people.reduce((n, p) => n + p.competences.length, 0);
    if (check.people.length !== PEOPLE || pairs !== PEOPLE * COMPETENCES)
      throw new Error(`expected ${PEOPLE} × ${COMPETENCES}, got ${pairs} pairs`);
    return company.id;
  } finally {
    session.close();
  }
}

export async function heatmapRender20x40Ms(): Promise<Figure> {
  const rendererDir = path.join(ROOT, 'out', 'renderer');
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) throw new Error('build the renderer first: npm run build:renderer');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vaxtkraft-bench-gaps-'));
  let host: Awaited<ReturnType<typeof startHost>> | undefined;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  try {
    const companyId = await seedCompany(dataDir);
    host = await startHost({ dataDir, passphrase: PASSPHRASE, rendererDir, systemLocale: 'sv-SE' });
    const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1024, height: 700 } });
    const times: number[] = [];
    for (let load = 0; load < PAGE_LOADS + 1; load++) {
      const page = await context.newPage();
      await page.goto(`${host.url}#/companies/${companyId}`);
      await page.locator('[data-testid="gaps-state"][data-ready="true"]').waitFor({ timeout: 60_000 });
      const handle = await page.waitForFunction(() => {
        const entry = performance.getEntriesByName('heatmap-render', 'measure')[0];
        return entry ? entry.duration : null;
      });
      const ms = (await handle.jsonValue()) as number;
      const cells = await page.locator('button.vk-heatmap-cell').count();
      if (cells !== PEOPLE * COMPETENCES) throw new Error(`expected ${PEOPLE * COMPETENCES} heatmap cells, got ${cells}`);
      await page.close();
      if (load > 0) times.push(ms); // the first load warms the caches
    }
    await context.close();
    return { name: 'heatmap_render_20x40_ms', value: round2(median(times)), unit: 'ms' };
  } finally {
    await browser.close();
    await host?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** For the FIGURES table in run.ts: `...GAP_FIGURES`. */
export const GAP_FIGURES: Record<string, () => Promise<Figure>> = {
  gap_math_20x40_ms: gapMath20x40Ms,
  heatmap_render_20x40_ms: heatmapRender20x40Ms,
};
