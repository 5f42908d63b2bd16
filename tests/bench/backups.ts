/**
 * The backup figures of issue 15, for tests/bench/run.ts, over the de minimis benchmark's 5,000 companies (with
 * 20 contacts, 3 activities and 2 declared aids each) in a temp store keyed by a passphrase (the key derivation is
 * part of checking a copy, as in the app):
 *   backup_5000_companies_ms   one verified backup: VACUUM INTO under a temporary name, the copy opened with the key,
 *                              integrity_check, renamed, folder rotated; median of 5 (target < 2 s)
 *   restore_5000_companies_ms  restoring that backup: checked, the store set aside, the copy put in place and opened
 *                              again (migrations checked); median of 5
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeBackup, restoreBackup } from '../../src-main/services/backups';
import { Session } from '../../src-main/store/session';
import { dataset, insert } from './deMinimis';
import { median, roundTo } from './common';
import type { Figure } from './common';

const RUNS = 5;
const PASSPHRASE = 'bench passphrase, long enough';

async function withStore<T>(work: (session: Session, dataDir: string) => Promise<T>): Promise<T> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vaxtkraft-bench-backup-'));
  let tick = Date.parse('2026-11-30T09:00:00Z');
  const session = new Session({ dataDir, unlockMode: 'passphrase', systemLocale: 'sv-SE', now: () => new Date((tick += 1000)) });
  try {
    await session.create(PASSPHRASE);
    await insert(session.db, dataset());
    return await work(session, dataDir);
  } finally {
    session.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const timed = async (fn: () => Promise<unknown>) => {
  const start = performance.now();
  await fn();
  return performance.now() - start;
};

async function backupFigure(): Promise<Figure> {
  return withStore(async (session, dataDir) => {
    const folder = path.join(dataDir, 'backups');
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      times.push(
        await timed(async () => {
          const made = await makeBackup(session, folder, session.now());
          if (made.companies !== 5000) throw new Error(`unexpected backup: ${made.companies}`);
        }),
      );
    }
    return { name: 'backup_5000_companies_ms', value: roundTo(median(times), 0), unit: 'ms' };
  });
}

async function restoreFigure(): Promise<Figure> {
  return withStore(async (session, dataDir) => {
    const folder = path.join(dataDir, 'backups');
    const made = await makeBackup(session, folder, session.now());
    const key = { kind: 'passphrase' as const, passphrase: PASSPHRASE };
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      times.push(
        await timed(async () => {
          const { status } = await restoreBackup(session, folder, made.name, key);
          if (!status.unlocked) throw new Error('not restored');
        }),
      );
    }
    return { name: 'restore_5000_companies_ms', value: roundTo(median(times), 0), unit: 'ms' };
  });
}

export const BACKUP_FIGURES: Record<string, () => Promise<Figure>> = {
  backup_5000_companies_ms: backupFigure,
  restore_5000_companies_ms: restoreFigure,
};
