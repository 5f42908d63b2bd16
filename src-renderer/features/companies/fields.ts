import { invoke } from '../../api/client';
import { useAutosave } from '../../lib/autosave';
import type { FieldName } from '../../lib/fieldErrors';
import { companyFieldSchemas } from '@shared/api/companies';
import { parseOrgNumber } from '@shared/domain/orgNumber';
import { useCompany } from './companyStore';

export type CompanyField = FieldName<typeof companyFieldSchemas>;

/** Domain errors that belong to one field: shown there rather than as a notification. */
const FIELD_OF_ERROR: Partial<Record<string, CompanyField>> = {
  'company.duplicateOrgNumber': 'orgNumber',
  'company.enrolRequiresAmbition': 'status',
  'company.enrolRequiresConsent': 'status',
  'company.municipalityOtherRequired': 'municipalityOther',
  'company.sizeReasonRequired': 'sizeReason',
  'company.ownerGenderWithoutConsent': 'ownerGender',
};

/** An organisation number is the same in any of its written forms (with or without the dash or century). */
function sameCompanyValue(field: CompanyField, next: unknown, current: unknown): boolean | undefined {
  if (field !== 'orgNumber' || typeof next !== 'string') return undefined;
  const parsed = parseOrgNumber(next);
  return parsed.ok && parsed.canonical === current;
}

/** The open company's autosaving form: its fields' translated errors and `commit(patch)`. */
export function useCompanyForm() {
  const company = useCompany((s) => s.company);
  const saved = useCompany((s) => s.saved);
  return useAutosave({
    scope: `company:${company?.id ?? ''}`,
    schemas: companyFieldSchemas,
    record: company,
    send: (patch) => invoke('companies.update', { id: company!.id, patch }),
    onSaved: saved,
    fieldOfError: (code) => FIELD_OF_ERROR[code],
    same: sameCompanyValue,
  });
}
