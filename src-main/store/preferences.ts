import fs from 'node:fs';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';
import { LANGUAGES } from '@shared/i18n/languages';
import type { Language } from '@shared/i18n/languages';
import { preferencesPath } from './paths';

/** Plain JSON next to the store: readable while locked, so it must never hold personal data. */
const preferencesSchema = z.object({
  language: z.enum(LANGUAGES).nullable().catch(null).default(null),
});

export interface Preferences {
  language: Language | null;
}

export const DEFAULT_PREFERENCES: Preferences = { language: null };

export function readPreferences(dataDir: string): Preferences {
  try {
    const parsed = preferencesSchema.safeParse(JSON.parse(fs.readFileSync(preferencesPath(dataDir), 'utf8')));
    return parsed.success ? { language: parsed.data.language } : { ...DEFAULT_PREFERENCES };
  } catch {
    // Missing or damaged: start from the defaults rather than refuse to start.
    return { ...DEFAULT_PREFERENCES };
  }
}

export function writePreferences(dataDir: string, prefs: Preferences): void {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  writeFileAtomic.sync(preferencesPath(dataDir), `${JSON.stringify({ language: prefs.language }, null, 2)}\n`, { mode: 0o600 });
}
