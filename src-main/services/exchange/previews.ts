import crypto from 'node:crypto';
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { AppError } from '@shared/api/errors';
import type { Database } from '../../store/schema';
import type { ExchangeFile } from './format';
import type { Plan } from './merge';

export const PREVIEW_TTL_MS = 30 * 60 * 1000;
const MAX_PREVIEWS = 5;

export interface StoredPreview {
  file: ExchangeFile;
  sha256: string;
  expiresAt: number;
  /** The plan the preview showed, and the store's change counter when it was made (see `changeCounter`). */
  plan: Plan;
  changes: number;
}

/**
 * SQLite's count of rows this connection has changed since it opened. The session owns the only connection (the
 * data folder is locked to this process), so an equal count means the store is exactly as the preview saw it and
 * its plan still holds; any write in between makes apply check and plan again.
 */
export async function changeCounter(db: Kysely<Database>): Promise<number> {
  const r = await sql<{ n: number }>`SELECT total_changes() AS n`.execute(db);
  return r.rows[0]!.n;
}

/** Parsed files waiting for the advisor's decisions; in memory only, never written anywhere. */
const previews = new Map<string, StoredPreview>();

function dropExpired(now: number): void {
  for (const [id, p] of previews) if (p.expiresAt <= now) previews.delete(id);
}

/** Keeps a new preview (dropping the oldest beyond MAX_PREVIEWS); returns its id and when it expires. */
export function storePreview(preview: Omit<StoredPreview, 'expiresAt'>, now: number): { previewId: string; expiresAt: number } {
  dropExpired(now);
  while (previews.size >= MAX_PREVIEWS) previews.delete(previews.keys().next().value as string);
  const previewId = crypto.randomUUID();
  const expiresAt = now + PREVIEW_TTL_MS;
  previews.set(previewId, { ...preview, expiresAt });
  return { previewId, expiresAt };
}

/** The preview the advisor decided on, unless it has expired. */
export function takePreview(previewId: string, now: number): StoredPreview {
  dropExpired(now);
  const stored = previews.get(previewId);
  if (!stored) throw new AppError('exchange.previewExpired');
  return stored;
}

/** Forgets an applied preview. */
export function dropPreview(previewId: string): void {
  previews.delete(previewId);
}

/** Tests only: forget every preview. */
export function clearPreviews(): void {
  previews.clear();
}
