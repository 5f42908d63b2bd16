import { useTranslation } from 'react-i18next';
import { tx } from '../../lib/errors';
import type { CompanyPatchInput } from '@shared/api/companies';
import { useCompany } from './companyStore';
import type { CompanyField } from './companyStore';

/** One company field for an autosaving control: its stored value, its translated error, and how to save it. */
export function useCompanyField<K extends CompanyField>(field: K) {
  const { t } = useTranslation();
  const value = useCompany((s) => s.company?.[field] ?? null);
  const errorKey = useCompany((s) => s.errors[field]);
  const params = useCompany((s) => s.errorParams[field]);
  const save = useCompany((s) => s.save);
  return {
    name: field,
    value,
    error: errorKey ? tx(t, errorKey, params ?? {}) : null,
    commit: (next: CompanyPatchInput[K]) => save({ [field]: next } as CompanyPatchInput),
  };
}

export const emptyToNull = (v: string): string | null => (v.trim() === '' ? null : v);
