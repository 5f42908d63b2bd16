import { z } from 'zod';
import { channel } from './contract';
import { LANGUAGES } from '../i18n/languages';
import type { Language } from '../i18n/languages';
import type { ErrorCode } from './errors';
import { judgePassphrase, passphraseReasonKey } from '../domain/passphrase';
import { emailField, phoneField } from './companies';
import { programmeLogoField } from './programmeIdentity';

/** The screens show the rule's number; the rule itself is in domain/passphrase. */
export { MIN_PASSPHRASE_LENGTH } from '../domain/passphrase';

export interface SessionStatus {
  /** Whether a store exists in the data folder (first run when false). */
  storeExists: boolean;
  unlocked: boolean;
  /** `keychain`: Electron unlocks with a secret kept by the OS; `passphrase`: the advisor types it. */
  unlockMode: 'passphrase' | 'keychain';
  /** The language the user chose, or null to follow the system. */
  language: Language | null;
  /** The language the system asks for: Swedish if the system is Swedish, else English. */
  systemLanguage: Language;
  /** Set while the laptop is handed over for a self-assessment: the renderer shows only that screen. */
  selfAssessment?: { roundId: string; personId: string; language: Language };
  /**
   * Keychain mode: opening the store at start failed (store.corrupt, store.newerVersion, store.keyFileDamaged,
   * store.keychainUnavailable). The store stays locked and the renderer shows the startup-error screen.
   */
  startupError?: { code: ErrorCode; params?: Record<string, unknown> } | null;
}

/**
 * What the advisor types to set the store aside: `session.setAside.phrase` in either language
 * (compared trimmed and case-sensitively). Kept equal to the locale strings (a test checks it).
 */
export const SET_ASIDE_PHRASES: readonly string[] = ['LÄGG UNDAN', 'SET ASIDE'];

export interface SetAsideResult {
  status: SessionStatus;
  /** The folder that now holds the old database and key file (absolute path). */
  folder: string;
  /** Keychain mode without a usable keychain: the app must be restarted to make a new store. */
  restartRequired: boolean;
}

export const passphraseField = z.string().min(1, { error: 'required' }).max(1024, { error: 'tooLong' });

/**
 * A passphrase being chosen (first run, change, an exchange file): long enough and hard enough to guess by the
 * domain's rule; a refusal says why (`passphraseShort`, `passphraseWeak.<reason>`).
 */
export const newPassphraseField = passphraseField.superRefine((value, ctx) => {
  const { reason } = judgePassphrase(value);
  if (reason) ctx.addIssue({ code: 'custom', message: passphraseReasonKey(reason) });
});

/** The session channels that must work before the store is unlocked; changing the passphrase needs it open. */
const whileLocked = { whileLocked: true };

export const sessionApi = {
  'session.status': channel<SessionStatus>({ whileLocked: true, selfAssessment: 'served' })(z.strictObject({})),
  'session.create': channel<SessionStatus>(whileLocked)(
    z
      .strictObject({ passphrase: newPassphraseField, confirmation: passphraseField })
      .refine((v) => v.passphrase === v.confirmation, { error: 'passphraseMismatch', path: ['confirmation'] }),
  ),
  /** Re-encrypts the store under a new passphrase (passphrase mode only; `store.noPassphraseMode` otherwise). */
  'session.changePassphrase': channel<SessionStatus>()(
    z
      .strictObject({ current: passphraseField, passphrase: newPassphraseField, confirmation: passphraseField })
      .refine((v) => v.passphrase === v.confirmation, { error: 'passphraseMismatch', path: ['confirmation'] }),
  ),
  'session.unlock': channel<SessionStatus>(whileLocked)(z.strictObject({ passphrase: passphraseField })),
  'session.lock': channel<SessionStatus>(whileLocked)(z.strictObject({})),
  'session.setLanguage': channel<SessionStatus>(whileLocked)(z.strictObject({ language: z.enum(LANGUAGES).nullable() })),
  /**
   * Moves (never deletes) the locked store and its key file into `<dataDir>/set-aside-<YYYYMMDD-HHmmss>/`.
   * Refused while unlocked (`store.unlocked`).
   */
  'session.setAside': channel<SetAsideResult>(whileLocked)(
    z.strictObject({
      confirmation: z
        .string()
        .max(100, { error: 'tooLong' })
        .refine((v) => SET_ASIDE_PHRASES.includes(v.trim()), { error: 'setAsidePhrase' }),
    }),
  ),
};

export interface Settings {
  advisorName: string | null;
  office: string | null;
  /** The shared exchange folder (a full path), where files to and from other offices go; null until chosen. */
  exchangeFolder: string | null;
  /** What an hour of the advisor's free advice is worth (SEK), counted as de minimis aid; null until set. */
  hourlyRateSek: number | null;
  /** SEK per EUR, for the de minimis ceiling (set in euros); null until set. */
  eurRate: number | null;
  /** Where backups go (a full path); null: `backups/` in the data folder. */
  backupFolder: string | null;
  /** Lock after this many idle minutes (passphrase mode). */
  autoLockMinutes: number;
  /** The programme's identity on printed documents (issue 16): its name and the owner's logo (a PNG or JPEG data URL). */
  programmeName: string | null;
  programmeLogo: string | null;
  /** This advisor's phone and e-mail, printed on the plan's cover of the companies they are the advisor of. */
  advisorPhone: string | null;
  advisorEmail: string | null;
}

/** A rate in Settings: a positive number below `max`, or null to clear it. Messages are keys under `errors.field.`. */
const rateField = (max: number) =>
  z
    .number({ error: 'number' })
    .finite({ error: 'number' })
    .positive({ error: 'aid.ratePositive' })
    .max(max, { error: 'aid.rateMax' })
    .nullable()
    .optional();

export const MAX_HOURLY_RATE_SEK = 100_000;
export const MAX_EUR_RATE = 1_000;
export const DEFAULT_AUTO_LOCK_MINUTES = 10;
export const MIN_AUTO_LOCK_MINUTES = 1;
export const MAX_AUTO_LOCK_MINUTES = 240;

/** A full path on macOS, Linux or Windows (a drive letter or a network share); empty text clears the setting. */
const ABSOLUTE_PATH = /^(\/|[A-Za-z]:[\\/]|\\\\)/;
const folderField = z
  .string()
  .trim()
  .max(1000, { error: 'tooLong' })
  .refine((v) => v === '' || ABSOLUTE_PATH.test(v), { error: 'folderPath' })
  .nullable()
  .optional();

export const settingsApi = {
  'settings.get': channel<Settings>()(z.strictObject({})),
  'settings.update': channel<Settings>()(
    z.strictObject({
      advisorName: z.string().trim().max(200).nullable().optional(),
      office: z.string().trim().max(200).nullable().optional(),
      exchangeFolder: folderField,
      hourlyRateSek: rateField(MAX_HOURLY_RATE_SEK),
      eurRate: rateField(MAX_EUR_RATE),
      backupFolder: folderField,
      autoLockMinutes: z
        .number({ error: 'number' })
        .int({ error: 'number' })
        .min(MIN_AUTO_LOCK_MINUTES, { error: 'autoLockRange' })
        .max(MAX_AUTO_LOCK_MINUTES, { error: 'autoLockRange' })
        .optional(),
      programmeName: z.string().trim().max(200, { error: 'tooLong' }).nullable().optional(),
      programmeLogo: programmeLogoField,
      advisorPhone: phoneField.optional(),
      advisorEmail: emailField.optional(),
    }),
  ),
};
