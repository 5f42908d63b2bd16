import { AppError } from '@shared/api/errors';
import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '@shared/api';
import type { CompanyPreview, ExchangePreview } from '@shared/api/exchange';
import type { Database } from '../../store/schema';
import { systemClock } from '../../store/transaction';
import type { ServiceDeps } from '../../store/transaction';
import type { Decision } from './merge';
import { countPlan, emptyCounts, OP_COUNT } from './counts';
import { conflictOf, planImport } from './merge';
import { openBase64 } from '../offices/seal';
import type { OpenedFile } from '../offices/seal';
import { checkReferences } from './references';
import { checkRecordRules } from './recordRules';
import { changeCounter, storePreview } from './previews';
import { storeSchema } from './rows';

/** The preview: what the file would change here, company by company, with the conflicts to decide. */

function companyRows(decisions: Decision[]): CompanyPreview[] {
  const byCompany = new Map<string, CompanyPreview>();
  const row = (d: Decision) => {
    let r = byCompany.get(d.companyId);
    if (!r) {
      r = {
        id: d.companyId,
        name: d.entity === 'company' ? d.name : '',
        kind: 'unchanged',
        conflicts: [],
        rounds: emptyCounts(),
        activities: emptyCounts(),
      };
      byCompany.set(d.companyId, r);
    }
    return r;
  };
  const providerConflicts = decisions
    .filter((d) => d.entity === 'provider')
    .map(conflictOf)
    .filter((c) => c !== null);
  // Companies first, so that each row is named after its company.
  for (const d of [...decisions].sort((a, b) =>
    a.entity === b.entity ? 0 : a.entity === 'company' ? -1 : b.entity === 'company' ? 1 : 0,
  )) {
    if (d.entity === 'provider' || d.companyId === '') continue;
    const r = row(d);
    if (d.entity === 'company' && !r.name) r.name = d.name;
    if (d.entity === 'round') r.rounds[OP_COUNT[d.decision.op]] += 1;
    if (d.entity === 'activity') r.activities[OP_COUNT[d.decision.op]] += 1;
    const conflict = conflictOf(d);
    if (conflict) r.conflicts.push(conflict);
    const op = d.decision.op;
    if (conflict) r.kind = 'conflict';
    else if (d.entity === 'company' && op === 'insert' && r.kind !== 'conflict') r.kind = 'new';
    else if ((op === 'insert' || op === 'update' || op === 'delete') && r.kind === 'unchanged') r.kind = 'updated';
  }
  const rows = [...byCompany.values()].sort((a, b) => a.name.localeCompare(b.name, 'sv') || a.id.localeCompare(b.id));
  // Providers are shared by every company: a conflict on one is listed with the first company that uses it.
  if (providerConflicts.length > 0) {
    const first = rows[0];
    if (first) {
      first.conflicts.push(...providerConflicts);
      first.kind = 'conflict';
    }
  }
  return rows;
}

export async function previewImport(
  db: Kysely<Database>,
  input: ParsedInputOf<'exchange.preview'>,
  deps: ServiceDeps = systemClock,
  limits?: { file: number; unpacked: number },
): Promise<ExchangePreview> {
  return previewOpened(db, await openBase64(db, input.base64, input.passphrase, deps, limits), deps);
}

/** The preview of a file already opened (the shared folder's inbox opens its files itself: services/exchange/inbox.ts). */
export async function previewOpened(db: Kysely<Database>, opened: OpenedFile, deps: ServiceDeps): Promise<ExchangePreview> {
  const { file, sha256, sender } = opened;
  // A file whose signature does not hold was changed on the way (or forged): refused before anything is planned.
  if (sender.signature === 'invalid') throw new AppError('exchange.signatureMismatch', { name: sender.name });
  await checkReferences(db, file);
  await checkRecordRules(db, file, deps.today());
  const schema = await storeSchema(db);
  const plan = await planImport(db, file, schema);
  const changes = await changeCounter(db);
  const { previewId, expiresAt } = storePreview({ file, sha256, plan, changes }, deps.now().getTime());
  return {
    previewId,
    source: { office: file.office, advisor: file.advisor, exportedAt: file.exportedAt, appVersion: file.appVersion },
    sender,
    fileSha256: sha256,
    companies: companyRows(plan.decisions),
    counts: countPlan(plan, schema),
    expiresAt: new Date(expiresAt).toISOString(),
  };
}
