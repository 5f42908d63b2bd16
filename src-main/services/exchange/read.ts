import crypto from 'node:crypto';
import type { z } from 'zod';
import { AppError } from '@shared/api/errors';
import { MAX_EXCHANGE_FILE_BYTES } from '@shared/api/exchange';
import { maskOrgNumber, parseOrgNumber } from '@shared/domain/orgNumber';
import { signatureOf } from '../offices/signature';
import type { SignatureStatus } from '../offices/signature';
import { decrypt, MAX_UNPACKED_BYTES, unpack } from './crypto';
import type { DecryptKeys } from './crypto';
import type { ExchangeFile } from './format';
import { exchangeFileSchema, FORMAT_NAME, FORMAT_VERSION } from './format';
import { runReadWorker } from './worker';

/** Reading an exchange file: the size check, decryption, unpacking and validation of its content. */

const mb = (bytes: number) => Math.round(bytes / (1024 * 1024));

function firstIssuePath(error: z.ZodError): string {
  const path = error.issues[0]?.path.map(String).join('.') ?? '';
  return (path || '(root)').slice(0, 80);
}

export interface ReadLimits {
  file: number;
  unpacked: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = { file: MAX_EXCHANGE_FILE_BYTES, unpacked: MAX_UNPACKED_BYTES };

export interface ReadResult {
  file: ExchangeFile;
  sha256: string;
  /** Whether the file's signature matches the signing key its sender names (services/offices matches the sender). */
  signature: SignatureStatus;
}

/**
 * Everything from the uploaded bytes to a checked file, in a worker thread: the scrypt run, the unpacking and the
 * validation take seconds for a large file, and the main process must answer the window meanwhile. Throws one
 * `exchange.*` error per kind of bad input.
 */
export async function readExchangeFile(
  base64: string,
  keys: string | DecryptKeys,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): Promise<ReadResult> {
  return runReadWorker({ base64, keys, limits });
}

/** The same, in the calling thread (the worker's body). */
export async function readExchangeFileHere(
  base64: string,
  keys: string | DecryptKeys,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): Promise<ReadResult> {
  if (Math.floor((base64.length * 3) / 4) > limits.file + 2) throw new AppError('exchange.tooLarge', { limitMb: mb(limits.file) });
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > limits.file) throw new AppError('exchange.tooLarge', { limitMb: mb(limits.file) });
  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
  const json = unpack(await decrypt(bytes, keys), limits.unpacked);

  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new AppError('exchange.invalidContent', { path: '(json)' });
  }
  const head = (typeof raw === 'object' && raw !== null ? raw : {}) as { format?: unknown; formatVersion?: unknown };
  if (head.format !== FORMAT_NAME) throw new AppError('exchange.invalidContent', { path: 'format' });
  if (typeof head.formatVersion === 'number' && head.formatVersion > FORMAT_VERSION) {
    throw new AppError('exchange.newerFormat', { found: head.formatVersion, known: FORMAT_VERSION });
  }
  const parsed = exchangeFileSchema.safeParse(raw);
  if (!parsed.success) throw new AppError('exchange.invalidContent', { path: firstIssuePath(parsed.error) });
  checkDuplicates(parsed.data);
  return { file: parsed.data, sha256, signature: signatureOf(raw) };
}

/** A sole trader's number is a personnummer: a message shows it masked. */
function shownOrgNumber(value: string): string {
  const org = parseOrgNumber(value);
  return org.ok ? maskOrgNumber(org.canonical, org.kind) : '';
}

function checkDuplicates(file: ExchangeFile): void {
  const seen = new Set<string>();
  const once = (entity: string, id: string) => {
    const key = `${entity}:${id}`;
    if (seen.has(key)) throw new AppError('exchange.duplicateIds', { entity, id });
    seen.add(key);
  };
  for (const c of file.companies) once('company', c.id);
  for (const p of file.people) once('person', p.id);
  for (const r of file.rounds) {
    once('round', r.id);
    for (const g of r.goals) once('goal', g.id);
    for (const s of r.strategies) once('strategy', s.id);
    const child = new Set<string>();
    const key = (kind: string, ...parts: string[]) => {
      const k = [kind, ...parts].join(':');
      if (child.has(k)) throw new AppError('exchange.duplicateIds', { entity: `round.${kind}`, id: r.id });
      child.add(k);
    };
    for (const a of r.answers) key('answer', a.questionId);
    for (const t of r.areaTargets) key('areaTarget', t.areaId);
    for (const p of r.people) key('person', p.personId);
    for (const x of r.ratings) key('rating', x.personId, x.competenceId);
  }
  for (const c of file.customCompetences) once('custom_competence', c.id);
  for (const p of file.plans) once('plan', p.id);
  for (const a of file.activities) once('activity', a.id);
  for (const p of file.providers) once('provider', p.id);
  // A record both present and deleted in the same file is a duplicate too.
  for (const t of file.tombstones) once(t.entity, t.entityId);
  const orgNumbers = new Set<string>();
  for (const c of file.companies) {
    if (orgNumbers.has(c.orgNumber)) throw new AppError('exchange.duplicateIds', { entity: 'company', id: shownOrgNumber(c.orgNumber) });
    orgNumbers.add(c.orgNumber);
  }
  const planCompanies = new Set<string>();
  for (const p of file.plans) {
    if (planCompanies.has(p.companyId)) throw new AppError('exchange.duplicateIds', { entity: 'plan', id: p.companyId });
    planCompanies.add(p.companyId);
  }
}
