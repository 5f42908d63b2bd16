import type { CompanyPreview, EntityCounts, ExchangeCounts } from '../api/exchange';

/**
 * What an import preview would change here, read from its counts: only new, updated, deleted and conflicting records
 * count; unchanged ones and those kept because this office's copy is newer change nothing.
 */

export const CHANGE_KINDS = ['new', 'updated', 'deleted', 'conflicts'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** The kinds of record in the order a preview lists them. */
export const RECORD_KINDS = [
  'companies',
  'people',
  'rounds',
  'customCompetences',
  'plans',
  'activities',
  'providers',
  'contacts',
  'aid',
] as const satisfies readonly (keyof ExchangeCounts)[];
export type RecordKind = (typeof RECORD_KINDS)[number];

export function changeCount(c: EntityCounts): number {
  return CHANGE_KINDS.reduce((n, k) => n + c[k], 0);
}

/** The kinds of record the file changes, each with its counts; empty when the file brings nothing new. */
export function changedKinds(counts: ExchangeCounts): Array<{ kind: RecordKind; counts: EntityCounts }> {
  return RECORD_KINDS.filter((kind) => changeCount(counts[kind]) > 0).map((kind) => ({ kind, counts: counts[kind] }));
}

/** True when applying the file would change nothing in this office's database. */
export function changesNothing(counts: ExchangeCounts): boolean {
  return changedKinds(counts).length === 0;
}

/** The companies the file changes (new, updated or in conflict); the unchanged ones are left out. */
export function changedCompanies(companies: readonly CompanyPreview[]): CompanyPreview[] {
  return companies.filter((c) => c.kind !== 'unchanged');
}
