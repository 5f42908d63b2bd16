import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { SelfAssessmentState } from '@shared/api/selfAssessment';
import type { Language } from '@shared/i18n/languages';
import type { Attempts } from './backoff';
import type { Database } from './schema';

/**
 * Self-assessment mode as one row of the encrypted store (0080), so that it outlives the process: a person handed
 * the laptop who quits and starts the app again finds the same screen, whether the store was unlocked by the
 * keychain or by `VAXTKRAFT_PASSPHRASE`. The handover code is kept only as an scrypt hash.
 */
export interface StoredSelfAssessment extends SelfAssessmentState {
  codeHash: Buffer | null;
  salt: Buffer;
  attempts: Attempts;
}

const ROW_ID = 1;

export function hashHandoverCode(code: string, salt: Buffer): Buffer {
  return crypto.scryptSync(code, salt, 32);
}

/** A fresh state for `code` (null in passphrase mode, where the advisor's passphrase ends the mode). */
export function newSelfAssessment(state: SelfAssessmentState, code: string | null): StoredSelfAssessment {
  const salt = crypto.randomBytes(16);
  return { ...state, codeHash: code === null ? null : hashHandoverCode(code, salt), salt, attempts: { failures: 0, lastFailureAt: null } };
}

/** True when `code` hashes to the stored code (constant-time compare). */
export function handoverCodeMatches(stored: StoredSelfAssessment, code: string): boolean {
  if (!stored.codeHash) return false;
  return crypto.timingSafeEqual(hashHandoverCode(code, stored.salt), stored.codeHash);
}

export async function loadSelfAssessment(db: Kysely<Database>): Promise<StoredSelfAssessment | null> {
  const row = await db.selectFrom('self_assessment').selectAll().where('id', '=', ROW_ID).executeTakeFirst();
  if (!row) return null;
  return {
    roundId: row.round_id,
    personId: row.person_id,
    language: row.language as Language,
    codeHash: row.code_hash === null ? null : Buffer.from(row.code_hash, 'hex'),
    salt: Buffer.from(row.code_salt, 'hex'),
    attempts: { failures: row.failures, lastFailureAt: row.last_failure_at },
  };
}

export async function saveSelfAssessment(db: Kysely<Database>, s: StoredSelfAssessment): Promise<void> {
  const row = {
    id: ROW_ID,
    round_id: s.roundId,
    person_id: s.personId,
    language: s.language,
    code_hash: s.codeHash?.toString('hex') ?? null,
    code_salt: s.salt.toString('hex'),
    failures: s.attempts.failures,
    last_failure_at: s.attempts.lastFailureAt,
  };
  await db
    .insertInto('self_assessment')
    .values(row)
    .onConflict((oc) => oc.column('id').doUpdateSet(row))
    .execute();
}

export async function clearSelfAssessment(db: Kysely<Database>): Promise<void> {
  await db.deleteFrom('self_assessment').execute();
}
