import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { Database } from '../../store/schema';

export type RightsAction = 'export' | 'erase' | 'retention';

/**
 * One line in the log of what was done on a person's request or by the retention rule. An export names whom it was
 * about (the person's id); an erasure or a retention run only counts, so the log is no trace of whom it erased.
 */
export async function logRights(
  trx: Kysely<Database>,
  entry: { action: RightsAction; personId?: string | null; companyId?: string | null; detail: Record<string, number | string> },
  now: string,
): Promise<void> {
  await trx
    .insertInto('rights_log')
    .values({
      id: uuidv7(),
      at: now,
      action: entry.action,
      person_id: entry.personId ?? null,
      company_id: entry.companyId ?? null,
      detail: JSON.stringify(entry.detail),
    })
    .execute();
}
