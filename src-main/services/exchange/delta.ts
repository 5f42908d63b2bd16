import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema';
import { buildExchangeFile } from './export';
import type { Delivery, ExchangeFile } from './format';
import { storeSchema } from './rows';

/**
 * "Send changes to office X": the records (and tombstones) whose revision differs from what was last sent to that
 * office, by the marks in `exchange_marks`. Nothing sent yet means no marks, so the first file carries everything;
 * a full resend ignores the marks. The marks advance only once the file is written (see send.ts), so a file that
 * never left is simply sent again, in the next delta.
 */

export interface Mark {
  entity: string;
  entityId: string;
  revision: number;
}

const markKey = (entity: string, id: string) => `${entity}:${id}`;

/** What was last sent to the office: `entity:id` -> revision. */
export async function loadMarks(db: Kysely<Database>, officeId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('exchange_marks')
    .select(['entity', 'entity_id', 'revision'])
    .where('office_id', '=', officeId)
    .execute();
  return new Map(rows.map((r) => [markKey(r.entity, r.entity_id), r.revision]));
}

/** The file for one office: its delta (or everything, when `full`), addressed with its sequence number. */
export async function buildDelta(
  db: Kysely<Database>,
  officeId: string,
  meta: { office: string | null; advisor: string | null; exportedAt: string },
  delivery: Delivery,
): Promise<ExchangeFile> {
  const marks = delivery.full ? null : await loadMarks(db, officeId);
  const file = await buildExchangeFile(
    db,
    'all',
    meta,
    marks ? (entity, id, revision) => marks.get(markKey(entity, id)) !== revision : undefined,
  );
  file.delivery = delivery;
  return file;
}

/** Every record and tombstone a file carries, at the revision it carries: what the receiving office now has. */
export async function marksOf(db: Kysely<Database>, file: ExchangeFile): Promise<Mark[]> {
  const { defs, order } = await storeSchema(db);
  const out: Mark[] = [];
  for (const entity of order) {
    for (const r of file[defs[entity].fileKey] as { id: string; revision: number }[])
      out.push({ entity, entityId: r.id, revision: r.revision });
  }
  for (const t of file.tombstones) out.push({ entity: t.entity, entityId: t.entityId, revision: t.revision });
  return out;
}

const CHUNK = 500;

/** Records that the office has these revisions (in the caller's transaction). */
export async function recordMarks(trx: Kysely<Database>, officeId: string, marks: Mark[]): Promise<void> {
  for (let i = 0; i < marks.length; i += CHUNK) {
    await trx
      .insertInto('exchange_marks')
      .values(
        marks.slice(i, i + CHUNK).map((m) => ({ office_id: officeId, entity: m.entity, entity_id: m.entityId, revision: m.revision })),
      )
      .onConflict((oc) => oc.columns(['office_id', 'entity', 'entity_id']).doUpdateSet((eb) => ({ revision: eb.ref('excluded.revision') })))
      .execute();
  }
}
