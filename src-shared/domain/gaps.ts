import type { CompetenceDefinition, RoundDetail } from '../api/assessments';
import type { CompetenceCatalogue, Priority, SituationFramework } from './frameworks';
import { scoreFromLevels } from './frameworks';
import type { PersonRole } from './person';
import { disagrees } from './disagreement';

export { DISAGREEMENT_THRESHOLD, disagrees } from './disagreement';

/**
 * Gap analysis (issue 4), pure: from a round's ratings to per-person gaps, team coverage, the company's situation
 * profile, progress between rounds and the ranked top gaps that feed the development plans. The input is a small
 * shape of its own (`GapInput`) so that the math does not depend on the database or the IPC contract;
 * `gapInputFromRound` adapts a `rounds.get` result to it.
 */

/** Self and advisor ratings this far apart (or more) are flagged for a conversation. */
/** A competence met by fewer people than this is a vulnerability in a micro firm. */
export const MIN_HOLDERS = 2;
/** Custom competences have no catalogue priority: they count as medium. */
export const DEFAULT_PRIORITY: Priority = 2;

// ---------- input ----------

export interface GapRatingInput {
  competenceId: string;
  required: number | null;
  self: number | null;
  advisor: number | null;
}

export interface GapPersonInput {
  id: string;
  name: string;
  role: PersonRole;
  ratings: GapRatingInput[];
}

export interface GapCompetenceInput {
  id: string;
  /** Catalogue group, or null for a company-specific competence. */
  groupId: string | null;
  /** 1 = high, 2 = medium, 3 = low. */
  priority: Priority;
}

export interface GapAreaInput {
  id: string;
  /** The answered levels (1–5) of the area's questions. */
  levels: number[];
  questionCount: number;
  targetLevel: number | null;
}

export interface GapInput {
  roundId: string;
  people: GapPersonInput[];
  competences: GapCompetenceInput[];
  areas: GapAreaInput[];
}

// ---------- results ----------

export interface CellGap {
  personId: string;
  competenceId: string;
  required: number | null;
  self: number | null;
  advisor: number | null;
  /** The advisor's level where given, else the person's own. */
  current: number | null;
  /** max(0, required − current); null until both are known. */
  gap: number | null;
  /** gap × priorityWeight(priority); null with the gap. */
  weighted: number | null;
  priority: Priority;
  /** |self − advisor| ≥ DISAGREEMENT_THRESHOLD. */
  disagreement: boolean;
}

export interface PersonGaps {
  personId: string;
  name: string;
  role: PersonRole;
  cells: CellGap[];
  totalGap: number;
  weightedTotal: number;
  /** Rated pairs (both required and current known). */
  rated: number;
  /** Gaps above zero, ranked (see compareGaps). */
  largest: CellGap[];
}

export interface CompetenceCoverage {
  competenceId: string;
  /** People who have the competence in their set. */
  holders: number;
  /** Of those, how many are rated at or above the required level. */
  meeting: number;
  /** Fewer than MIN_HOLDERS meet the required level. */
  vulnerable: boolean;
}

export interface AreaProfile {
  areaId: string;
  answered: number;
  total: number;
  /** Mean answered level, one decimal. */
  currentLevel: number | null;
  currentScore: number | null;
  targetLevel: number | null;
  targetScore: number | null;
}

export interface CompanyGaps {
  roundId: string;
  people: PersonGaps[];
  coverage: CompetenceCoverage[];
  areas: AreaProfile[];
  topGaps: CellGap[];
}

// ---------- single pairs ----------

/** High priority weighs most: 1 → 3, 2 → 2, 3 → 1. */
export function priorityWeight(priority: Priority): number {
  return 4 - priority;
}

export function currentLevel(self: number | null, advisor: number | null): number | null {
  return advisor ?? self;
}

export function gapOf(required: number | null, current: number | null): number | null {
  if (required === null || current === null) return null;
  return Math.max(0, required - current);
}

export function cellGap(personId: string, rating: GapRatingInput, priority: Priority): CellGap {
  const current = currentLevel(rating.self, rating.advisor);
  const gap = gapOf(rating.required, current);
  return {
    personId,
    competenceId: rating.competenceId,
    required: rating.required,
    self: rating.self,
    advisor: rating.advisor,
    current,
    gap,
    weighted: gap === null ? null : gap * priorityWeight(priority),
    priority,
    disagreement: disagrees(rating.self, rating.advisor),
  };
}

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Ranking order: weighted gap desc, gap desc, competence id, person id (code-unit order, locale-free). */
export function compareGaps(a: CellGap, b: CellGap): number {
  return (
    (b.weighted ?? -1) - (a.weighted ?? -1) ||
    (b.gap ?? -1) - (a.gap ?? -1) ||
    byCode(a.competenceId, b.competenceId) ||
    byCode(a.personId, b.personId)
  );
}

// ---------- people, team, company ----------

function priorityIndex(input: GapInput): Map<string, Priority> {
  return new Map(input.competences.map((c) => [c.id, c.priority]));
}

export function personGaps(person: GapPersonInput, priorities: ReadonlyMap<string, Priority>): PersonGaps {
  const cells = person.ratings.map((r) => cellGap(person.id, r, priorities.get(r.competenceId) ?? DEFAULT_PRIORITY));
  let totalGap = 0;
  let weightedTotal = 0;
  let rated = 0;
  for (const c of cells) {
    if (c.gap === null) continue;
    rated++;
    totalGap += c.gap;
    weightedTotal += c.weighted ?? 0;
  }
  const largest = cells.filter((c) => (c.gap ?? 0) > 0).sort(compareGaps);
  return { personId: person.id, name: person.name, role: person.role, cells, totalGap, weightedTotal, rated, largest };
}

export function coverageOf(people: readonly PersonGaps[], competenceIds: readonly string[]): CompetenceCoverage[] {
  const stats = new Map<string, { holders: number; meeting: number }>(competenceIds.map((id) => [id, { holders: 0, meeting: 0 }]));
  for (const p of people) {
    for (const c of p.cells) {
      let s = stats.get(c.competenceId);
      if (!s) stats.set(c.competenceId, (s = { holders: 0, meeting: 0 }));
      s.holders++;
      if (c.gap === 0) s.meeting++;
    }
  }
  return [...stats.entries()].map(([competenceId, s]) => ({
    competenceId,
    holders: s.holders,
    meeting: s.meeting,
    vulnerable: s.meeting < MIN_HOLDERS,
  }));
}

const oneDecimal = (v: number) => Math.round(v * 10) / 10;

export function areaProfile(area: GapAreaInput): AreaProfile {
  const { levels } = area;
  return {
    areaId: area.id,
    answered: levels.length,
    total: area.questionCount,
    currentLevel: levels.length ? oneDecimal(levels.reduce((s, l) => s + l, 0) / levels.length) : null,
    currentScore: scoreFromLevels(levels),
    targetLevel: area.targetLevel,
    targetScore: area.targetLevel === null ? null : scoreFromLevels([area.targetLevel]),
  };
}

/** Every gap above zero in the company, ranked; `limit` keeps the first n. */
export function topGaps(people: readonly PersonGaps[], limit = Infinity): CellGap[] {
  const all = people.flatMap((p) => p.cells.filter((c) => (c.gap ?? 0) > 0));
  return all.sort(compareGaps).slice(0, limit);
}

/** The whole gap analysis of one round. */
export function analyseCompany(input: GapInput): CompanyGaps {
  const priorities = priorityIndex(input);
  const people = input.people.map((p) => personGaps(p, priorities));
  return {
    roundId: input.roundId,
    people,
    coverage: coverageOf(
      people,
      input.competences.map((c) => c.id),
    ),
    areas: input.areas.map(areaProfile),
    topGaps: topGaps(people),
  };
}

// ---------- progress between two rounds ----------

const delta = (from: number | null, to: number | null) => (from === null || to === null ? null : to - from);
const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : null);

export interface AreaProgress {
  areaId: string;
  fromScore: number | null;
  toScore: number | null;
  /** to − from; positive is better. */
  change: number | null;
}

export interface CompetenceProgress {
  competenceId: string;
  /** Mean current level of the people rated in each round (one decimal). */
  fromLevel: number | null;
  toLevel: number | null;
  change: number | null;
  fromGap: number | null;
  toGap: number | null;
  /** Sum of gaps to − from; negative is better. */
  gapChange: number | null;
}

export interface PersonProgress {
  personId: string;
  name: string;
  fromGap: number | null;
  toGap: number | null;
  /** to − from; negative is better. */
  gapChange: number | null;
}

export interface Progress {
  fromRoundId: string;
  toRoundId: string;
  areas: AreaProgress[];
  competences: CompetenceProgress[];
  people: PersonProgress[];
}

function competenceStats(c: CompanyGaps): Map<string, { levels: number[]; gap: number; rated: number }> {
  const out = new Map<string, { levels: number[]; gap: number; rated: number }>();
  for (const p of c.people) {
    for (const cell of p.cells) {
      let s = out.get(cell.competenceId);
      if (!s) out.set(cell.competenceId, (s = { levels: [], gap: 0, rated: 0 }));
      if (cell.current !== null) s.levels.push(cell.current);
      if (cell.gap !== null) {
        s.gap += cell.gap;
        s.rated++;
      }
    }
  }
  return out;
}

/** Progress from one analysed round to another, by area, competence and person (in the order of `to`, then `from`). */
export function progressBetween(from: CompanyGaps, to: CompanyGaps): Progress {
  const fromAreas = new Map(from.areas.map((a) => [a.areaId, a]));
  const areaIds = [...new Set([...to.areas.map((a) => a.areaId), ...from.areas.map((a) => a.areaId)])];
  const toAreas = new Map(to.areas.map((a) => [a.areaId, a]));
  const areas = areaIds.map((areaId) => {
    const fromScore = fromAreas.get(areaId)?.currentScore ?? null;
    const toScore = toAreas.get(areaId)?.currentScore ?? null;
    return { areaId, fromScore, toScore, change: delta(fromScore, toScore) };
  });

  const fs = competenceStats(from);
  const ts = competenceStats(to);
  const competenceIds = [...new Set([...ts.keys(), ...fs.keys()])];
  const competences = competenceIds.map((competenceId) => {
    const f = fs.get(competenceId);
    const t = ts.get(competenceId);
    const fm = f ? mean(f.levels) : null;
    const tm = t ? mean(t.levels) : null;
    const fromLevel = fm === null ? null : oneDecimal(fm);
    const toLevel = tm === null ? null : oneDecimal(tm);
    const fromGap = f && f.rated ? f.gap : null;
    const toGap = t && t.rated ? t.gap : null;
    return {
      competenceId,
      fromLevel,
      toLevel,
      change: fromLevel === null || toLevel === null ? null : oneDecimal(toLevel - fromLevel),
      fromGap,
      toGap,
      gapChange: delta(fromGap, toGap),
    };
  });

  const fromPeople = new Map(from.people.map((p) => [p.personId, p]));
  const toPeople = new Map(to.people.map((p) => [p.personId, p]));
  const personIds = [...new Set([...to.people.map((p) => p.personId), ...from.people.map((p) => p.personId)])];
  const people = personIds.map((personId) => {
    const f = fromPeople.get(personId);
    const t = toPeople.get(personId);
    const fromGap = f && f.rated ? f.totalGap : null;
    const toGap = t && t.rated ? t.totalGap : null;
    return { personId, name: (t ?? f)!.name, fromGap, toGap, gapChange: delta(fromGap, toGap) };
  });

  return { fromRoundId: from.roundId, toRoundId: to.roundId, areas, competences, people };
}

// ---------- adapter from the contract ----------

/** The frameworks the round was made with (`frameworks.get` with the round's versions). */
export interface GapFrameworks {
  situation: SituationFramework;
  catalogue: CompetenceCatalogue;
}

/** A `rounds.get` result as `GapInput`. Catalogue competences take their default priority; custom ones medium. */
export function gapInputFromRound(round: RoundDetail, frameworks: GapFrameworks): GapInput {
  const defs = new Map<string, Pick<CompetenceDefinition, 'groupId' | 'defaultPriority'>>();
  for (const c of frameworks.catalogue.competences) defs.set(c.id, c);
  for (const c of round.customCompetences) defs.set(c.id, c);
  const used: string[] = [];
  const seen = new Set<string>();
  for (const p of round.people) {
    for (const r of p.competences) {
      if (!seen.has(r.competenceId)) {
        seen.add(r.competenceId);
        used.push(r.competenceId);
      }
    }
  }
  const levels = new Map(round.answers.filter((a) => a.level !== null).map((a) => [a.questionId, a.level as number]));
  const targets = new Map(round.areaTargets.map((t) => [t.areaId, t.targetLevel]));
  return {
    roundId: round.id,
    people: round.people.map((p) => ({
      id: p.personId,
      name: p.name,
      role: p.role,
      ratings: p.competences.map((r) => ({
        competenceId: r.competenceId,
        required: r.requiredLevel,
        self: r.selfLevel,
        advisor: r.advisorLevel,
      })),
    })),
    competences: used.map((id) => {
      const def = defs.get(id);
      return { id, groupId: def?.groupId ?? null, priority: def?.defaultPriority ?? DEFAULT_PRIORITY };
    }),
    areas: frameworks.situation.areas.map((area) => ({
      id: area.id,
      levels: area.questions.flatMap((q) => {
        const l = levels.get(q.id);
        return l === undefined ? [] : [l];
      }),
      questionCount: area.questions.length,
      targetLevel: targets.get(area.id) ?? null,
    })),
  };
}
