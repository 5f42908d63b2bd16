import { AppError } from '@shared/api/errors';

/**
 * What an age file's header asks for, read before any key derivation. age-encryption accepts scrypt work factors up
 * to 2^20 (about 1 GiB of memory and seconds of CPU per attempt), chosen by whoever made the file: Växtkraft and
 * age itself write 2^18, so anything above is refused unopened. A file made for a key (an X25519 or other
 * recipient stanza) opens with no passphrase and gets its own message rather than "wrong passphrase".
 *
 * The header (age-encryption.org/v1): the version line, then stanzas `-> TYPE ARG…` each followed by base64 body
 * lines, then `--- MAC`.
 */
export const MAX_SCRYPT_WORK_FACTOR = 18;

export interface AgeStanza {
  type: string;
  args: string[];
}

/** The stanzas of a header that ends at `end` (after its MAC line). */
export function headerStanzas(file: Buffer, end: number): AgeStanza[] {
  const lines = file.subarray(0, end).toString('latin1').split('\n');
  return lines
    .filter((line) => line.startsWith('-> '))
    .map((line) => {
      const [type = '', ...args] = line.slice(3).split(' ');
      return { type, args };
    });
}

/**
 * Throws `exchange.recipientFile` (a key file and no identity to try), `exchange.passphraseNeeded` (a passphrase
 * file and no passphrase) or `exchange.workFactorTooHigh`; a malformed stanza is left to age to refuse. Returns
 * whether the file is a passphrase (scrypt) file.
 */
export function checkHeader(stanzas: readonly AgeStanza[], have: { passphrase: boolean; identity: boolean } = NO_IDENTITY): boolean {
  const scrypt = stanzas.find((s) => s.type === 'scrypt');
  if (!scrypt) {
    if (stanzas.length > 0 && !have.identity) throw new AppError('exchange.recipientFile');
    return false;
  }
  if (!have.passphrase) throw new AppError('exchange.passphraseNeeded');
  const logN = scrypt.args[1];
  if (logN !== undefined && /^\d{1,3}$/.test(logN) && Number(logN) > MAX_SCRYPT_WORK_FACTOR) {
    throw new AppError('exchange.workFactorTooHigh', { found: Number(logN), max: MAX_SCRYPT_WORK_FACTOR });
  }
  return true;
}

const NO_IDENTITY = { passphrase: true, identity: false };
