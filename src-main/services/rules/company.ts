import type { Kysely } from 'kysely';
import type { CompanyFields } from '@shared/api/companies';
import { AppError, validationError } from '@shared/api/errors';
import { enrolmentNeeds } from '@shared/domain/company';
import { datesInFuture } from '@shared/domain/dates';
import { isRegionMunicipality, OTHER_MUNICIPALITY } from '@shared/domain/municipalities';
import { parseOrgNumber } from '@shared/domain/orgNumber';
import { parseSni } from '@shared/domain/sni';
import type { Database } from '../../store/schema';
import { programmeRules } from './companyProgramme';
import type { CompanyBefore } from './companyProgramme';

/**
 * A company's rules, on the whole (merged) record (`before`: as stored, null for a new one): canonicalises it and
 * checks the rules that span fields, the programme's among them (companyProgramme.ts). The
 * companies service runs it on every write, the exchange import on every incoming company.
 */
export function companyRules(input: CompanyFields, today: string, before: CompanyBefore | null = null): CompanyFields {
  const f = { ...input };
  const future = datesInFuture({ growthAmbitionDate: f.growthAmbitionDate, consentAt: f.consentAt, statusDate: f.statusDate }, today);
  if (future.length) throw validationError(future);
  const org = parseOrgNumber(f.orgNumber);
  if (!org.ok) throw validationError([{ path: 'orgNumber', message: `orgNumber.${org.reason}` }]);
  f.orgNumber = org.canonical;
  if (f.sniCode !== null && !parseSni(f.sniCode, f.sniVersion).ok) {
    throw validationError([{ path: 'sniCode', message: 'sni' }]);
  }
  if (f.municipalityCode !== null && isRegionMunicipality(f.municipalityCode)) f.municipalityOther = null;
  if (f.municipalityCode === OTHER_MUNICIPALITY && !f.municipalityOther) {
    throw new AppError('company.municipalityOtherRequired');
  }
  if (f.status === 'enrolled') {
    const needs = enrolmentNeeds(f);
    if (needs.includes('ambition')) throw new AppError('company.enrolRequiresAmbition');
    if (needs.includes('consent')) throw new AppError('company.enrolRequiresConsent');
  }
  return programmeRules(f, before);
}

/** The company (other than `excludeId`) registered with this canonical organisation number, if any. */
export async function findDuplicateOrgNumber(
  db: Kysely<Database>,
  canonical: string,
  excludeId: string | null,
): Promise<{ id: string; name: string } | null> {
  let q = db.selectFrom('companies').select(['id', 'name']).where('org_number', '=', canonical);
  if (excludeId) q = q.where('id', '!=', excludeId);
  return (await q.executeTakeFirst()) ?? null;
}

/** One company per organisation number (in its canonical form): another company with it is refused. */
export async function assertNoDuplicateOrgNumber(db: Kysely<Database>, canonical: string, excludeId: string | null): Promise<void> {
  const dup = await findDuplicateOrgNumber(db, canonical, excludeId);
  if (dup) throw new AppError('company.duplicateOrgNumber', { orgNumber: canonical, name: dup.name, id: dup.id });
}
