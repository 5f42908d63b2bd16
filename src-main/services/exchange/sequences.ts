import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema';

/**
 * Sequence numbers between offices: this office numbers the files it sends to each office (1, 2, …), and remembers
 * which numbers it applied from each sender. A gap is a file that never arrived here (lost, not yet synced, or moved
 * away): its changes are not in the later files, which carry only what changed after it. A full file carries
 * everything, so nothing before it is missing any more.
 */

/** At most this many missing numbers are named; a sender this far ahead needs a full resend anyway. */
const MAX_MISSING = 50;

export interface SentState {
  sequence: number;
  sentAt: string;
  fileName: string;
  full: boolean;
}

/** The next number for a file to the office. */
export async function nextSequence(db: Kysely<Database>, officeId: string): Promise<number> {
  const r = await db
    .selectFrom('exchange_sent')
    .select((eb) => eb.fn.max<number | null>('sequence').as('n'))
    .where('office_id', '=', officeId)
    .executeTakeFirst();
  return (r?.n ?? 0) + 1;
}

/** The last file sent to each office, by office id. */
export async function lastSent(db: Kysely<Database>): Promise<Map<string, SentState>> {
  const rows = await db.selectFrom('exchange_sent').selectAll().orderBy('office_id').orderBy('sequence').execute();
  return new Map(rows.map((r) => [r.office_id, { sequence: r.sequence, sentAt: r.sent_at, fileName: r.file_name, full: r.full === 1 }]));
}

export async function recordSent(trx: Kysely<Database>, officeId: string, sent: SentState): Promise<void> {
  await trx
    .insertInto('exchange_sent')
    .values({ office_id: officeId, sequence: sent.sequence, sent_at: sent.sentAt, file_name: sent.fileName, full: sent.full ? 1 : 0 })
    .execute();
}

export interface ReceivedState {
  /** Sequence number -> the SHA-256 of the file applied under it. */
  applied: Map<number, string>;
  /** The highest full file applied (0: none). */
  lastFull: number;
}

export async function receivedState(db: Kysely<Database>, senderFingerprint: string): Promise<ReceivedState> {
  const rows = await db.selectFrom('exchange_received').selectAll().where('sender_fingerprint', '=', senderFingerprint).execute();
  return {
    applied: new Map(rows.map((r) => [r.sequence, r.file_sha256])),
    lastFull: Math.max(0, ...rows.filter((r) => r.full === 1).map((r) => r.sequence)),
  };
}

/**
 * The numbers before `sequence` this office has not applied and still needs: none for a full file, none at or before
 * the last full file applied.
 */
export function missingBefore(state: ReceivedState, sequence: number, full: boolean): number[] {
  if (full) return [];
  const out: number[] = [];
  for (let n = state.lastFull + 1; n < sequence && out.length < MAX_MISSING; n++) if (!state.applied.has(n)) out.push(n);
  return out;
}

/** The same file (number and content) applied here before: applying it again changes nothing. */
export function alreadyApplied(state: ReceivedState, sequence: number, sha256: string): boolean {
  return state.applied.get(sequence) === sha256;
}

/**
 * Records an applied file (in the apply's transaction). A second file under the same number (the sender's store
 * lost its record of the first and numbered again) replaces the first's entry.
 */
export async function recordReceived(
  trx: Kysely<Database>,
  received: { senderFingerprint: string; sequence: number; sha256: string; appliedAt: string; full: boolean },
): Promise<void> {
  const row = {
    sender_fingerprint: received.senderFingerprint,
    sequence: received.sequence,
    file_sha256: received.sha256,
    applied_at: received.appliedAt,
    full: received.full ? 1 : 0,
  };
  await trx
    .insertInto('exchange_received')
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(['sender_fingerprint', 'sequence'])
        .doUpdateSet({ file_sha256: row.file_sha256, applied_at: row.applied_at, full: row.full }),
    )
    .execute();
}
