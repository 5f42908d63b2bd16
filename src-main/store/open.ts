import fs from 'node:fs';
import Sqlite from 'better-sqlite3-multiple-ciphers';
import { Kysely, SqliteDialect } from 'kysely';
import { AppError } from '@shared/api/errors';
import type { Database } from './schema';

export type RawDatabase = Sqlite.Database;

/** A passphrase goes through SQLCipher's key derivation; a raw key (64 hex digits, 256 bits) is used as is. */
export type StoreKey = { kind: 'passphrase'; passphrase: string } | { kind: 'raw'; hex: string };

const RAW_KEY = /^[0-9a-fA-F]{64}$/;
const PLAIN_SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

function keyPragma(key: StoreKey): string {
  if (key.kind === 'raw') {
    if (!RAW_KEY.test(key.hex)) throw new AppError('store.keyFileDamaged');
    return `key = "x'${key.hex.toLowerCase()}'"`;
  }
  return `key = '${key.passphrase.replace(/'/g, "''")}'`;
}

/**
 * Cipher settings, then the key, in the order SQLCipher 4 tools expect. Without `legacy=4` the first
 * 16 bytes stay a plain header and the sqlcipher tool rejects the file.
 */
export function applyKey(raw: RawDatabase, key: StoreKey): void {
  raw.pragma(`cipher = 'sqlcipher'`);
  raw.pragma('legacy = 4');
  raw.pragma(keyPragma(key));
}

/**
 * What can be told about a store file without its key. An encrypted page looks random, so a wrong key and
 * random bytes are indistinguishable; but an empty, truncated or plain-SQLite file is not one of ours.
 */
function checkFileShape(file: string): void {
  const size = fs.statSync(file).size;
  if (size < 512 || size % 512 !== 0) throw new AppError('store.corrupt', { reason: 'size' });
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(16);
    fs.readSync(fd, head, 0, 16, 0);
    if (head.equals(PLAIN_SQLITE_HEADER)) throw new AppError('store.corrupt', { reason: 'unencrypted' });
  } finally {
    fs.closeSync(fd);
  }
}

function sqliteCode(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' ? e.code : undefined;
}

/** SQLite failures that mean "this file is damaged", as an AppError; anything else unchanged. */
export function storeError(e: unknown): unknown {
  const code = sqliteCode(e);
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') return new AppError('store.corrupt', { reason: code });
  return e;
}

/**
 * Set on every connection the app opens, once its key is proven.
 * - `temp_store = MEMORY`: SQLite's temporary files (large sorts, temporary indexes) are not encrypted; kept in
 *   memory, nothing readable without the key reaches the disk.
 * - `synchronous = FULL`: with WAL, NORMAL never corrupts the file but a power cut (a laptop's battery) can roll
 *   back the last commits; FULL syncs the WAL at every commit, so an acknowledged save survives it.
 */
export const CONNECTION_PRAGMAS = ['temp_store = MEMORY', 'synchronous = FULL'] as const;

export function applyConnectionPragmas(raw: RawDatabase): void {
  for (const pragma of CONNECTION_PRAGMAS) raw.pragma(pragma);
}

/** Owner-only files (0600): the store and, as SQLite gives them the store file's mode, its -wal and -shm. */
function restrictFile(file: string): void {
  try {
    fs.chmodSync(file, 0o600);
  } catch {
    // A file system without modes (FAT, some network shares): nothing to restrict.
  }
}

export interface OpenOptions {
  /** true: make a new store (refused if the file exists); false: open the existing one (refused if missing). */
  create: boolean;
  /** Refuse (before any write, even the journal mode) a database whose user_version is above this. */
  maxVersion?: number;
}

/**
 * Opens (or creates) the encrypted database and proves the key with a read before anything can be written:
 * a wrong key leaves every byte of the data folder as it was.
 */
export function openEncrypted(file: string, key: StoreKey, { create, maxVersion }: OpenOptions): RawDatabase {
  const exists = fs.existsSync(file);
  if (create && exists) throw new AppError('store.exists');
  if (!create) {
    if (!exists) throw new AppError('store.missing');
    checkFileShape(file);
  }
  const raw = new Sqlite(file, { fileMustExist: !create });
  try {
    // Before the journal exists: SQLite creates -wal and -shm with the store file's mode.
    restrictFile(file);
    applyKey(raw, key);
    try {
      raw.prepare('SELECT count(*) AS n FROM sqlite_master').get();
    } catch (e) {
      const code = sqliteCode(e);
      if (code === 'SQLITE_NOTADB') throw new AppError('store.wrongPassphrase');
      throw storeError(e);
    }
    const found = raw.pragma('user_version', { simple: true }) as number;
    if (maxVersion !== undefined && found > maxVersion) {
      throw new AppError('store.newerVersion', { found, known: maxVersion });
    }
    raw.pragma('journal_mode = WAL');
    raw.pragma('foreign_keys = ON');
    applyConnectionPragmas(raw);
    return raw;
  } catch (e) {
    raw.close();
    throw e;
  }
}

export function createKysely(raw: RawDatabase): Kysely<Database> {
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
}
