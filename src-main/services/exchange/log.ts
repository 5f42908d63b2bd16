import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { ExchangeCounts, ImportLogEntry } from '@shared/api/exchange';
import type { Database } from '../../store/schema';
import { getSettings } from '../settings';
import { emptyExchangeCounts } from './counts';
import type { StoredPreview } from './previews';

/** The import log: one entry per applied file, with who imported what from where. */

export async function writeImportLog(trx: Kysely<Database>, stored: StoredPreview, result: ExchangeCounts, now: string): Promise<void> {
  const settings = await getSettings(trx);
  await trx
    .insertInto('import_log')
    .values({
      id: uuidv7(),
      imported_at: now,
      advisor: settings.advisorName,
      office: settings.office,
      source_office: stored.file.office,
      source_advisor: stored.file.advisor,
      exported_at: stored.file.exportedAt,
      file_sha256: stored.sha256,
      counts: JSON.stringify(result),
    })
    .execute();
}

export async function importLog(db: Kysely<Database>): Promise<ImportLogEntry[]> {
  const rows = await db.selectFrom('import_log').selectAll().orderBy('imported_at', 'desc').orderBy('id', 'desc').limit(500).execute();
  return rows.map((r) => ({
    id: r.id,
    importedAt: r.imported_at,
    advisor: r.advisor,
    office: r.office,
    sourceOffice: r.source_office,
    sourceAdvisor: r.source_advisor,
    exportedAt: r.exported_at,
    fileSha256: r.file_sha256,
    // Entries from before format 2 have no rounds or plans.
    counts: { ...emptyExchangeCounts(), ...(JSON.parse(r.counts) as Partial<ExchangeCounts>) },
  }));
}
