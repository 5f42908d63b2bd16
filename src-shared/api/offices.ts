import { z } from 'zod';
import { channel } from './contract';
import { id } from './fields';
import { newPassphraseField, passphraseField } from './session';
import { OFFICE_NAME_MAX, parseOfficeCard } from '../domain/office';
import type { OfficeCard } from '../domain/office';

/**
 * Office keys (issue 12): this office's own key pair and public card, the address book of other offices, and the
 * identity's export and import when an advisor changes laptops.
 */

export interface OwnOffice {
  name: string;
  recipient: string;
  signingKey: string;
  fingerprint: string;
  /** The one line to give another office (see domain/office.ts). */
  card: string;
}

export interface Office {
  id: string;
  name: string;
  recipient: string;
  signingKey: string;
  fingerprint: string;
  /** The day an advisor read the fingerprint with the other office, or null. */
  verifiedAt: string | null;
  createdAt: string;
}

export interface IdentityExport {
  fileName: string;
  base64: string;
}

/** Who sent an exchange file, as its preview shows it. */
export interface FileSender {
  name: string;
  fingerprint: string;
  /** The address-book office whose keys the file names, or null (an unknown office). */
  officeId: string | null;
  /** `unsigned`: a file from before signatures, or made without the app. */
  signature: 'valid' | 'invalid' | 'unsigned';
}

/** What the advisor types to replace this office's identity with an imported one. */
export const REPLACE_IDENTITY_PHRASES: readonly string[] = ['ERSÄTT NYCKELN', 'REPLACE KEY'];

export const IDENTITY_FILE_EXTENSION = '.age';
const MAX_IDENTITY_BASE64 = 64 * 1024;

const officeName = z.string().trim().min(1, { error: 'required' }).max(OFFICE_NAME_MAX, { error: 'tooLong' });

/** A pasted card, refused at its field with what is wrong (`officeCard.format`, `.recipient`, …). */
export const officeCardField = z
  .string()
  .max(2000, { error: 'tooLong' })
  .transform((text, ctx): OfficeCard => {
    const parsed = parseOfficeCard(text);
    if (parsed.ok) return parsed.card;
    ctx.addIssue({ code: 'custom', message: `officeCard.${parsed.problem}` });
    return z.NEVER;
  });

const phrase = z
  .string()
  .max(100, { error: 'tooLong' })
  .refine((v) => REPLACE_IDENTITY_PHRASES.includes(v.trim()), { error: 'replaceIdentityPhrase' });

export const officesApi = {
  'offices.own': channel<OwnOffice>()(z.strictObject({})),
  'offices.list': channel<Office[]>()(z.strictObject({})),
  /** The name is the advisor's own for the office (empty: the card's). */
  'offices.add': channel<Office>()(z.strictObject({ card: officeCardField, name: officeName.optional() })),
  /** Records today (the injected clock) as the day the fingerprint was read with the other office. */
  'offices.verify': channel<Office>()(z.strictObject({ id })),
  'offices.rename': channel<Office>()(z.strictObject({ id, name: officeName })),
  'offices.remove': channel<Office[]>()(z.strictObject({ id })),
  'offices.exportIdentity': channel<IdentityExport>()(
    z
      .strictObject({ passphrase: newPassphraseField, confirmation: passphraseField })
      .refine((v) => v.passphrase === v.confirmation, { error: 'passphraseMismatch', path: ['confirmation'] }),
  ),
  'offices.importIdentity': channel<OwnOffice>()(
    z.strictObject({
      base64: z.string().min(1, { error: 'required' }).max(MAX_IDENTITY_BASE64, { error: 'tooLong' }),
      passphrase: passphraseField,
      confirmation: phrase,
    }),
  ),
};
