/** What every travelling row carries: when it last changed and its revision (how imports tell newer from older). */
interface Revisioned {
  updated_at: string;
  revision: number;
}

/**
 * The row after an edit: `null` when no column actually changes (nothing is written and the revision stays, so an
 * identical save never travels as a change), otherwise the row with the new columns, the time and the next revision.
 */
export function revised<R extends Revisioned>(current: R, columns: Partial<R>, now: Date): R | null {
  const changed = (Object.keys(columns) as (keyof R)[]).some((k) => columns[k] !== current[k]);
  return changed ? { ...current, ...columns, updated_at: now.toISOString(), revision: current.revision + 1 } : null;
}

/** The fields a patch sets: a key given as `undefined` (left out by the caller) is not a change. */
export function definedEntries<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}
