import type { EntityCounts, ExchangeCounts } from '@shared/api/exchange';
import type { Plan } from './merge';
import type { Schema } from './rows';

/** What an import counts, per kind of record: new, updated, unchanged, deleted, kept here, in conflict. */

export function emptyCounts(): EntityCounts {
  return { new: 0, updated: 0, unchanged: 0, deleted: 0, keptLocal: 0, conflicts: 0 };
}

export function emptyExchangeCounts(): ExchangeCounts {
  return {
    companies: emptyCounts(),
    people: emptyCounts(),
    rounds: emptyCounts(),
    customCompetences: emptyCounts(),
    plans: emptyCounts(),
    activities: emptyCounts(),
    providers: emptyCounts(),
    contacts: emptyCounts(),
    aid: emptyCounts(),
  };
}

export const OP_COUNT = {
  insert: 'new',
  update: 'updated',
  unchanged: 'unchanged',
  keepLocal: 'keptLocal',
  delete: 'deleted',
  conflict: 'conflicts',
} as const;

export function countPlan(plan: Plan, schema: Schema): ExchangeCounts {
  const counts = emptyExchangeCounts();
  for (const d of plan.decisions) counts[schema.defs[d.entity].countKey][OP_COUNT[d.decision.op]] += 1;
  return counts;
}
