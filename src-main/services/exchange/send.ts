import type { Kysely } from 'kysely';
import { AppError } from '@shared/api/errors';
import type { OfficeSendState, SendResult } from '@shared/api/exchange';
import type { Database } from '../../store/schema';
import { inTransaction, systemClock } from '../../store/transaction';
import { ownOffice, sealFile } from '../offices';
import type { SealDeps } from '../offices';
import { getSettings } from '../settings';
import { buildDelta, marksOf, recordMarks } from './delta';
import type { FolderIo } from './folder';
import { checkFolder, deliveryFileName, writeAtomic } from './folder';
import { lastSent, nextSequence, recordSent } from './sequences';

/** "Send changes to office X" into the shared exchange folder (issue 12). */

export interface SendDeps extends SealDeps {
  /** Tests make a step of the write fail. */
  folderIo?: FolderIo;
}

/**
 * Writes a file for the office into the exchange folder: what changed since the last file sent to it (everything the
 * first time, or with `full`), sealed so that only that office opens it, numbered in this office's sequence to it.
 * The marks and the number are recorded only once the file is written: a failed write leaves everything as it was,
 * and the next send carries the same changes again.
 */
export function sendChanges(
  db: Kysely<Database>,
  officeId: string,
  deps: SendDeps = systemClock,
  options: { full?: boolean } = {},
): Promise<SendResult> {
  // One send at a time: two at once would take the same number and the same marks.
  const run = queue.then(() => send(db, officeId, deps, options));
  queue = run.catch(() => undefined);
  return run;
}

let queue: Promise<unknown> = Promise.resolve();

async function send(db: Kysely<Database>, officeId: string, deps: SendDeps, options: { full?: boolean }): Promise<SendResult> {
  const office = await db.selectFrom('offices').selectAll().where('id', '=', officeId).executeTakeFirst();
  if (!office) throw new AppError('offices.notFound');
  const settings = await getSettings(db);
  const folder = await checkFolder(settings.exchangeFolder);
  const own = await ownOffice(db, deps);
  const sequence = await nextSequence(db, officeId);
  const full = options.full === true || sequence === 1;
  const sentAt = deps.now().toISOString();
  const file = await buildDelta(
    db,
    officeId,
    { office: settings.office, advisor: settings.advisorName, exportedAt: sentAt },
    { to: office.fingerprint, sequence, full },
  );
  const marks = await marksOf(db, file);
  const bytes = await sealFile(db, file, { recipients: [office.recipient] }, deps);
  const fileName = deliveryFileName(own.name, sequence, office.fingerprint);
  const path = await writeAtomic(folder, fileName, bytes, deps.folderIo);
  await inTransaction(db, async (trx) => {
    await recordMarks(trx, officeId, marks);
    await recordSent(trx, officeId, { sequence, sentAt, fileName, full });
  });
  return {
    officeId,
    fileName,
    path,
    sequence,
    full,
    bytes: bytes.length,
    companies: file.companies.length,
    people: file.people.length,
    rounds: file.rounds.length,
    activities: file.activities.length,
    tombstones: file.tombstones.length,
  };
}

/** Every office of the address book with the last file sent to it. */
export async function sendState(db: Kysely<Database>): Promise<OfficeSendState[]> {
  const offices = await db.selectFrom('offices').select(['id', 'name', 'fingerprint']).execute();
  const last = await lastSent(db);
  return offices
    .map((o) => ({ officeId: o.id, name: o.name, fingerprint: o.fingerprint, last: last.get(o.id) ?? null }))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv') || a.officeId.localeCompare(b.officeId));
}
