/**
 * Demo assessment rounds for `npm run seed:demo`: every enrolled or completed company gets a completed baseline
 * round with plausible answers, vision, goals and competence ratings; about half (and every company that has
 * completed the programme) also a completed follow-up about six months later with somewhat higher levels.
 * Runs through the real services, so the data obeys every rule the app does.
 */
import { clockFrom } from '@shared/clock';
import type { Kysely } from 'kysely';
import { api } from '@shared/api';
import type { ChannelName, ParsedInputOf } from '@shared/api';
import {
  completeRound,
  getRound,
  saveAnswer,
  saveAreaTarget,
  saveGoal,
  saveRating,
  saveStrategy,
  saveVision,
  startRound,
} from '../../src-main/services/rounds';
import { competenceCatalogue, situationFramework } from '../../src-main/services/frameworks';
import type { Database } from '../../src-main/store/schema';
import type { ServiceDeps } from '../../src-main/store/transaction';

const ADVISORS = ['Karin Berg', 'Johan Lind', 'Fatima Karimi', 'Per Holm'];

const VISIONS = [
  'Om fem år är vi det självklara valet i regionen för kunder som vill ha kvalitet och personlig service, med ett team på tio personer.',
  'Vi har vuxit till ett stabilt företag med egna produkter, säljer en tredjedel utanför länet och kan ta ledigt utan att verksamheten stannar.',
  'Företaget är digitalt i alla led, har återkommande avtalskunder och en ägare som leder i stället för att göra allt själv.',
  'Vi exporterar till Norge och Finland, har ett tydligt miljöarbete och är en arbetsplats som unga i bygden söker sig till.',
];

const STRATEGIES: Array<{ text: string; areas: string[] }> = [
  { text: 'Ta fram en enkel affärsplan och följ upp den varje kvartal tillsammans med rådgivaren.', areas: ['strategy-leadership'] },
  { text: 'Bygg en webbshop och börja sälja direkt till konsument.', areas: ['digitalisation', 'market-sales-customers'] },
  { text: 'Anställ en säljare på deltid och ge ägaren tid att utveckla nya tjänster.', areas: ['people-competence', 'market-sales-customers'] },
  { text: 'Gå med i ett nätverk av leverantörer för att kunna lägga anbud på större uppdrag.', areas: ['collaboration-networks'] },
  { text: 'Inför ett affärssystem så att offert, order och faktura hänger ihop.', areas: ['operations-processes', 'digitalisation'] },
  { text: 'Delta i en exportmässa och testa marknaden i Norge.', areas: ['internationalisation-export'] },
];

const parse = <C extends ChannelName>(channel: C, input: unknown): ParsedInputOf<C> =>
  api[channel].input.parse(input) as ParsedInputOf<C>;

const clamp = (v: number) => Math.max(1, Math.min(5, Math.round(v)));

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T10:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** How far a person's own rating lies from the advisor's: mostly agreement, sometimes one level, now and then two. */
function selfOffset(rng: () => number): number {
  if (rng() >= 0.3) return 0;
  return (rng() < 0.6 ? 1 : -1) * (rng() < 0.3 ? 2 : 1);
}

export interface DemoRoundsResult {
  rounds: number;
  completed: number;
}

/**
 * Gives each enrolled or completed company among `companyIds` its demo rounds. `rng` returns [0, 1) (pass the
 * seed's deterministic generator); `now` bounds the dates (no round is dated in the future).
 */
export async function seedDemoRounds(
  db: Kysely<Database>,
  companyIds: readonly string[],
  rng: () => number,
  now: Date = new Date(),
): Promise<DemoRoundsResult> {
  const int = (lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
  const today = now.toISOString().slice(0, 10);
  const fw = situationFramework();
  const areaIds = new Set(fw.areas.map((a) => a.id));
  const priority = new Map(competenceCatalogue().competences.map((c) => [c.id, c.defaultPriority]));
  const result: DemoRoundsResult = { rounds: 0, completed: 0 };

  if (companyIds.length === 0) return result;
  const companies = await db.selectFrom('companies').select(['id', 'status']).where('id', 'in', [...companyIds]).execute();

  for (const company of companies) {
    if (company.status !== 'enrolled' && company.status !== 'completed') continue;
    const followup = company.status === 'completed' || rng() < 0.5;
    const baselineDate = addDays(today, -(followup ? int(200, 420) : int(14, 200)));
    const advisor = pick(ADVISORS);
    // Where the firm stands: a general level with strengths and weaknesses per area.
    const base = 1.6 + rng() * 1.6;
    const areaBias = new Map(fw.areas.map((a) => [a.id, (rng() - 0.5) * 1.6]));
    const personBias = new Map<string, number>();

    const dates = followup ? [baselineDate, addDays(baselineDate, int(160, 200))].filter((d) => d <= today) : [baselineDate];
    for (const [index, date] of dates.entries()) {
      const deps: ServiceDeps = clockFrom(() => new Date(`${date}T${String(9 + index).padStart(2, '0')}:00:00.000Z`));
      const lift = index * (0.3 + rng() * 0.5);
      const round = await startRound(
        db,
        parse('rounds.start', { companyId: company.id, kind: index === 0 ? 'baseline' : 'followup', date, advisor }),
        deps,
      );
      result.rounds++;

      for (const area of fw.areas) {
        const areaLevel = base + (areaBias.get(area.id) ?? 0) + lift;
        for (const q of area.questions) {
          const note = rng() < 0.08 ? 'Diskuterades länge; ägaren vill återkomma.' : undefined;
          await saveAnswer(db, parse('rounds.saveAnswer', { roundId: round.id, questionId: q.id, level: clamp(areaLevel + (rng() - 0.5) * 1.4), note }), deps);
        }
        if (index === 0) {
          await saveAreaTarget(db, parse('rounds.saveAreaTarget', { roundId: round.id, areaId: area.id, targetLevel: clamp(areaLevel + 1 + rng()) }), deps);
        }
      }

      if (index === 0) {
        await saveVision(db, parse('rounds.saveVision', { roundId: round.id, vision: pick(VISIONS) }), deps);
        const year = Number(date.slice(0, 4));
        const turnover = int(8, 60) * 100;
        await saveGoal(
          db,
          parse('rounds.saveGoal', {
            roundId: round.id,
            kind: 'turnover',
            label: 'Omsättning (tkr)',
            currentValue: turnover,
            targetValue: Math.round(turnover * (1.3 + rng())),
            targetYear: year + int(3, 5),
            areaIds: ['finance-profitability', 'market-sales-customers'].filter((id) => areaIds.has(id)),
          }),
          deps,
        );
        const staff = int(0, 6);
        await saveGoal(
          db,
          parse('rounds.saveGoal', {
            roundId: round.id,
            kind: 'employees',
            label: 'Anställda',
            currentValue: staff,
            targetValue: staff + int(1, 4),
            targetYear: year + int(3, 5),
            areaIds: ['people-competence'].filter((id) => areaIds.has(id)),
          }),
          deps,
        );
        if (rng() < 0.35) {
          await saveGoal(
            db,
            parse('rounds.saveGoal', {
              roundId: round.id,
              kind: 'export_share',
              label: 'Exportandel (%)',
              currentValue: 0,
              targetValue: int(5, 25),
              targetYear: year + 4,
              areaIds: ['internationalisation-export'].filter((id) => areaIds.has(id)),
            }),
            deps,
          );
        }
        const chosen = new Set<number>();
        while (chosen.size < int(1, 3)) chosen.add(int(0, STRATEGIES.length - 1));
        for (const s of chosen) {
          const strategy = STRATEGIES[s]!;
          await saveStrategy(
            db,
            parse('rounds.saveStrategy', { roundId: round.id, text: strategy.text, areaIds: strategy.areas.filter((id) => areaIds.has(id)) }),
            deps,
          );
        }
      }

      // Every person's ratings: required from the competence's priority, current around the person's level.
      const detail = await getRound(db, { roundId: round.id });
      for (const person of detail.people) {
        if (!personBias.has(person.personId)) personBias.set(person.personId, 1.5 + rng() * 1.8);
        const level = (personBias.get(person.personId) ?? 2.5) + lift;
        for (const rating of person.competences) {
          const p = priority.get(rating.competenceId) ?? 2;
          const advisorLevel = clamp(level + (rng() - 0.5) * 2);
          await saveRating(
            db,
            parse('rounds.saveRating', {
              roundId: round.id,
              personId: person.personId,
              competenceId: rating.competenceId,
              required: rating.requiredLevel ?? clamp(5 - p + rng()),
              ...(person.role === 'prospective'
                ? {}
                : { advisorLevel, selfLevel: rng() < 0.85 ? clamp(advisorLevel + selfOffset(rng)) : null }),
            }),
            deps,
          );
        }
      }
      await completeRound(db, parse('rounds.complete', { roundId: round.id, completedBy: advisor }), deps);
      result.completed++;
    }
  }
  return result;
}
