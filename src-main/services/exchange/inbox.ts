import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '@shared/api';
import { AppError } from '@shared/api/errors';
import type { ErrorCode } from '@shared/api/errors';
import type { Inbox, InboxApplyResult, InboxFile, InboxNote, InboxNoteReason, InboxPreview } from '@shared/api/exchange';
import type { OwnOffice } from '@shared/api/offices';
import type { Database } from '../../store/schema';
import { systemClock } from '../../store/transaction';
import type { ServiceDeps } from '../../store/transaction';
import { openFile, ownOffice } from '../offices';
import type { OpenedFile } from '../offices';
import { getSettings } from '../settings';
import { applyImport } from './apply';
import { emptyExchangeCounts } from './counts';
import { marksOf, recordMarks } from './delta';
import type { FolderEntry } from './folder';
import { addressedTo, checkFolder, deliveryFileName, moveToProcessed, readFolderFile, sameFingerprint, scanFolder } from './folder';
import { previewOpened } from './preview';
import { dropPreview, takePreview } from './previews';
import { alreadyApplied, missingBefore, receivedState, recordReceived } from './sequences';

/**
 * The inbox of the shared exchange folder: the files in it addressed to this office, each opened with this office's
 * own key (cheap: no passphrase to stretch) and shown with its sender, its number and the earlier numbers missing
 * here. Files still being written, cut short, not exchange files or for another office are left where they are, each
 * with a note for the advisor. An applied file moves to `processed/`.
 */

/** Refusals of a file that say it was never meant for this inbox, rather than that something is wrong with it. */
const REASON_OF: Partial<Record<ErrorCode, InboxNoteReason>> = {
  'exchange.truncated': 'truncated',
  'exchange.notAge': 'foreign',
  'exchange.notForThisOffice': 'otherOffice',
};

/** Reference refusals: with earlier files missing, the record the file refers to is most likely in one of them. */
const DEPENDS_ON_MISSING = new Set<string>(['exchange.missingReference', 'exchange.unknownPerson']);

interface Examined {
  entry: InboxFile;
  opened: OpenedFile;
}

function note(name: string, reason: InboxNoteReason, error?: AppError): InboxNote {
  return error ? { name, reason, error: { code: error.code, params: error.params as Record<string, string | number> } } : { name, reason };
}

/** A file of the folder as the inbox sees it: one to offer, or a note saying why not. */
async function examine(
  db: Kysely<Database>,
  folder: string,
  e: FolderEntry,
  own: OwnOffice,
  deps: ServiceDeps,
): Promise<Examined | InboxNote> {
  if (e.kind !== 'candidate') return note(e.name, e.kind);
  const to = addressedTo(e.name);
  // Named for another office: not opened at all.
  if (to !== null && !sameFingerprint(to, own.fingerprint)) return note(e.name, 'otherOffice');
  let opened: OpenedFile;
  try {
    opened = await openFile(db, await readFolderFile(folder, e.name), undefined, deps);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return note(e.name, REASON_OF[error.code] ?? 'unreadable', error);
  }
  // Sequence numbers are kept per sender: only a signature proves who that is.
  if (opened.sender.signature !== 'valid') return note(e.name, 'unsigned');
  const delivery = opened.file.delivery;
  if (delivery && !sameFingerprint(delivery.to, own.fingerprint)) return note(e.name, 'otherOffice');
  const state = await receivedState(db, opened.sender.fingerprint);
  return {
    opened,
    entry: {
      name: e.name,
      sender: opened.sender,
      sequence: delivery?.sequence ?? null,
      full: delivery?.full ?? false,
      exportedAt: opened.file.exportedAt,
      missing: delivery ? missingBefore(state, delivery.sequence, delivery.full) : [],
      duplicate: delivery ? alreadyApplied(state, delivery.sequence, opened.sha256) : false,
    },
  };
}

const isNote = (x: Examined | InboxNote): x is InboxNote => 'reason' in x;

/** The files of each sender in the folder at the last listing (`fingerprint:sequence` -> name): not applied, but here. */
let waiting = new Map<string, string>();

/** The numbers missing from a file's sender that are not waiting in the folder either: files that never arrived. */
const notArrived = (f: InboxFile) => f.missing.filter((n) => !waiting.has(`${f.sender.fingerprint}:${n}`));

/** The files for this office in the exchange folder, oldest number first per sender, and notes on the rest. */
export async function listInbox(db: Kysely<Database>, deps: ServiceDeps = systemClock): Promise<Inbox> {
  const folder = await checkFolder((await getSettings(db)).exchangeFolder);
  const own = await ownOffice(db, deps);
  const files: InboxFile[] = [];
  const ignored: InboxNote[] = [];
  for (const e of await scanFolder(folder)) {
    const x = await examine(db, folder, e, own, deps);
    if (isNote(x)) ignored.push(x);
    else files.push(x.entry);
  }
  waiting = new Map();
  for (const f of files) if (f.sequence !== null) waiting.set(`${f.sender.fingerprint}:${f.sequence}`, f.name);
  for (const f of files) f.missing = notArrived(f);
  files.sort(
    (a, b) =>
      a.sender.name.localeCompare(b.sender.name, 'sv') ||
      (a.sequence ?? 0) - (b.sequence ?? 0) ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  return { folder, files, ignored };
}

interface InboxPending {
  folder: string;
  entry: InboxFile;
  sha256: string;
}

/** Inbox previews waiting to be applied, by preview id (the preview itself is kept in previews.ts). */
const pending = new Map<string, InboxPending>();
const MAX_PENDING = 20;

/**
 * The preview of one inbox file, as the import shows it, with its place in the sender's sequence. A file that refers
 * to records neither here nor in it, while earlier files of its sender are missing, is refused naming the missing
 * file: nothing in it is applied until that file is, or a full resend arrives.
 */
export async function previewInbox(
  db: Kysely<Database>,
  input: ParsedInputOf<'exchange.inboxPreview'>,
  deps: ServiceDeps = systemClock,
): Promise<InboxPreview> {
  const folder = await checkFolder((await getSettings(db)).exchangeFolder);
  const own = await ownOffice(db, deps);
  const entry = (await scanFolder(folder)).find((e) => e.name === input.name);
  if (!entry) throw new AppError('exchange.folder.fileGone', { name: input.name });
  const x = await examine(db, folder, entry, own, deps);
  if (isNote(x)) {
    if (x.error) throw new AppError(x.error.code as ErrorCode, x.error.params);
    throw new AppError('exchange.folder.notInInbox', { name: input.name });
  }
  let preview;
  try {
    preview = await previewOpened(db, x.opened, deps);
  } catch (error) {
    // Not applied here: missing, or waiting in the folder (then it is named as it is there).
    const missing = x.entry.missing;
    if (error instanceof AppError && DEPENDS_ON_MISSING.has(error.code) && missing.length > 0) {
      const sender = x.entry.sender.name;
      const first = missing[0]!;
      const file = waiting.get(`${x.entry.sender.fingerprint}:${first}`) ?? deliveryFileName(sender, first, own.fingerprint);
      throw new AppError('exchange.dependsOnMissing', { sender, missing: missing.join(', '), file });
    }
    throw error;
  }
  const shown = { ...x.entry, missing: notArrived(x.entry) };
  while (pending.size >= MAX_PENDING) pending.delete(pending.keys().next().value as string);
  pending.set(preview.previewId, { folder, entry: shown, sha256: x.opened.sha256 });
  return { ...preview, inbox: shown };
}

/**
 * Applies a previewed inbox file with the advisor's decisions, records its number (and, for an office of the address
 * book, that it now has what the file carries, so that the next send does not echo it back) in the same transaction,
 * and moves the file to `processed/`. A file applied before changes nothing: it is only moved.
 */
export async function applyInbox(
  db: Kysely<Database>,
  input: ParsedInputOf<'exchange.inboxApply'>,
  deps: ServiceDeps = systemClock,
): Promise<InboxApplyResult> {
  const p = pending.get(input.previewId);
  if (!p) throw new AppError('exchange.previewExpired');
  const { entry, sha256 } = p;
  const fingerprint = entry.sender.fingerprint;
  const sequence = entry.sequence;
  const duplicate = sequence !== null && alreadyApplied(await receivedState(db, fingerprint), sequence, sha256);
  let counts = emptyExchangeCounts();
  if (duplicate) {
    takePreview(input.previewId, deps.now().getTime());
    dropPreview(input.previewId);
  } else {
    counts = await applyImport(db, input, deps, async (trx, stored) => {
      const appliedAt = deps.now().toISOString();
      if (sequence !== null) await recordReceived(trx, { senderFingerprint: fingerprint, sequence, sha256, appliedAt, full: entry.full });
      if (entry.sender.officeId) await recordMarks(trx, entry.sender.officeId, await marksOf(trx, stored.file));
    });
  }
  pending.delete(input.previewId);
  const movedTo = await moveToProcessed(p.folder, entry.name).catch(() => null);
  return { counts, duplicate, movedTo };
}

/** Tests only: forget the inbox's previews. */
export function clearInboxPreviews(): void {
  pending.clear();
}
