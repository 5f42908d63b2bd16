import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '@shared/api/errors';
import { EXCHANGE_FILE_EXTENSION, MAX_EXCHANGE_FILE_BYTES } from '@shared/api/exchange';
import { slug } from './export';

/**
 * The shared exchange folder (a network drive or a cloud-synced folder): files for other offices are written into it,
 * files for this office are read from it and, once applied, moved to `processed/`. A sync client may show a file
 * while it is still arriving, so a file is written under a hidden temporary name in the same folder, flushed to disk
 * and then renamed: a reader sees either nothing or the whole file, never a part.
 */

export const PROCESSED = 'processed';

/** Where a file arrives by a sync client or a copy: these names are files still on their way. */
const PARTIAL = /^[.~]|\.(partial|tmp|temp|part|crdownload|download|sb-[a-z0-9-]+)$/i;
/** What operating systems leave in any folder: not worth a note. */
const JUNK = new Set(['desktop.ini', 'thumbs.db', '.ds_store']);
/** `<sender>-<sequence>-to-<recipient fingerprint>.vaxtkraft` */
const DELIVERY_NAME = /^[a-z0-9-]+-(\d{6,})-to-([A-Z2-7]{16})\.vaxtkraft$/;

const compact = (fingerprint: string) => fingerprint.replace(/[^A-Za-z0-9]/g, '').toUpperCase();

/** The name of a delta: who sent it, its number, and whose it is (so that an inbox skips another office's unopened). */
export function deliveryFileName(senderName: string, sequence: number, toFingerprint: string): string {
  return `${slug(senderName)}-${String(sequence).padStart(6, '0')}-to-${compact(toFingerprint)}${EXCHANGE_FILE_EXTENSION}`;
}

/** The recipient a file's name gives, when it follows the naming of deltas. */
export function addressedTo(name: string): string | null {
  return DELIVERY_NAME.exec(name)?.[2] ?? null;
}

export function sameFingerprint(a: string, b: string): boolean {
  return compact(a) === compact(b);
}

export type EntryKind = 'candidate' | 'partial' | 'foreign';

export interface FolderEntry {
  name: string;
  kind: EntryKind;
}

/** The folder must be an absolute path to an existing folder. */
export async function checkFolder(folder: string | null): Promise<string> {
  if (folder === null) throw new AppError('exchange.folder.notSet');
  try {
    if (path.isAbsolute(folder) && (await fs.stat(folder)).isDirectory()) return folder;
  } catch {
    // Reported below: the advisor's next step is the same (choose the folder again, or connect the drive).
  }
  throw new AppError('exchange.folder.unavailable', { folder });
}

/** The files directly in the folder (not in `processed/`), sorted by name, each with what it looks like. */
export async function scanFolder(folder: string): Promise<FolderEntry[]> {
  const entries = await fs.readdir(folder, { withFileTypes: true });
  const out: FolderEntry[] = [];
  for (const e of entries) {
    if (!e.isFile() || JUNK.has(e.name.toLowerCase())) continue;
    const kind: EntryKind = PARTIAL.test(e.name)
      ? 'partial'
      : e.name.toLowerCase().endsWith(EXCHANGE_FILE_EXTENSION)
        ? 'candidate'
        : 'foreign';
    out.push({ name: e.name, kind });
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** A name the renderer gave: a plain file name in the folder, never a path out of it. */
export function inFolder(folder: string, name: string): string {
  if (name !== path.basename(name) || name === '.' || name === '..' || name.includes('/') || name.includes('\\')) {
    throw new AppError('exchange.folder.fileGone', { name });
  }
  return path.join(folder, name);
}

/** A file of the folder, at most as large as an import accepts. */
export async function readFolderFile(folder: string, name: string): Promise<Uint8Array> {
  const file = inFolder(folder, name);
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    throw new AppError('exchange.folder.fileGone', { name });
  }
  if (stat.size > MAX_EXCHANGE_FILE_BYTES)
    throw new AppError('exchange.tooLarge', { limitMb: Math.round(MAX_EXCHANGE_FILE_BYTES / 1024 / 1024) });
  return new Uint8Array(await fs.readFile(file));
}

/** What writeAtomic does to the disk; tests replace a step to make it fail. */
export interface FolderIo {
  open: typeof fs.open;
  rename: typeof fs.rename;
  unlink: typeof fs.unlink;
}

const NODE_IO: FolderIo = { open: fs.open, rename: fs.rename, unlink: fs.unlink };

/**
 * Writes `bytes` as `folder/name`: a hidden temporary name in the same folder (a rename across folders would be a
 * copy), flushed to disk, then renamed over the name. On any failure the temporary file is removed and nothing is
 * left under the name. Returns the file's path.
 */
export async function writeAtomic(folder: string, name: string, bytes: Uint8Array, io: FolderIo = NODE_IO): Promise<string> {
  const target = inFolder(folder, name);
  const temp = path.join(folder, `.${name}.${crypto.randomBytes(6).toString('hex')}.partial`);
  try {
    const handle = await io.open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await io.rename(temp, target);
  } catch {
    await io.unlink(temp).catch(() => undefined);
    throw new AppError('exchange.folder.writeFailed', { folder });
  }
  await syncFolder(folder);
  return target;
}

/** The rename itself reaches the disk with the folder's entry; some systems (Windows, some network drives) cannot. */
async function syncFolder(folder: string): Promise<void> {
  try {
    const dir = await fs.open(folder, 'r');
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
  } catch {
    // Best effort: the file itself is on disk.
  }
}

/** Moves an applied file to `processed/` (a second file of the same name there gets a number). Returns the new path. */
export async function moveToProcessed(folder: string, name: string): Promise<string> {
  const from = inFolder(folder, name);
  const dir = path.join(folder, PROCESSED);
  await fs.mkdir(dir, { recursive: true });
  const ext = path.extname(name);
  const stem = name.slice(0, name.length - ext.length);
  for (let n = 1; ; n++) {
    const to = path.join(dir, n === 1 ? name : `${stem}-${n}${ext}`);
    try {
      await fs.access(to);
    } catch {
      await fs.rename(from, to);
      return to;
    }
  }
}
