/**
 * Demo assessment rounds for `npm run seed:demo`: every enrolled or completed company gets a completed baseline
 * round with plausible answers, vision, goals and competence ratings; about half (and every company that has
 * completed the programme) also a completed follow-up about six months later with somewhat higher levels.
 * Runs through the real services, so the data obeys every rule the app does.
 */
import { addDays, clockFrom, swedishDate } from '@shared/clock';
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
  'Vi har vuxit till ett stabilt företag med egna produkter, säljer en tredjedel utanför länet ' +
    'och kan ta ledigt utan att verksamheten stannar.',
  'Företaget är digitalt i alla led, har återkommande avtalskunder och en ägare som leder i stället för att göra allt själv.',
  'Vi exporterar till Norge och Finland, har ett tydligt miljöarbete och är en arbetsplats som unga i bygden söker sig till.',
];

const STRATEGIES: Array<{ text: string; areas: string[] }> = [
  { text: 'Ta fram en enkel affärsplan och följ upp den varje kvartal tillsammans med rådgivaren.', areas: ['strategy-leadership'] },
  { text: 'Bygg en webbshop och börja sälja direkt till konsument.', areas: ['digitalisation', 'market-sales-customers'] },
  {
    text: 'Anställ en säljare på deltid och ge ägaren tid att utveckla nya tjänster.',
    areas: ['people-competence', 'market-sales-customers'],
  },
  { text: 'Gå med i ett nätverk av leverantörer för att kunna lägga anbud på större uppdrag.', areas: ['collaboration-networks'] },
  { text: 'Inför ett affärssystem så att offert, order och faktura hänger ihop.', areas: ['operations-processes', 'digitalisation'] },
  { text: 'Delta i en exportmässa och testa marknaden i Norge.', areas: ['internationalisation-export'] },
];

const parse = <C extends ChannelName>(channel: C, input: unknown): ParsedInputOf<C> => api[channel].input.parse(input) as ParsedInputOf<C>;

const clamp = (v: number) => Math.max(1, Math.min(5, Math.round(v)));

/** How far a person's own rating lies from the advisor's: mostly agreement, sometimes one level, now and then two. */
function selfOffset(rng: () => number): number {
  if (rng() >= 0.3) return 0;
  return (rng() < 0.6 ? 1 : -1) * (rng() < 0.3 ? 2 : 1);
}

export interface DemoRoundsResult {
  rounds: number;
  completed: number;
}

/** The seed's random choices, from its deterministic generator. */
interface Dice {
  rng: () => number;
  int(lo: number, hi: number): number;
  pick<T>(list: readonly T[]): T;
}

function diceOf(rng: () => number): Dice {
  return {
    rng,
    int: (lo, hi) => lo + Math.floor(rng() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(rng() * list.length)]!,
  };
}

/** What one round is seeded with: the round, its date, how far the company has come, and the clock of that day. */
interface RoundSeed {
  db: Kysely<Database>;
  roundId: string;
  date: string;
  lift: number;
  deps: ServiceDeps;
}

const within = (ids: readonly string[]) => {
  const known = new Set(situationFramework().areas.map((a) => a.id));
  return ids.filter((id) => known.has(id));
};

async function seedAnswers(r: RoundSeed, dice: Dice, base: number, areaBias: Map<string, number>, baseline: boolean): Promise<void> {
  for (const area of situationFramework().areas) {
    const areaLevel = base + (areaBias.get(area.id) ?? 0) + r.lift;
    for (const q of area.questions) {
      const note = dice.rng() < 0.08 ? 'Diskuterades länge; ägaren vill återkomma.' : undefined;
      const level = clamp(areaLevel + (dice.rng() - 0.5) * 1.4);
      await saveAnswer(r.db, parse('rounds.saveAnswer', { roundId: r.roundId, questionId: q.id, level, note }), r.deps);
    }
    if (baseline) {
      const targetLevel = clamp(areaLevel + 1 + dice.rng());
      await saveAreaTarget(r.db, parse('rounds.saveAreaTarget', { roundId: r.roundId, areaId: area.id, targetLevel }), r.deps);
    }
  }
}

async function seedVisionAndGoals(r: RoundSeed, dice: Dice): Promise<void> {
  const { int } = dice;
  await saveVision(r.db, parse('rounds.saveVision', { roundId: r.roundId, vision: dice.pick(VISIONS) }), r.deps);
  const year = Number(r.date.slice(0, 4));
  const turnover = int(8, 60) * 100;
  const staff = int(0, 6);
  const goals = [
    {
      kind: 'turnover',
      label: 'Omsättning (tkr)',
      currentValue: turnover,
      targetValue: Math.round(turnover * (1.3 + dice.rng())),
      targetYear: year + int(3, 5),
      areaIds: within(['finance-profitability', 'market-sales-customers']),
    },
    {
      kind: 'employees',
      label: 'Anställda',
      currentValue: staff,
      targetValue: staff + int(1, 4),
      targetYear: year + int(3, 5),
      areaIds: within(['people-competence']),
    },
  ];
  if (dice.rng() < 0.35) {
    goals.push({
      kind: 'export_share',
      label: 'Exportandel (%)',
      currentValue: 0,
      targetValue: int(5, 25),
      targetYear: year + 4,
      areaIds: within(['internationalisation-export']),
    });
  }
  for (const goal of goals) await saveGoal(r.db, parse('rounds.saveGoal', { roundId: r.roundId, ...goal }), r.deps);
  const chosen = new Set<number>();
  while (chosen.size < int(1, 3)) chosen.add(int(0, STRATEGIES.length - 1));
  for (const s of chosen) {
    const strategy = STRATEGIES[s]!;
    const input = { roundId: r.roundId, text: strategy.text, areaIds: within(strategy.areas) };
    await saveStrategy(r.db, parse('rounds.saveStrategy', input), r.deps);
  }
}

/** Every person's ratings: required from the competence's priority, current around the person's level. */
async function seedRatings(r: RoundSeed, dice: Dice, personBias: Map<string, number>): Promise<void> {
  const priority = new Map(competenceCatalogue().competences.map((c) => [c.id, c.defaultPriority]));
  const detail = await getRound(r.db, { roundId: r.roundId });
  for (const person of detail.people) {
    if (!personBias.has(person.personId)) personBias.set(person.personId, 1.5 + dice.rng() * 1.8);
    const level = (personBias.get(person.personId) ?? 2.5) + r.lift;
    for (const rating of person.competences) {
      const p = priority.get(rating.competenceId) ?? 2;
      const advisorLevel = clamp(level + (dice.rng() - 0.5) * 2);
      const required = rating.requiredLevel ?? clamp(5 - p + dice.rng());
      const current =
        person.role === 'prospective'
          ? {}
          : { advisorLevel, selfLevel: dice.rng() < 0.85 ? clamp(advisorLevel + selfOffset(dice.rng)) : null };
      const input = { roundId: r.roundId, personId: person.personId, competenceId: rating.competenceId, required, ...current };
      await saveRating(r.db, parse('rounds.saveRating', input), r.deps);
    }
  }
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
  const dice = diceOf(rng);
  const today = swedishDate(now);
  const result: DemoRoundsResult = { rounds: 0, completed: 0 };
  if (companyIds.length === 0) return result;
  const companies = await db
    .selectFrom('companies')
    .select(['id', 'status'])
    .where('id', 'in', [...companyIds])
    .execute();

  for (const company of companies) {
    if (company.status !== 'enrolled' && company.status !== 'completed') continue;
    const followup = company.status === 'completed' || rng() < 0.5;
    const baselineDate = addDays(today, -(followup ? dice.int(200, 420) : dice.int(14, 200)));
    const advisor = dice.pick(ADVISORS);
    // Where the firm stands: a general level with strengths and weaknesses per area.
    const base = 1.6 + rng() * 1.6;
    const areaBias = new Map(situationFramework().areas.map((a) => [a.id, (rng() - 0.5) * 1.6]));
    const personBias = new Map<string, number>();

    const dates = followup ? [baselineDate, addDays(baselineDate, dice.int(160, 200))].filter((d) => d <= today) : [baselineDate];
    for (const [index, date] of dates.entries()) {
      const deps: ServiceDeps = clockFrom(() => new Date(`${date}T${String(9 + index).padStart(2, '0')}:00:00.000Z`));
      const lift = index * (0.3 + rng() * 0.5);
      const kind = index === 0 ? 'baseline' : 'followup';
      const round = await startRound(db, parse('rounds.start', { companyId: company.id, kind, date, advisor }), deps);
      result.rounds++;
      const seed: RoundSeed = { db, roundId: round.id, date, lift, deps };
      await seedAnswers(seed, dice, base, areaBias, index === 0);
      if (index === 0) await seedVisionAndGoals(seed, dice);
      await seedRatings(seed, dice, personBias);
      await completeRound(db, parse('rounds.complete', { roundId: round.id, completedBy: advisor }), deps);
      result.completed++;
    }
  }
  return result;
}
