/**
 * The competence passport of issue 16, for tests/bench/run.ts:
 *   passport_pdf_ms  median of 5 runs producing a participant's passport PDF, in Chromium: the print view loaded from the
 *                    browser host, rendered and turned into an A4 PDF with page.pdf (target < 3000 ms). The participant
 *                    has three completed rounds (a baseline and two follow-ups, every competence of the role rated by
 *                    themselves and the advisor, shared) and 12 completed activities of 4 attended sessions each.
 * The store lives in a temp folder that is removed afterwards; needs `npm run build:renderer` first (npm run bench does it).
 */
import { addDays, swedishDate } from '@shared/clock';
import type { ChannelName, InputOf, ResultOf } from '@shared/api';
import { createRouter } from '../../src-main/ipc/router';
import type { Router } from '../../src-main/ipc/router';
import { situationFramework } from '../../src-main/services/frameworks';
import type { Figure } from './common';
import { medianPdfMs, seedStore } from './printPdf';

const RUNS = 5;
const ACTIVITIES = 12;
const SESSIONS = 4;

function caller(router: Router) {
  return async <C extends ChannelName>(channel: C, input: InputOf<C>): Promise<ResultOf<C>> => {
    const r = await router.handle(channel, input);
    if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
    return r.value as ResultOf<C>;
  };
}

/** One round, every question answered and every competence of the person rated, completed. */
async function completedRound(call: ReturnType<typeof caller>, companyId: string, kind: 'baseline' | 'followup', date: string, n: number) {
  const round = await call('rounds.start', { companyId, kind, date, advisor: 'Karin Berg' });
  for (const q of situationFramework(round.frameworkVersion).areas.flatMap((a) => a.questions)) {
    await call('rounds.saveAnswer', { roundId: round.id, questionId: q.id, level: 1 + ((n + q.id.length) % 5) });
  }
  for (const p of round.people) {
    for (const [i, c] of p.competences.entries()) {
      const levels = { required: 4, selfLevel: 1 + ((i + n) % 5), advisorLevel: 1 + ((i + 2 * n) % 5) };
      await call('rounds.saveRating', { roundId: round.id, personId: p.personId, competenceId: c.competenceId, ...levels });
    }
  }
  await call('rounds.complete', { roundId: round.id, completedBy: 'Karin Berg' });
}

async function seedParticipant(dataDir: string): Promise<{ document: 'passport'; personId: string }> {
  return seedStore(dataDir, async (session) => {
    const call = caller(createRouter(session));
    const today = swedishDate(new Date());
    const company = await call('companies.create', {
      name: 'Passbolaget Åre & Öst AB',
      orgNumber: '556036-0793',
      status: 'enrolled',
      growthAmbition: true,
      growthAmbitionDate: addDays(today, -500),
      consentBy: 'Anna Ägare',
      consentAt: addDays(today, -500),
      consentScope: 'Kartläggning och uppföljning',
    });
    const person = await call('people.create', { companyId: company.id, name: 'Åsa Öberg-Lindqvist', role: 'manager' });
    for (const [n, days] of [-400, -200, -40].entries()) {
      await completedRound(call, company.id, n === 0 ? 'baseline' : 'followup', addDays(today, days), n);
    }
    const provider = await call('providers.create', { name: 'Lärcentrum Öst', kind: 'education_provider' });
    for (let a = 0; a < ACTIVITIES; a++) {
      const start = addDays(today, -380 + a * 30);
      const activity = await call('activities.create', {
        companyId: company.id,
        title: `Kurs ${a + 1}: ledarskap, arbetsmiljö och ekonomi för små företag`,
        typeId: a % 2 ? 'course' : 'workshop',
        providerId: provider.id,
        level: 'company',
        personIds: [person.id],
        plannedStart: start,
      });
      for (let s = 0; s < SESSIONS; s++) {
        const attendance = [{ personId: person.id, hours: s % 2 ? 2.5 : 3 }];
        await call('sessions.create', { activityId: activity.id, date: addDays(start, s * 7), hours: 3, note: null, attendance });
      }
      await call('activities.update', { id: activity.id, patch: { status: 'done' } });
    }
    const patch = { passportConsent: true, ratingsShared: true, learningWishes: 'Excel på djupet, att leda möten och export till Norge' };
    await call('people.update', { id: person.id, patch });
    return { document: 'passport' as const, personId: person.id };
  });
}

async function passportPdf(): Promise<Figure> {
  const ms = await medianPdfMs({ prefix: 'vaxtkraft-bench-passport-', runs: RUNS, seed: seedParticipant, keepAs: 'bench-passport-sv.pdf' });
  return { name: 'passport_pdf_ms', value: Math.round(ms), unit: 'ms' };
}

export const PASSPORT_FIGURES: Record<string, () => Promise<Figure>> = {
  passport_pdf_ms: passportPdf,
};
