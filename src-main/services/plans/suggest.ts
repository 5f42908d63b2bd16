import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '@shared/api';
import type { ActivityLevel, ActivityTypeId, Suggestion, SuggestionsResult } from '@shared/api/plans';
import { analyseCompany, gapInputFromRound } from '@shared/domain/gaps';
import type { CellGap } from '@shared/domain/gaps';
import type { Language } from '@shared/i18n/languages';
import { suggestionTitle } from '@shared/domain/printText';
import type { Database } from '../../store/schema';
import { getRound } from '../rounds';
import { listCompanyCompetences } from '../competences';
import { competenceCatalogue, situationFramework } from '../frameworks';
import { jsonIds } from '../../store/columns';
import { activityType } from '../providers';
import { activityRows, assertCompany, latestRoundId } from './plans';

// ---------- suggestions from the gaps ----------

/** At most this many proposals: the largest gaps first. */
export const MAX_SUGGESTIONS = 8;

function suggestedShape(people: number, companyPeople: number, maxGap: number): { typeId: ActivityTypeId; level: ActivityLevel } {
  if (people >= 3 || (people >= 2 && people === companyPeople)) return { typeId: maxGap >= 2 ? 'course' : 'workshop', level: 'company' };
  if (people === 2) return { typeId: 'course', level: 'individual' };
  return { typeId: maxGap >= 2 ? 'coaching' : 'e_learning', level: 'individual' };
}

/**
 * From the latest completed round's ranked gaps: one proposal per competence, grouping everyone with a gap in it,
 * skipping competences that an activity (not cancelled) already addresses. Nothing is stored.
 */
export async function suggestActivities(db: Kysely<Database>, input: ParsedInputOf<'plans.suggest'>): Promise<SuggestionsResult> {
  await assertCompany(db, input.companyId);
  const roundId = await latestRoundId(db, input.companyId, true);
  if (roundId === null) return { roundId: null, suggestions: [] };
  const round = await getRound(db, { roundId });
  const gaps = analyseCompany(
    gapInputFromRound(round, {
      situation: situationFramework(round.frameworkVersion),
      catalogue: competenceCatalogue(round.catalogueVersion),
    }),
  );
  const plan = await db.selectFrom('plans').select('id').where('company_id', '=', input.companyId).executeTakeFirst();
  const covered = new Set<string>();
  if (plan) {
    for (const a of await activityRows(db, plan.id)) {
      if (a.status !== 'cancelled') for (const c of jsonIds(a.competence_ids)) covered.add(c);
    }
  }
  const names = new Map((await listCompanyCompetences(db, { companyId: input.companyId })).competences.map((c) => [c.id, c.name]));
  for (const c of round.customCompetences) names.set(c.id, c.name);
  const companyPeople = (await db.selectFrom('people').select('id').where('company_id', '=', input.companyId).execute()).length;

  const groups = new Map<string, CellGap[]>();
  for (const cell of gaps.topGaps) {
    if (covered.has(cell.competenceId)) continue;
    const g = groups.get(cell.competenceId);
    if (g) g.push(cell);
    else if (groups.size < MAX_SUGGESTIONS) groups.set(cell.competenceId, [cell]);
  }
  const lang: Language = input.language;
  const suggestions: Suggestion[] = [...groups.entries()].map(([competenceId, cells]) => {
    const maxGap = Math.max(...cells.map((c) => c.gap ?? 0));
    const shape = suggestedShape(cells.length, companyPeople, maxGap);
    const type = activityType(shape.typeId)!;
    const competenceName = names.get(competenceId) ?? { sv: competenceId, en: competenceId };
    return {
      key: competenceId,
      competenceId,
      competenceName,
      title: suggestionTitle(type.name[lang], competenceName[lang]),
      ...shape,
      personIds: cells.map((c) => c.personId),
      hours: type.typicalHours,
      maxGap,
      weight: cells.reduce((s, c) => s + (c.weighted ?? 0), 0),
    };
  });
  return { roundId, suggestions };
}
