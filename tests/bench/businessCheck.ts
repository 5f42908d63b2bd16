/**
 * The business check of issue 16, for tests/bench/run.ts:
 *   business_check_pdf_ms  median of 5 runs producing the business check's PDF of a completed follow-up round (ten
 *                          areas, 43 questions with their levels' texts, a shared note on every other question, the
 *                          radar against the baseline, vision, goals and strategies) with the programme's identity
 *                          (name, logo, EU emblem), in Chromium: the print view loaded from the browser host, rendered
 *                          and turned into an A4 PDF with page.pdf (target < 3000 ms)
 * The store lives in a temp folder that is removed afterwards; needs `npm run build:renderer` first (npm run bench
 * does it).
 */
import type { ChannelName, InputOf, ResultOf } from '@shared/api';
import { createRouter } from '../../src-main/ipc/router';
import { situationFramework } from '../../src-main/services/frameworks';
import { ENROLLED } from '../e2e/harness';
import type { Figure } from './common';
import { medianPdfMs, seedStore } from './printPdf';

const RUNS = 5;
const PNG_LOGO = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

/** A company with a completed baseline and a completed follow-up, through the router as the screens write them. */
async function seedRounds(dataDir: string): Promise<{ roundId: string }> {
  return seedStore(dataDir, async (session) => {
    const router = createRouter(session);
    const call = async <C extends ChannelName>(channel: C, input: InputOf<C>): Promise<ResultOf<C>> => {
      const r = await router.handle(channel, input);
      if (!r.ok) throw new Error(`${channel}: ${r.error.code}`);
      return r.value as ResultOf<C>;
    };
    await call('settings.update', { programmeName: 'Växtkraft Mitt', programmeLogo: PNG_LOGO, advisorName: 'Karin Berg' });
    const company = await call('companies.create', { name: 'Affärskollbolaget i Åre AB', orgNumber: '556036-0793', ...ENROLLED });
    for (const name of ['Åsa Öberg', 'Bengt Ärlig']) await call('people.create', { companyId: company.id, name, role: 'employee' });
    const complete = async (kind: 'baseline' | 'followup', date: string, level: (i: number) => number) => {
      const round = await call('rounds.start', { companyId: company.id, kind, date, advisor: 'Karin Berg' });
      const questions = situationFramework(round.frameworkVersion).areas.flatMap((a) => a.questions);
      for (const [i, q] of questions.entries()) {
        const note = i % 2 ? null : `Iakttagelse ${i + 1}: arbetet har kommit en bit på väg, men uppföljningen saknas ännu.`;
        await call('rounds.saveAnswer', { roundId: round.id, questionId: q.id, level: level(i), note, noteShared: note !== null });
      }
      for (const p of round.people) {
        for (const c of p.competences) {
          await call('rounds.saveRating', {
            roundId: round.id,
            personId: p.personId,
            competenceId: c.competenceId,
            required: 4,
            advisorLevel: 2,
          });
        }
      }
      if (kind === 'baseline') {
        await call('rounds.saveVision', { roundId: round.id, vision: 'Norrlands mest omtyckta bageri, med export till Norge' });
        await call('rounds.saveGoal', {
          roundId: round.id,
          kind: 'turnover',
          label: 'Omsättning (tkr)',
          currentValue: 4000,
          targetValue: 6000,
        });
        await call('rounds.saveStrategy', {
          roundId: round.id,
          text: 'Sälja bröd till hotellen i Jämtland',
          areaIds: ['finance-profitability'],
        });
        for (const areaId of ['finance-profitability', 'digitalisation', 'people-competence']) {
          await call('rounds.saveAreaTarget', { roundId: round.id, areaId, targetLevel: 5 });
        }
      }
      await call('rounds.complete', { roundId: round.id, completedBy: 'Karin Berg' });
      return round.id;
    };
    await complete('baseline', '2026-03-01', (i) => (i % 3) + 1);
    return { roundId: await complete('followup', '2026-09-01', (i) => (i % 4) + 2) };
  });
}

async function businessCheckPdf(): Promise<Figure> {
  const ms = await medianPdfMs({
    prefix: 'vaxtkraft-bench-businesscheck-',
    runs: RUNS,
    seed: async (dataDir) => ({ document: 'businessCheck', ...(await seedRounds(dataDir)) }),
    keepAs: 'bench-business-check-sv.pdf',
  });
  return { name: 'business_check_pdf_ms', value: Math.round(ms), unit: 'ms' };
}

export const BUSINESS_CHECK_FIGURES: Record<string, () => Promise<Figure>> = {
  business_check_pdf_ms: businessCheckPdf,
};
