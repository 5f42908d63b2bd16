import crypto from 'node:crypto';
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
import { applyKey, createKysely, openEncrypted, storeError } from './open';
import type { RawDatabase, StoreKey } from './open';
import { dbPath } from './paths';
import { readPreferences, writePreferences } from './preferences';
import type { Database } from './schema';
import type { ServiceDeps } from './transaction';
import { clockFrom } from '@shared/clock';

export interface SessionOptions {
  dataDir: string;
  unlockMode: 'passphrase' | 'keychain';
  /** e.g. `app.getLocale()` or `Intl.DateTimeFormat().resolvedOptions().locale`. */
  systemLocale: string;
  now?: () => Date;
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
  /** Self-assessment mode (memory only); the handover code is kept only as an scrypt hash. */
  private selfState: (SelfAssessmentState & { codeHash: Buffer | null; salt: Buffer }) | null = null;
  /** Why the shell could not open the store at start (keychain mode); reported by status(). */
  private startError: NonNullable<SessionStatus['startupError']> | null = null;
  /** Set by the shell: what to do after the store was set aside (keychain mode: make a new key and store). */
  private setAsideHook: (() => Promise<void>) | null = null;

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

  enterSelfAssessment(state: SelfAssessmentState, handoverCode: string | null): void {
    const salt = crypto.randomBytes(16);
    const codeHash = handoverCode === null ? null : crypto.scryptSync(handoverCode, salt, 32);
    this.selfState = { ...state, codeHash, salt };
  }

  /** True when `code` is the handover code chosen on entering (constant-time compare). */
  checkHandoverCode(code: string): boolean {
    const s = this.selfState;
    if (!s?.codeHash) return false;
    return crypto.timingSafeEqual(crypto.scryptSync(code, s.salt, 32), s.codeHash);
  }

  exitSelfAssessment(): void {
    this.selfState = null;
  }

  /** Proves the advisor's passphrase on a second, read-only connection; throws `store.wrongPassphrase`. */
  verifyPassphrase(passphrase: string): void {
    const check = new Sqlite(this.dbFile, { readonly: true, fileMustExist: true });
    try {
      applyKey(check, { kind: 'passphrase', passphrase });
      check.prepare('SELECT count(*) AS n FROM sqlite_master').get();
    } catch (e) {
      if ((e as { code?: string }).code === 'SQLITE_NOTADB') throw new AppError('store.wrongPassphrase');
      throw e;
    } finally {
      check.close();
    }
  }

  /** First run: a new store keyed by the passphrase. Refused if a store exists. */
  async create(passphrase: string): Promise<SessionStatus> {
    return this.open({ kind: 'passphrase', passphrase }, true);
  }

  async unlock(passphrase: string): Promise<SessionStatus> {
    return this.open({ kind: 'passphrase', passphrase }, false);
  }

  /** Keychain mode: a 256-bit key as 64 hex digits, used without key derivation. */
  async unlockWithRawKey(hex64: string, options: { create: boolean }): Promise<SessionStatus> {
    return this.open({ kind: 'raw', hex: hex64 }, options.create);
  }

  private async open(key: StoreKey, create: boolean): Promise<SessionStatus> {
    const attempt = this.opening.catch(() => undefined).then(() => this.openNow(key, create));
    this.opening = attempt;
    return attempt;
  }

  private async openNow(key: StoreKey, create: boolean): Promise<SessionStatus> {
    if (this.kysely) {
      if (create) throw new AppError('store.exists');
      return this.status();
    }
    if (create) fs.mkdirSync(this.dataDir, { recursive: true });
    const raw = openEncrypted(this.dbFile, key, { create, maxVersion: LATEST_VERSION });
    const kysely = createKysely(raw);
    try {
      await migrate(kysely);
    } catch (e) {
      raw.close();
      throw storeError(e);
    }
    this.raw = raw;
    this.kysely = kysely;
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
      const check = new Sqlite(this.dbFile, { readonly: true, fileMustExist: true });
      try {
        applyKey(check, { kind: 'passphrase', passphrase: oldPassphrase });
        check.prepare('SELECT count(*) AS n FROM sqlite_master').get();
      } catch (e) {
        if ((e as { code?: string }).code === 'SQLITE_NOTADB') throw new AppError('store.wrongPassphrase');
        throw e;
      } finally {
        check.close();
      }
      const raw = this.raw!;
      raw.pragma('journal_mode = DELETE');
      try {
        raw.pragma(`rekey = '${newPassphrase.replace(/'/g, "''")}'`);
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

  /** Synchronous so that it can run from an exit handler. */
  close(): void {
    this.selfState = null;
    const raw = this.raw;
    this.raw = null;
    this.kysely = null;
    if (raw?.open) raw.close();
  }
}
