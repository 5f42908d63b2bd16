import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema';
import { eraseFromContacts } from '../contacts/contacts';
import { eraseFromRoundsAndActivities } from '../people/people';
import { eraseTraces } from '../rights/erase';
import type { PersonRow } from '../../store/schema';
import type { Decision } from './merge';
import { presentIds } from './write';

/**
 * A person this import deleted, or one that a record it wrote names but who is not here (deleted here and kept
 * so), leaves no trace: taken out of activities and contacts as the register's own deletion does. Otherwise the
 * next file from this office names a person that no other office has, and every office refuses it.
 */
export async function eraseAbsentPeople(trx: Kysely<Database>, written: Decision[], deleted: Decision[], now: string): Promise<void> {
  const named = new Set<string>(deleted.filter((d) => d.entity === 'person').map((d) => d.id));
  for (const d of written) {
    if (d.entity !== 'activity' && d.entity !== 'contact') continue;
    for (const id of JSON.parse(d.incoming!['person_ids'] as string) as string[]) named.add(id);
    if (d.entity !== 'contact') continue;
    for (const step of JSON.parse(d.incoming!['next_steps'] as string) as { ownerPersonId: string | null }[]) {
      if (step.ownerPersonId !== null) named.add(step.ownerPersonId);
    }
  }
  // A person this import deleted was here: every field naming them here goes too, as the register's own erasure does
  // (a no-op for what the file brought already cleared; this office's own notes are rewritten and flagged).
  for (const d of deleted) if (d.entity === 'person' && d.local) await eraseTraces(trx, d.local as unknown as PersonRow, now);
  const present = await presentIds(trx, 'people', named);
  for (const id of named) {
    if (present.has(id)) continue;
    await eraseFromRoundsAndActivities(trx, id, now);
    await eraseFromContacts(trx, id, now);
  }
}
