import { AppError } from '@shared/api/errors';
import type { KeyExport } from '@shared/api/backups';
import type { StoreKey } from '../../store/open';
import { encrypt } from '../exchange/crypto';

/** The first line of an exported key: what the file is, then the key (64 hex digits) on the second line. */
export const KEY_EXPORT_HEADER = 'VAXTKRAFT-STORE-KEY-1';

/**
 * Keychain mode: the store's key, encrypted with a passphrase the advisor chooses, as an age file (scrypt). The
 * standard `age -d` tool opens it; without it a backup made in keychain mode is useless once the laptop is gone.
 */
export async function exportKey(key: StoreKey | null, passphrase: string, scryptWorkFactor?: number): Promise<KeyExport> {
  if (key?.kind !== 'raw') throw new AppError('backups.keyExportKeychainOnly');
  const text = `${KEY_EXPORT_HEADER}\n${key.hex.toLowerCase()}\n`;
  const bytes = await encrypt(new TextEncoder().encode(text), passphrase, scryptWorkFactor);
  return { fileName: 'vaxtkraft-key.age', base64: Buffer.from(bytes).toString('base64') };
}
