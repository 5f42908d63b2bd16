import fs from 'node:fs';
import Sqlite from 'better-sqlite3-multiple-ciphers';
import type { Kysely } from 'kysely';
import { AppError } from '@shared/api/errors';
import type { SessionStatus } from '@shared/api/session';
import type { SelfAssessmentState } from '@shared/api/selfAssessment';
import { languageFromLocale } from '@shared/i18n/languages';
import type { Language } from '@shared/i18n/languages';
import { migrate } from './migrate';
import { LATEST_VERSION } from './migrations';
import { applyConnectionPragmas, applyKey, createKysely, openEncrypted, storeError } from './open';
import type { RawDatabase, StoreKey } from './open';
import { dbPath } from './paths';
import { readPreferences, writePreferences } from './preferences';
import type { Database } from './schema';
import type { ServiceDeps } from './transaction';
import { clockFrom } from '@shared/clock';
import { assertMayTry, failedAttempt, NO_ATTEMPTS, readUnlockAttempts, writeUnlockAttempts } from './backoff';
import { clearSelfAssessment, loadSelfAssessment, newSelfAssessment, saveSelfAssessment } from './selfAssessmentStore';
import type { StoredSelfAssessment } from './selfAssessmentStore';
import { secureDataDir } from './files';

export interface SessionOptions {
  dataDir: string;
  unlockMode: 'passphrase' | 'keychain';
  /** e.g. `app.getLocale()` or `Intl.DateTimeFormat().resolvedOptions().locale`. */
  systemLocale: string;
  now?: () => Date;
}

/**
 * Proves a passphrase on a second, read-only connection, with the same pragmas as every connection the app opens;
 * throws `store.wrongPassphrase`.
 */
function proveKey(file: string, passphrase: string): void {
  const check = new Sqlite(file, { readonly: true, fileMustExist: true });
  try {
    applyKey(check, { kind: 'passphrase', passphrase });
    check.prepare('SELECT count(*) AS n FROM sqlite_master').get();
    applyConnectionPragmas(check);
  } catch (e) {
    if ((e as { code?: string }).code === 'SQLITE_NOTADB') throw new AppError('store.wrongPassphrase');
    throw e;
  } finally {
    check.close();
  }
}

/** The single owner of the open database: nothing else opens or closes it. */
export class Session {
  readonly dataDir: string;
  readonly unlockMode: 'passphrase' | 'keychain';
  readonly systemLanguage: Language;
  readonly now: () => Date;
  private raw: RawDatabase | null = null;
  private kysely: Kysely<Database> | null = null;
  /** Opens run one after another: a second request (a double click) waits for the first, never opens twice. */
  private opening: Promise<unknown> = Promise.resolve();
  /**
   * Self-assessment mode, as last read from or written to the store's `self_assessment` row (which outlives the
   * process); the handover code is kept only as an scrypt hash.
   */
  private selfState: StoredSelfAssessment | null = null;
  /** Why the shell could not open the store at start (keychain mode); reported by status(). */
  private startError: NonNullable<SessionStatus['startupError']> | null = null;
  /** Set by the shell: what to do after the store was set aside (keychain mode: make a new key and store). */
  private setAsideHook: (() => Promise<void>) | null = null;
  /**
   * The key of the open store, for backups (a copy opens with it). A raw key from the keychain is kept even when
   * the open failed (the startup-error screen lists backups with it); a passphrase only while unlocked.
   */
  private key: StoreKey | null = null;
  /** Runs before the database closes (a backup of the last changes); never throws. */
  private closeHook: (() => void) | null = null;

  constructor(options: SessionOptions) {
    this.dataDir = options.dataDir;
    this.unlockMode = options.unlockMode;
    this.systemLanguage = languageFromLocale(options.systemLocale);
    this.now = options.now ?? (() => new Date());
  }

  get dbFile(): string {
    return dbPath(this.dataDir);
  }

  get unlocked(): boolean {
    return this.kysely !== null;
  }

  get deps(): ServiceDeps {
    return clockFrom(this.now);
  }

  /** The open database; throws `store.locked` until create/unlock succeeded. */
  get db(): Kysely<Database> {
    if (!this.kysely) throw new AppError('store.locked');
    return this.kysely;
  }

  status(): SessionStatus {
    return {
      storeExists: fs.existsSync(this.dbFile),
      unlocked: this.unlocked,
      unlockMode: this.unlockMode,
      language: readPreferences(this.dataDir).language,
      systemLanguage: this.systemLanguage,
      ...(this.selfAssessment ? { selfAssessment: this.selfAssessment } : {}),
      ...(this.startError ? { startupError: this.startError } : {}),
    };
  }

  /** The shell records a failed start here (or clears it with null); the store stays locked. */
  setStartupError(error: AppError | null): void {
    this.startError = error ? { code: error.code, params: error.params } : null;
  }

  /** The shell's step after `session.setAside` (keychain mode: a new key and an empty store). */
  onSetAside(hook: (() => Promise<void>) | null): void {
    this.setAsideHook = hook;
  }

  /** Runs the shell's hook after the store files were moved away. */
  async afterSetAside(): Promise<void> {
    this.startError = null;
    await this.setAsideHook?.();
  }

  /** The handed-over round and person, or null when the advisor has the laptop. */
  get selfAssessment(): SelfAssessmentState | null {
    if (!this.selfState) return null;
    const { roundId, personId, language } = this.selfState;
    return { roundId, personId, language };
  }

  /** Written to the store before it takes effect: a restart finds the mode on. */
  async enterSelfAssessment(state: SelfAssessmentState, handoverCode: string | null): Promise<void> {
    const stored = newSelfAssessment(state, handoverCode);
    await saveSelfAssessment(this.db, stored);
    this.selfState = stored;
  }

  /**
   * Judges an exit attempt (the handover code, or the advisor's passphrase through `check`) after the wait that
   * earlier wrong attempts imposed (`selfAssessment.tooManyAttempts`). A wrong attempt is counted in the store
   * before it is reported; a right one ends the mode.
   */
  async exitSelfAssessment(check: (stored: StoredSelfAssessment) => boolean): Promise<boolean> {
    const stored = this.selfState;
    if (!stored) throw new AppError('selfAssessment.notActive');
    const now = this.now().getTime();
    assertMayTry(stored.attempts, now, 'selfAssessment.tooManyAttempts');
    if (!check(stored)) {
      const next = { ...stored, attempts: failedAttempt(stored.attempts, now) };
      await saveSelfAssessment(this.db, next);
      this.selfState = next;
      return false;
    }
    await clearSelfAssessment(this.db);
    this.selfState = null;
    return true;
  }

  /** Proves the advisor's passphrase on a second, read-only connection; throws `store.wrongPassphrase`. */
  verifyPassphrase(passphrase: string): void {
    proveKey(this.dbFile, passphrase);
  }

  /** First run: a new store keyed by the passphrase. Refused if a store exists. */
  async create(passphrase: string): Promise<SessionStatus> {
    return this.open({ kind: 'passphrase', passphrase }, true);
  }

  /**
   * Wrong passphrases back off (1, 2, 4 … s): the count is kept in a file beside the store, since a locked store
   * cannot be written, so that a restart does not reset it. Checked before any key derivation.
   */
  async unlock(passphrase: string): Promise<SessionStatus> {
    return this.queue(async () => {
      if (this.kysely) return this.status();
      const now = this.now().getTime();
      const attempts = readUnlockAttempts(this.dataDir, now);
      assertMayTry(attempts, now, 'store.tooManyAttempts');
      try {
        const status = await this.openNow({ kind: 'passphrase', passphrase }, false);
        if (attempts.failures > 0) writeUnlockAttempts(this.dataDir, NO_ATTEMPTS);
        return status;
      } catch (e) {
        if (e instanceof AppError && e.code === 'store.wrongPassphrase') writeUnlockAttempts(this.dataDir, failedAttempt(attempts, now));
        throw e;
      }
    });
  }

  /** Keychain mode: a 256-bit key as 64 hex digits, used without key derivation. */
  async unlockWithRawKey(hex64: string, options: { create: boolean }): Promise<SessionStatus> {
    return this.open({ kind: 'raw', hex: hex64 }, options.create);
  }

  private async open(key: StoreKey, create: boolean): Promise<SessionStatus> {
    return this.queue(() => this.openNow(key, create));
  }

  /** Opens run one after another: a second request (a double click) waits for the first, never opens twice. */
  private queue<T>(step: () => Promise<T>): Promise<T> {
    const attempt = this.opening.catch(() => undefined).then(step);
    this.opening = attempt;
    return attempt;
  }

  private async openNow(key: StoreKey, create: boolean): Promise<SessionStatus> {
    if (this.kysely) {
      if (create) throw new AppError('store.exists');
      return this.status();
    }
    if (key.kind === 'raw') this.key = key;
    if (create) secureDataDir(this.dataDir);
    const raw = openEncrypted(this.dbFile, key, { create, maxVersion: LATEST_VERSION });
    const kysely = createKysely(raw);
    let resumed: StoredSelfAssessment | null;
    try {
      await migrate(kysely);
      resumed = await loadSelfAssessment(kysely);
    } catch (e) {
      raw.close();
      throw storeError(e);
    }
    this.raw = raw;
    this.kysely = kysely;
    this.key = key;
    this.selfState = resumed;
    this.startError = null;
    return this.status();
  }

  /**
   * Re-encrypts the store under a new passphrase. The old one is proven on a second connection first.
   * SQLite refuses `rekey` in WAL mode, hence the switch to DELETE and back.
   */
  async changePassphrase(oldPassphrase: string, newPassphrase: string): Promise<void> {
    const kysely = this.db;
    // Hold Kysely's connection for the check and the re-encryption together: no query, and no second change,
    // can run between them.
    await kysely.connection().execute(async () => {
      proveKey(this.dbFile, oldPassphrase);
      const raw = this.raw!;
      raw.pragma('journal_mode = DELETE');
      try {
        raw.pragma(`rekey = '${newPassphrase.replace(/'/g, "''")}'`);
        this.key = { kind: 'passphrase', passphrase: newPassphrase };
      } finally {
        raw.pragma('journal_mode = WAL');
      }
    });
  }

  /** Closes the database; the session can be unlocked again. */
  lock(): SessionStatus {
    this.close();
    return this.status();
  }

  setLanguage(language: Language | null): SessionStatus {
    writePreferences(this.dataDir, { language });
    return this.status();
  }

  /** The open store's key (or the keychain's, while locked); null when no key is known. */
  get storeKey(): StoreKey | null {
    return this.key;
  }

  /** Set by the backup keeper: runs (synchronously) before every close while the store is open. */
  beforeClose(hook: (() => void) | null): void {
    this.closeHook = hook;
  }

  /** How many rows this connection changed since it opened (SQLite's `total_changes()`); 0 while locked. */
  changesSinceOpen(): number {
    const raw = this.raw;
    return raw?.open ? (raw.prepare('SELECT total_changes() AS n').get() as { n: number }).n : 0;
  }

  /**
   * A consistent copy of the open store into a new file, encrypted with the same key (`VACUUM INTO` keeps the
   * cipher), after the queries and transactions in flight; `copyToNow` at once (from a close).
   */
  async copyTo(file: string): Promise<void> {
    await this.db.connection().execute(async () => this.copyToNow(file));
  }

  copyToNow(file: string): void {
    if (!this.raw?.open) throw new AppError('store.locked');
    this.raw.prepare('VACUUM INTO ?').run(file);
  }

  /**
   * Closes the store (without the close hook), lets `swap` change the files in the data folder, and opens the
   * store again with `key`. Runs in the open queue: no unlock can slip in between.
   */
  async reopenAfter(swap: () => void, key: StoreKey): Promise<SessionStatus> {
    return this.queue(async () => {
      const [hook, previous, wasOpen] = [this.closeHook, this.key, this.unlocked];
      this.closeHook = null;
      try {
        this.close();
      } finally {
        this.closeHook = hook;
      }
      try {
        swap();
      } catch (error) {
        // Nothing was moved (the swap is all or nothing): the store opens again as it was.
        if (wasOpen && previous) await this.openNow(previous, false).catch(() => undefined);
        throw error;
      }
      return this.openNow(key, false);
    });
  }

  /** Synchronous so that it can run from an exit handler. The self-assessment stays on in the store. */
  close(): void {
    if (this.raw?.open) {
      // A transaction still open (the report reads in one and lets other calls in between its reads) ends with the
      // connection anyway: rolled back first, so that the backup at close can copy the store (VACUUM INTO refuses to
      // run inside a transaction). Nothing is lost: what it had not committed never would be.
      if (this.raw.inTransaction) this.raw.exec('ROLLBACK');
      this.closeHook?.();
    }
    if (this.key?.kind === 'passphrase') this.key = null;
    this.selfState = null;
    const raw = this.raw;
    this.raw = null;
    this.kysely = null;
    if (raw?.open) raw.close();
  }
}
