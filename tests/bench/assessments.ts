/**
 * The figures of issue 3 (guided assessments), for tests/bench/run.ts:
 *   save_answer_ms       median of 250 rounds.saveAnswer calls through the router (target < 5 ms)
 *   open_round_20x30_ms  median of 25 rounds.get calls through the router for a round of 20 people × 30 rated
 *                        competences with every question answered (target < 100 ms)
 * Each figure makes its own encrypted store in a temp folder (raw key: the cipher is the same, only the
 * deliberately slow passphrase derivation is skipped) and removes it afterwards.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { api } from '@shared/api';
import type { ChannelName, InputOf, ResultOf } from '@shared/api';
import { createRouter } from '../../src-main/ipc/router';
import type { Router } from '../../src-main/ipc/router';
import { saveRating, setPersonCompetences } from '../../src-main/services/rounds';
import { competenceCatalogue, situationFramework } from '../../src-main/services/frameworks';
import { Session } from '../../src-main/store/session';
import { median, roundTo } from './common';
import type { Figure } from './common';

const SAVE_RUNS = 250;
const OPEN_RUNS = 25;

const round2 = (v: number) => roundTo(v, 2);

async function withStore<T>(fn: (session: Session, router: Router) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vaxtkraft-bench-assess-'));
  const session = new Session({ dataDir: dir, unlockMode: 'passphrase', systemLocale: 'sv-SE' });
  try {
    await session.unlockWithRawKey(crypto.randomBytes(32).toString('hex'), { create: true });
    return await fn(session, createRouter(session));
  } finally {
    session.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function call<C extends ChannelName>(router: Router, channel: C, input: InputOf<C>): Promise<ResultOf<C>> {
  const r = await router.handle(channel, input);
  if (!r.ok) throw new Error(`${channel} failed: ${r.error.code}`);
  return r.value as ResultOf<C>;
}

/** An enrolled company with `people` employees and a baseline round. */
async function companyWithRound(router: Router, people: number): Promise<{ roundId: string; personIds: string[] }> {
  const company = await call(router, 'companies.create', {
    name: 'Bänkbageriet AB',
    orgNumber: '556036-0793',
    status: 'enrolled',
    growthAmbition: true,
    growthAmbitionDate: '2025-01-15',
    consentBy: 'Anna Ek',
    consentAt: '2025-01-15',
  });
  const personIds: string[] = [];
  for (let i = 0; i < people; i++) {
    const p = await call(router, 'people.create', { companyId: company.id, name: `Person ${i + 1}`, role: i === 0 ? 'owner' : 'employee' });
    personIds.push(p.id);
  }
  const round = await call(router, 'rounds.start', { companyId: company.id, kind: 'baseline', date: '2025-03-01', advisor: 'Karin Berg' });
  return { roundId: round.id, personIds };
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

export async function saveAnswerMs(): Promise<Figure> {
  return withStore(async (_session, router) => {
    const { roundId } = await companyWithRound(router, 3);
    const questions = situationFramework().areas.flatMap((a) => a.questions.map((q) => q.id));
    const times: number[] = [];
    for (let i = 0; i < SAVE_RUNS + 10; i++) {
      const input = { roundId, questionId: questions[i % questions.length]!, level: (i % 5) + 1 };
      const ms = await time(async () => {
        const r = await router.handle('rounds.saveAnswer', input);
        if (!r.ok) throw new Error(`rounds.saveAnswer failed: ${r.error.code}`);
      });
      if (i >= 10) times.push(ms); // the first calls warm up statement caches
    }
    return { name: 'save_answer_ms', value: round2(median(times)), unit: 'ms' };
  });
}

export async function openRound20x30Ms(): Promise<Figure> {
  return withStore(async (session, router) => {
    const { roundId, personIds } = await companyWithRound(router, 20);
    const competenceIds = competenceCatalogue()
      .competences.slice(0, 30)
      .map((c) => c.id);
    if (competenceIds.length < 30) throw new Error('the catalogue has fewer than 30 competences');
    await session.db.transaction().execute(async (trx) => {
      for (const [p, personId] of personIds.entries()) {
        await setPersonCompetences(trx, api['rounds.setPersonCompetences'].input.parse({ roundId, personId, competenceIds }));
        for (const [c, competenceId] of competenceIds.entries()) {
          await saveRating(
            trx,
            api['rounds.saveRating'].input.parse({
              roundId,
              personId,
              competenceId,
              required: ((p + c) % 5) + 1,
              selfLevel: ((p * 3 + c) % 5) + 1,
              advisorLevel: ((p + c * 2) % 5) + 1,
              note: c % 7 === 0 ? 'Behöver kurs i vår' : null,
            }),
          );
        }
      }
    });
    for (const [i, q] of situationFramework()
      .areas.flatMap((a) => a.questions)
      .entries()) {
      await call(router, 'rounds.saveAnswer', { roundId, questionId: q.id, level: (i % 5) + 1, note: 'Anteckning' });
    }
    const check = await call(router, 'rounds.get', { roundId });
    const pairs = check.people.reduce((n, p) => n + p.competences.length, 0);
    if (check.people.length !== 20 || pairs !== 600) throw new Error(`expected 20 people × 30 competences, got ${pairs}`);
    const times: number[] = [];
    for (let run = 0; run < OPEN_RUNS; run++) {
      times.push(
        await time(async () => {
          const r = await router.handle('rounds.get', { roundId });
          if (!r.ok) throw new Error(`rounds.get failed: ${r.error.code}`);
        }),
      );
    }
    return { name: 'open_round_20x30_ms', value: round2(median(times)), unit: 'ms' };
  });
}

/** For the FIGURES table in run.ts: `...ASSESSMENT_FIGURES`. */
export const ASSESSMENT_FIGURES: Record<string, () => Promise<Figure>> = {
  save_answer_ms: saveAnswerMs,
  open_round_20x30_ms: openRound20x30Ms,
};

/** Both figures, in order. */
export async function benchAssessments(): Promise<Figure[]> {
  return [await saveAnswerMs(), await openRound20x30Ms()];
}
