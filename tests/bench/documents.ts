/**
 * The printed documents of issue 13, for tests/bench/run.ts:
 *   attendance_sheet_pdf_ms  median of 5 runs producing the monthly attendance sheet's PDF for a company whose month
 *                            holds 20 sessions of 10 participants (two activities), in Chromium: the print view loaded
 *                            from the browser host, rendered and turned into an A4 PDF with page.pdf (target < 3000 ms)
 * The store lives in a temp folder that is removed afterwards; needs `npm run build:renderer` first (npm run bench
 * does it).
 */
import { addDays, clockFrom, swedishDate } from '@shared/clock';
import { api } from '@shared/api';
import type { ChannelName, ParsedInputOf } from '@shared/api';
import { createCompany } from '../../src-main/services/companies';
import { createPerson } from '../../src-main/services/people';
import { createActivity, createSession } from '../../src-main/services/plans';
import type { Figure } from './common';
import { medianPdfMs, seedStore } from './printPdf';

const RUNS = 5;
const PARTICIPANTS = 10;
/** Per activity: 14 sessions of a course for everyone, 6 of a workshop for half of them. */
const SESSIONS = [14, 6] as const;

const parse = <C extends ChannelName>(channel: C, input: unknown): ParsedInputOf<C> => api[channel].input.parse(input) as ParsedInputOf<C>;

/** Last month (all of it has happened, as sessions must have): its sessions, each attended by most participants. */
async function seedMonth(dataDir: string): Promise<{ companyId: string; month: string }> {
  return seedStore(dataDir, async (session) => {
    const now = new Date();
    const deps = clockFrom(() => now);
    const month = addDays(`${swedishDate(now).slice(0, 7)}-01`, -1).slice(0, 7);
    return session.db.transaction().execute(async (trx) => {
      const companyInput = { name: 'Närvarobolaget Åre & Öst AB', orgNumber: '556036-0793' };
      const company = await createCompany(trx, parse('companies.create', companyInput), deps);
      const people: string[] = [];
      for (let i = 0; i < PARTICIPANTS; i++) {
        const person = { companyId: company.id, name: `Deltagare ${i + 1} Öberg`, role: 'employee' };
        people.push((await createPerson(trx, parse('people.create', person), deps)).id);
      }
      for (const [n, count] of SESSIONS.entries()) {
        const personIds = n === 0 ? people : people.slice(0, PARTICIPANTS / 2);
        const activity = await createActivity(
          trx,
          parse('activities.create', {
            companyId: company.id,
            title: n === 0 ? 'Kurs i ledarskap, arbetsmiljö och ekonomi för små företag' : 'Verkstad: digitala verktyg',
            level: 'company',
            personIds,
            plannedStart: `${month}-01`,
            plannedEnd: `${month}-28`,
          }),
          deps,
        );
        for (let s = 0; s < count; s++) {
          const date = `${month}-${String(1 + ((s * 2 + n) % 28)).padStart(2, '0')}`;
          const attendance = personIds.filter((_, i) => (i + s) % 5 !== 0).map((personId, i) => ({ personId, hours: i % 3 ? 2.5 : 1.75 }));
          await createSession(trx, parse('sessions.create', { activityId: activity.id, date, hours: 2.5, note: null, attendance }), deps);
        }
      }
      return { companyId: company.id, month };
    });
  });
}

async function attendanceSheetPdf(): Promise<Figure> {
  const ms = await medianPdfMs({
    prefix: 'vaxtkraft-bench-attendance-',
    runs: RUNS,
    seed: async (dataDir) => ({ document: 'attendance', ...(await seedMonth(dataDir)) }),
    keepAs: 'bench-attendance-sv.pdf',
  });
  return { name: 'attendance_sheet_pdf_ms', value: Math.round(ms), unit: 'ms' };
}

export const DOCUMENT_FIGURES: Record<string, () => Promise<Figure>> = {
  attendance_sheet_pdf_ms: attendanceSheetPdf,
};
