import type { Kysely } from 'kysely';
import type { CompanyFields } from '@shared/api/companies';
import { AppError } from '@shared/api/errors';
import { hasCompanyConsent, lacksSizeReason } from '@shared/domain/companyRules';
import type { CompanyStatus } from '@shared/domain/company';
import type { Database } from '../../store/schema';

/** What a write's rules compare against: the company as stored before it (null for a new one). */
export type CompanyBefore = Pick<CompanyFields, 'status' | 'employees' | 'sizeReason' | 'ownerGender'>;

/**
 * The programme's rules on the company (issue 14), on the merged record; part of companyRules, so the service and
 * the import keep them alike. A company of more than 20 employees is enrolled only with the reason why: refused
 * when a write makes it so without one (one enrolled that way before the rule existed is left as it is, so that its
 * other fields can still be edited). Who owns it is recorded only with the company's consent (by whom and when);
 * a write that removes the consent erases it, as a person's follow-up details go with theirs.
 */
export function programmeRules(f: CompanyFields, before: CompanyBefore | null): CompanyFields {
  if (lacksSizeReason(f) && !(before && lacksSizeReason(before))) {
    throw new AppError('company.sizeReasonRequired', { employees: f.employees });
  }
  if (f.ownerGender !== null && !hasCompanyConsent(f)) {
    if (before !== null && before.ownerGender === f.ownerGender) return { ...f, ownerGender: null };
    throw new AppError('company.ownerGenderWithoutConsent');
  }
  return f;
}

/**
 * The companies of an incoming file as stored here, for programmeRules. An incoming record is whole, so its owner's
 * gender without consent is refused, never quietly erased: the stored gender is left out.
 */
export async function companiesBefore(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, CompanyBefore>> {
  const out = new Map<string, CompanyBefore>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('companies')
      .select(['id', 'status', 'employees', 'size_reason'])
      .where('id', 'in', ids.slice(i, i + 500))
      .execute();
    for (const r of rows) {
      out.set(r.id, { status: r.status as CompanyStatus, employees: r.employees, sizeReason: r.size_reason, ownerGender: null });
    }
  }
  return out;
}
