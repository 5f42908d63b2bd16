import type { FieldIssue } from '@shared/api/contract';
import type { DeclaredAid } from '@shared/api/aid';

export type DeclaredAidFields = Omit<DeclaredAid, 'id' | 'companyId' | 'createdAt' | 'updatedAt' | 'revision'>;

/**
 * The rule the contract's shapes cannot hold: declared aid has been received, so it is not dated after today
 * (Swedish, from the caller's clock). Amount, currency and granting body are the contract's. The aid service and the
 * exchange import both run it; the problem is reported at its field.
 */
export function aidIssues(f: Pick<DeclaredAidFields, 'date'>, today: string): FieldIssue[] {
  return f.date > today ? [{ path: 'date', message: 'aid.dateInFuture' }] : [];
}
