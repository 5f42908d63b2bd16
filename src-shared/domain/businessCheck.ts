/**
 * The business check's three largest opportunities: the areas with the most room between where the company stands
 * and where it aims (target score − score). Areas without a target come after those with one, lowest score first,
 * so that a round without targets still names where most can be gained. Unanswered areas are never named.
 */

export interface OpportunityArea {
  areaId: string;
  score: number | null;
  targetScore: number | null;
}

export const OPPORTUNITIES = 3;

export function largestOpportunities(areas: readonly OpportunityArea[], count = OPPORTUNITIES): string[] {
  const scored = areas.filter((a): a is OpportunityArea & { score: number } => a.score !== null);
  const room = (a: { score: number; targetScore: number | null }) => (a.targetScore === null ? null : a.targetScore - a.score);
  const withTarget = scored.filter((a) => (room(a) ?? 0) > 0).sort((a, b) => room(b)! - room(a)! || a.score - b.score);
  const without = scored.filter((a) => a.targetScore === null && a.score < 100).sort((a, b) => a.score - b.score);
  return [...withTarget, ...without].slice(0, count).map((a) => a.areaId);
}
