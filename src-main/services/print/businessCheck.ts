import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '@shared/api';
import type { BusinessCheck, BusinessCheckArea } from '@shared/api/businessCheck';
import { AppError } from '@shared/api/errors';
import { largestOpportunities } from '@shared/domain/businessCheck';
import { levelDescriptor } from '@shared/domain/frameworks';
import { toCompany } from '../companies';
import { loadRow } from '../companies/companies';
import { situationFramework } from '../frameworks';
import { loadRoundData, summaryOf } from '../rounds/roundData';
import type { Database } from '../../store/schema';

/** How far back a follow-up's chain of rounds is followed to its baseline (a chain is one round per visit). */
const MAX_CHAIN = 100;

/** The baseline a follow-up builds on: its chain of earlier rounds followed back to the first baseline. */
async function baselineOf(db: Kysely<Database>, round: { kind: string; based_on_round_id: string | null }) {
  let next = round.kind === 'followup' ? round.based_on_round_id : null;
  for (let i = 0; next !== null && i < MAX_CHAIN; i++) {
    const row = await db.selectFrom('rounds').select(['id', 'kind', 'date', 'based_on_round_id']).where('id', '=', next).executeTakeFirst();
    if (!row) return null;
    if (row.kind === 'baseline') return row;
    next = row.based_on_round_id;
  }
  return null;
}

/**
 * The business check of a completed round (see api/businessCheck.ts): per area the score, each question's chosen
 * level with its text and the advisor's note where shared; vision, goals and strategies; the largest opportunities;
 * for a follow-up the change per area since the baseline. An open round is refused: its answers may still change.
 */
export async function businessCheck(db: Kysely<Database>, input: ParsedInputOf<'print.businessCheck'>): Promise<BusinessCheck> {
  const data = await loadRoundData(db, input.roundId);
  const { round } = data;
  if (round.completed_at === null) throw new AppError('assessment.roundNotCompleted');
  const company = toCompany(await loadRow(db, round.company_id));
  const framework = situationFramework(round.framework_version);
  const summary = summaryOf(data);
  const baselineRow = await baselineOf(db, round);
  const baselineScores = baselineRow
    ? new Map(summaryOf(await loadRoundData(db, baselineRow.id)).areas.map((a) => [a.areaId, a.score]))
    : null;
  const answers = new Map(data.answers.map((a) => [a.questionId, a]));
  const scale = new Map(framework.scale.levels.map((l) => [l.level, l.label]));
  const areas: BusinessCheckArea[] = framework.areas.map((area) => {
    const s = summary.areas.find((x) => x.areaId === area.id);
    const score = s?.score ?? null;
    const baselineScore = baselineScores?.get(area.id) ?? null;
    return {
      areaId: area.id,
      title: area.title,
      score,
      targetScore: s?.targetScore ?? null,
      baselineScore,
      change: score === null || baselineScore === null ? null : score - baselineScore,
      questions: area.questions.map((q) => {
        const answer = answers.get(q.id);
        const level = answer?.level ?? null;
        return {
          questionId: q.id,
          text: q.text,
          level,
          levelLabel: level === null ? null : (scale.get(level) ?? null),
          levelText: level === null ? null : (levelDescriptor(q.levels, level) ?? null),
          sharedNote: answer?.noteShared && answer.note ? answer.note : null,
        };
      }),
    };
  });
  return {
    roundId: round.id,
    companyId: company.id,
    companyName: company.name,
    orgNumber: company.orgKind === 'sole_trader' ? null : company.orgNumber,
    kind: round.kind === 'followup' ? 'followup' : 'baseline',
    date: round.date,
    advisor: round.advisor,
    baseline: baselineRow ? { roundId: baselineRow.id, date: baselineRow.date } : null,
    overallScore: summary.overallScore,
    areas,
    vision: round.vision,
    goals: data.goals.map((g) => ({
      kind: g.kind,
      label: g.label,
      currentValue: g.currentValue,
      targetValue: g.targetValue,
      targetYear: g.targetYear,
    })),
    strategies: data.strategies.map((s) => ({ text: s.text, areaIds: s.areaIds })),
    opportunities: largestOpportunities(areas),
  };
}
