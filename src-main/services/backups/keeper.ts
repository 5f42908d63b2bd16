import fs from 'node:fs';
import type { Kysely } from 'kysely';
import type { Clock } from '@shared/clock';
import type { Logger } from '../../log';
import { describeError, nullLogger } from '../../log';
import type { Database } from '../../store/schema';
import { getSettings } from '../settings';
import { backupFolderOf, parseBackupName, rememberFolder } from './files';
import { makeBackup, makeBackupNow } from './make';
import type { BackupSource } from './make';

/** What the keeper needs of the session (the Session class has it all). */
export interface KeptSession extends BackupSource {
  readonly dataDir: string;
  readonly unlocked: boolean;
  readonly db: Kysely<Database>;
  readonly deps: Clock;
  changesSinceOpen(): number;
  beforeClose(hook: (() => void) | null): void;
}

export interface BackupKeeper {
  /** After every answered call: the first change of a (Swedish) day makes a backup. */
  afterCall(channel: string): Promise<void>;
  /** The folder backups go to now (Settings, else `backups/` in the data folder). */
  folder(): Promise<string>;
  /** A backup at once (Settings' "Back up now"); counts as the day's. */
  now(): ReturnType<typeof makeBackup>;
}

function newestDate(folder: string): string | null {
  try {
    const dates = fs.readdirSync(folder).flatMap((name) => parseBackupName(name)?.date ?? []);
    return dates.sort().at(-1) ?? null;
  } catch {
    return null;
  }
}

/**
 * Keeps backups while the app runs: after the first change of each day and when the store closes (the app quits or
 * locks) with changes not yet backed up. A failed backup is logged and never fails the call or the close.
 */
export function keepBackups(session: KeptSession, options: { logger?: Logger } = {}): BackupKeeper {
  const logger = options.logger ?? nullLogger;
  /** The folder last read from Settings: a close cannot wait for a query. */
  let knownFolder = backupFolderOf(session.dataDir, null);
  /** `total_changes()` of the connection at the last backup; a smaller count means a new connection. */
  let backedUp = 0;
  let lastSeen = 0;
  let lastDay: string | null = null;
  let running: Promise<unknown> = Promise.resolve();

  const changes = () => {
    const n = session.changesSinceOpen();
    if (n < lastSeen) backedUp = 0;
    lastSeen = n;
    return n;
  };

  const folder = async () => {
    knownFolder = backupFolderOf(session.dataDir, (await getSettings(session.db)).backupFolder);
    rememberFolder(session.dataDir, knownFolder);
    return knownFolder;
  };

  const backup = async () => {
    const at = session.deps.now();
    const n = changes();
    const made = await makeBackup(session, await folder(), at);
    backedUp = Math.max(backedUp, n);
    lastDay = made.date;
    logger.info('backup.made', { companies: made.companies ?? 0, bytes: made.sizeBytes });
    return made;
  };

  session.beforeClose(() => {
    try {
      if (changes() <= backedUp) return;
      const made = makeBackupNow(session, knownFolder, session.deps.now());
      backedUp = lastSeen;
      logger.info('backup.made', { companies: made.companies ?? 0, bytes: made.sizeBytes, atClose: true });
    } catch (error) {
      logger.error('backup.failed', { ...describeError(error), atClose: true });
    }
  });

  return {
    folder,
    now() {
      const next = running.catch(() => undefined).then(backup);
      running = next;
      return next;
    },
    async afterCall(channel) {
      if (!session.unlocked) return;
      if (channel === 'settings.update') await folder().catch(() => undefined);
      if (changes() <= backedUp) return;
      const today = session.deps.today();
      if (lastDay === null) lastDay = newestDate(await folder().catch(() => knownFolder));
      if (lastDay === today) return;
      lastDay = today;
      const next = running.catch(() => undefined).then(backup);
      running = next;
      await next.catch((error: unknown) => logger.error('backup.failed', describeError(error)));
    },
  };
}
