import type { FieldIssue } from '@shared/api';
import { AppError } from '@shared/api/errors';
import type { ActivityPatch } from '@shared/api/plans';

export type ActivityFields = Required<ActivityPatch>;

/**
 * The rules that depend on more than one field, on the record as it would be after the write (`patch`: the fields
 * the write sets, for the path an issue is shown at). The plans service and the exchange import both run it.
 */
export function activityIssues(f: ActivityFields, patch: Partial<ActivityFields>, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (f.plannedStart !== null && f.plannedEnd !== null && f.plannedEnd < f.plannedStart) {
    issues.push({
      path: patch.plannedStart !== undefined && patch.plannedEnd === undefined ? 'plannedStart' : 'plannedEnd',
      message: 'plan.endBeforeStart',
    });
  }
  if (f.status === 'done' && (f.plannedStart === null || f.plannedStart > today)) {
    issues.push({ path: patch.status !== undefined ? 'status' : 'plannedStart', message: 'plan.doneBeforeStart' });
  }
  if (f.status !== 'done' && (f.outcomeRating !== null || f.outcomeComment !== null)) {
    const path = patch.outcomeRating !== undefined ? 'outcomeRating' : patch.outcomeComment !== undefined ? 'outcomeComment' : 'status';
    issues.push({ path, message: 'plan.outcomeOnlyWhenDone' });
  }
  return issues;
}

/** Participants belong to the activity's company: `companyOf` maps each known person to theirs. */
export function assertParticipants(personIds: readonly string[], companyId: string, companyOf: ReadonlyMap<string, string>): void {
  const stranger = personIds.find((id) => companyOf.get(id) !== companyId);
  if (stranger !== undefined) throw new AppError('plan.personNotInCompany', { personId: stranger });
}
