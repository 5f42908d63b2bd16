import { create } from 'zustand';
import { ApiError, invoke } from '../../api/client';
import { errorKey, fieldMessageKey, notifyError, validateWith } from '../../lib/errors';
import { useSaveStatus } from '../../lib/saveStatus';
import { companyFieldSchemas } from '@shared/api/companies';
import type { Company, CompanyPatchInput } from '@shared/api/companies';
import { parseOrgNumber } from '@shared/domain/orgNumber';

export type CompanyField = keyof typeof companyFieldSchemas;
export type FieldErrors = Partial<Record<CompanyField, string>>;

/** Domain errors that belong to one field: shown there rather than as a notification. */
const FIELD_OF_ERROR: Record<string, CompanyField> = {
  'company.duplicateOrgNumber': 'orgNumber',
  'company.enrolRequiresAmbition': 'status',
  'company.enrolRequiresConsent': 'status',
  'company.municipalityOtherRequired': 'municipalityOther',
};

interface CompanyState {
  company: Company | null;
  state: 'loading' | 'ready' | 'notFound';
  errors: FieldErrors;
  /** Params for messages shown at a field (e.g. the duplicate's name). */
  errorParams: Partial<Record<CompanyField, Record<string, unknown>>>;
  load(id: string): Promise<void>;
  /** Validates and saves the given fields (usually one); invalid values are shown at the field and not sent. */
  save(patch: CompanyPatchInput): void;
  setArchived(archived: boolean): Promise<boolean>;
  remove(): Promise<boolean>;
}

function sameValue(field: CompanyField, next: unknown, company: Company): boolean {
  const current = company[field];
  if (field === 'orgNumber' && typeof next === 'string') {
    const parsed = parseOrgNumber(next);
    return parsed.ok && parsed.canonical === current;
  }
  const parsed = companyFieldSchemas[field].safeParse(next);
  return parsed.success && JSON.stringify(parsed.data) === JSON.stringify(current);
}

export const useCompany = create<CompanyState>((set, get) => ({
  company: null,
  state: 'loading',
  errors: {},
  errorParams: {},
  async load(id) {
    // Errors belong to what was typed on screen; a fresh visit starts from the stored values.
    set(get().company?.id === id ? { errors: {}, errorParams: {} } : { company: null, state: 'loading', errors: {}, errorParams: {} });
    useSaveStatus.getState().reset();
    try {
      const company = await invoke('companies.get', { id });
      set({ company, state: 'ready' });
    } catch (error) {
      if (error instanceof ApiError && (error.code === 'company.notFound' || error.code === 'validation')) {
        set({ state: 'notFound' });
      } else notifyError(error);
    }
  },
  save(patch) {
    const company = get().company;
    if (!company) return;
    const fields = Object.keys(patch) as CompanyField[];
    const errors = { ...get().errors };
    const toSend: Record<string, unknown> = {};
    for (const field of fields) {
      const value = patch[field];
      const problem = validateWith(companyFieldSchemas[field], value);
      if (problem) errors[field] = problem;
      else {
        delete errors[field];
        if (!sameValue(field, value, company)) toSend[field] = value;
      }
    }
    set({ errors });
    for (const field of fields) useSaveStatus.getState().setInvalid(`company:${field}`, Boolean(errors[field]));
    if (fields.some((f) => errors[f])) return;
    if (Object.keys(toSend).length === 0) return;
    const id = company.id;
    useSaveStatus
      .getState()
      .track(() => invoke('companies.update', { id, patch: toSend as CompanyPatchInput }))
      .then(
        (updated) => {
          if (get().company?.id === updated.id) set({ company: updated });
        },
        (error: unknown) => {
          if (get().company?.id !== id) return;
          const next = { ...get().errors };
          const params = { ...get().errorParams };
          if (error instanceof ApiError && error.issues.length > 0) {
            for (const issue of error.issues) {
              const field = (issue.path.split('.').pop() ?? fields[0]) as CompanyField;
              next[field in companyFieldSchemas ? field : fields[0]!] = fieldMessageKey(issue.message);
            }
          } else if (error instanceof ApiError && FIELD_OF_ERROR[error.code]) {
            const field = FIELD_OF_ERROR[error.code]!;
            next[field] = errorKey(error);
            params[field] = error.params;
          } else {
            notifyError(error);
            return;
          }
          set({ errors: next, errorParams: params });
          for (const field of Object.keys(next)) useSaveStatus.getState().setInvalid(`company:${field}`, true);
        },
      );
  },
  async setArchived(archived) {
    const company = get().company;
    if (!company) return false;
    try {
      const updated = await useSaveStatus.getState().track(() => invoke('companies.archive', { id: company.id, archived }));
      set({ company: updated });
      return true;
    } catch (error) {
      notifyError(error);
      return false;
    }
  },
  async remove() {
    const company = get().company;
    if (!company) return false;
    try {
      await invoke('companies.delete', { id: company.id });
      set({ company: null, state: 'notFound' });
      return true;
    } catch (error) {
      notifyError(error);
      return false;
    }
  },
}));
