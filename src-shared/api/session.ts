import { z } from 'zod';
import { channel } from './contract';
import { LANGUAGES } from '../i18n/languages';
import type { Language } from '../i18n/languages';

export const MIN_PASSPHRASE_LENGTH = 10;

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
}

export const passphraseField = z.string().min(1, { error: 'required' }).max(1024, { error: 'tooLong' });

/** A passphrase being chosen (first run or change): at least MIN_PASSPHRASE_LENGTH characters. */
const newPassphraseField = passphraseField.refine((v) => v.length >= MIN_PASSPHRASE_LENGTH, { error: 'passphraseShort' });

export const sessionApi = {
  'session.status': channel<SessionStatus>()(z.strictObject({})),
  'session.create': channel<SessionStatus>()(
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
  'session.unlock': channel<SessionStatus>()(z.strictObject({ passphrase: passphraseField })),
  'session.lock': channel<SessionStatus>()(z.strictObject({})),
  'session.setLanguage': channel<SessionStatus>()(z.strictObject({ language: z.enum(LANGUAGES).nullable() })),
};

export interface Settings {
  advisorName: string | null;
  office: string | null;
}

export const settingsApi = {
  'settings.get': channel<Settings>()(z.strictObject({})),
  'settings.update': channel<Settings>()(
    z.strictObject({
      advisorName: z.string().trim().max(200).nullable().optional(),
      office: z.string().trim().max(200).nullable().optional(),
    }),
  ),
};
