import { z } from 'zod';
import type { RoundKind } from './assessments';
import { channel } from './contract';
import type { FileSender } from './offices';
import { id } from './fields';
import { newPassphraseField, passphraseField } from './session';

/** The largest exchange file accepted, before decryption (stated to the advisor in `errors.exchange.tooLarge`). */
export const MAX_EXCHANGE_FILE_BYTES = 40 * 1024 * 1024;
/** Base64 of the largest file, with room for the rest of the request. */
const MAX_BASE64_CHARS = 64 * 1024 * 1024;
/** Exchange files travel as base64 in the body: the exchange channels take a larger body than the rest. */
export const MAX_EXCHANGE_PAYLOAD_BYTES = MAX_BASE64_CHARS + 64 * 1024;
const exchangePolicy = { maxPayloadBytes: MAX_EXCHANGE_PAYLOAD_BYTES };

export const EXCHANGE_FILE_EXTENSION = '.vaxtkraft';

/**
 * The record types an exchange file carries, named as in the `tombstones` table. Answers, area targets, goals,
 * strategies, round people and ratings travel inside their round and follow its revision.
 */
export const EXCHANGE_ENTITIES = [
  'company',
  'person',
  'round',
  'custom_competence',
  'plan',
  'activity',
  'provider',
  'contact',
  'aid',
] as const;
export type ExchangeEntity = (typeof EXCHANGE_ENTITIES)[number];

export interface ExchangeExportResult {
  fileName: string;
  base64: string;
  bytes: number;
  companies: number;
  people: number;
  rounds: number;
  activities: number;
}

export type CompanyImportKind = 'new' | 'updated' | 'unchanged' | 'conflict';

export interface ExchangeConflict {
  /** `entity:id`: the key of this conflict in `exchange.apply`'s `resolutions`. */
  key: string;
  entity: ExchangeEntity;
  id: string;
  /**
   * The record's name, as it is here (or in the file when it is gone here): a person's, company's, provider's or
   * custom competence's name, an activity's title; a round's date; empty for a plan.
   */
  name: string;
  /** For a round: its kind and date, so that the UI can label it in the advisor's language. */
  roundKind?: RoundKind;
  roundDate?: string;
  /**
   * Fields that differ (the file record's field names, or a round's child set such as `answers`); `deleted` when
   * one side deleted the record; `orgNumber` for a clash with another company; `plan` for a second plan of a company.
   */
  fields: string[];
  /** Taking theirs is impossible (another company here has the same organisation number). */
  onlyMine: boolean;
}

export interface CompanyPreview {
  id: string;
  name: string;
  kind: CompanyImportKind;
  conflicts: ExchangeConflict[];
  /** What the file does to this company's rounds and plan activities. */
  rounds: EntityCounts;
  activities: EntityCounts;
}

export interface EntityCounts {
  new: number;
  updated: number;
  unchanged: number;
  deleted: number;
  /** The record here is newer than the file's (or the advisor kept it): left as it is. */
  keptLocal: number;
  conflicts: number;
}

export interface ExchangeCounts {
  companies: EntityCounts;
  people: EntityCounts;
  rounds: EntityCounts;
  customCompetences: EntityCounts;
  plans: EntityCounts;
  activities: EntityCounts;
  providers: EntityCounts;
  /** Files before format 4 hold no contacts; older log entries have no count for them. */
  contacts: EntityCounts;
  /** Declared de minimis aid (format 5); older files and log entries have none. */
  aid: EntityCounts;
}

export interface ExchangePreview {
  previewId: string;
  /** Where the file comes from. */
  source: { office: string | null; advisor: string | null; exportedAt: string; appVersion: string };
  /** The sending office and whether its signature matches an office of the address book (issue 12). */
  sender: FileSender;
  fileSha256: string;
  companies: CompanyPreview[];
  counts: ExchangeCounts;
  expiresAt: string;
}

export interface ImportLogEntry {
  id: string;
  importedAt: string;
  advisor: string | null;
  office: string | null;
  sourceOffice: string | null;
  sourceAdvisor: string | null;
  exportedAt: string;
  fileSha256: string;
  counts: ExchangeCounts;
}

/**
 * A file for one or more offices of the address book (`officeIds`: only they open it), or, for the odd case, one
 * protected with a passphrase and its confirmation. Every file is signed by this office.
 */
export const exchangeExportSchema = z
  .strictObject({
    companyIds: z.union([z.literal('all'), z.array(id).min(1, { error: 'required' }).max(100_000)]),
    passphrase: newPassphraseField.optional(),
    confirmation: passphraseField.optional(),
    officeIds: z.array(id).min(1, { error: 'required' }).max(100).optional(),
    office: z.string().trim().max(200).nullable().optional(),
    advisor: z.string().trim().max(200).nullable().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.officeIds !== undefined) return;
    if (v.passphrase === undefined) ctx.addIssue({ code: 'custom', message: 'required', path: ['passphrase'] });
    else if (v.passphrase !== v.confirmation) ctx.addIssue({ code: 'custom', message: 'passphraseMismatch', path: ['confirmation'] });
  });

/** Without a passphrase, the file is opened with this office's own key (a file sent to this office). */
export const exchangePreviewSchema = z.strictObject({
  base64: z.string().min(1, { error: 'required' }).max(MAX_BASE64_CHARS),
  passphrase: passphraseField.optional(),
});

export const exchangeApplySchema = z.strictObject({
  previewId: z.string().min(1).max(100),
  resolutions: z
    .record(z.string().max(100), z.enum(['mine', 'theirs']))
    .refine((r) => Object.keys(r).length <= 1_000_000)
    .default({}),
});

/** Sending changes to an office of the address book (issue 12): its last file, for the send panel. */
export interface OfficeSendState {
  officeId: string;
  name: string;
  fingerprint: string;
  /** The last file sent to it, or null: the first file carries everything. */
  last: { sequence: number; sentAt: string; fileName: string; full: boolean } | null;
}

/** A file written to the exchange folder for one office. */
export interface SendResult {
  officeId: string;
  fileName: string;
  /** Where it was written (the exchange folder). */
  path: string;
  sequence: number;
  full: boolean;
  bytes: number;
  companies: number;
  people: number;
  rounds: number;
  activities: number;
  tombstones: number;
}

/**
 * Why a file of the exchange folder is not in the inbox: `partial` a temporary name (still being written or synced),
 * `foreign` not an exchange file, `truncated` cut short, `otherOffice` addressed to another office, `unsigned` without
 * a valid signature, `unreadable` any other refusal (`error` says which).
 */
export const INBOX_NOTE_REASONS = ['partial', 'foreign', 'truncated', 'otherOffice', 'unsigned', 'unreadable'] as const;
export type InboxNoteReason = (typeof INBOX_NOTE_REASONS)[number];

export interface InboxNote {
  name: string;
  reason: InboxNoteReason;
  error?: { code: string; params: Record<string, string | number> };
}

/** A file in the exchange folder addressed to this office. */
export interface InboxFile {
  name: string;
  sender: FileSender;
  /** Its number in the sender's sequence to this office (null: a file without one, e.g. an export to offices). */
  sequence: number | null;
  full: boolean;
  exportedAt: string;
  /** Earlier numbers from the same sender not applied here (none for a full file). */
  missing: number[];
  /** This very file (number and content) was applied here before: applying it again changes nothing. */
  duplicate: boolean;
}

export interface Inbox {
  folder: string;
  files: InboxFile[];
  ignored: InboxNote[];
}

export interface InboxPreview extends ExchangePreview {
  inbox: InboxFile;
}

export interface InboxApplyResult {
  counts: ExchangeCounts;
  /** A file applied before: nothing was written, it was only moved. */
  duplicate: boolean;
  /** Where the file went (`processed/`), or null when it could not be moved (it was applied all the same). */
  movedTo: string | null;
}

/** A plain file name in the exchange folder, never a path. */
export const folderFileName = z
  .string()
  .min(1, { error: 'required' })
  .max(255, { error: 'tooLong' })
  .refine((v) => !/[/\\]/.test(v) && v !== '.' && v !== '..', { error: 'invalid' });

export const exchangeApi = {
  'exchange.export': channel<ExchangeExportResult>(exchangePolicy)(exchangeExportSchema),
  'exchange.preview': channel<ExchangePreview>(exchangePolicy)(exchangePreviewSchema),
  'exchange.apply': channel<ExchangeCounts>(exchangePolicy)(exchangeApplySchema),
  'exchange.log': channel<ImportLogEntry[]>(exchangePolicy)(z.strictObject({})),
  'exchange.sendState': channel<OfficeSendState[]>()(z.strictObject({})),
  /** Writes the changes since the last file to the office (everything, with `full`) into the exchange folder. */
  'exchange.send': channel<SendResult>()(z.strictObject({ officeId: id, full: z.boolean().default(false) })),
  'exchange.inbox': channel<Inbox>()(z.strictObject({})),
  'exchange.inboxPreview': channel<InboxPreview>()(z.strictObject({ name: folderFileName })),
  'exchange.inboxApply': channel<InboxApplyResult>(exchangePolicy)(exchangeApplySchema),
};
