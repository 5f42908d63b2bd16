import { z } from 'zod';
import { channel } from './contract';
import { id, optionalText, pastDate, text } from './fields';
import { COMPANY_STATUSES, FIRST_FOUNDING_YEAR, MAX_EMPLOYEES, SIZE_CLASSES } from '../domain/company';
import type { CompanyStatus, SizeClass } from '../domain/company';
import type { OrgNumberKind } from '../domain/orgNumber';
import { parseOrgNumber } from '../domain/orgNumber';
import { isRegionMunicipality, OTHER_MUNICIPALITY } from '../domain/municipalities';
import { parseSni, SNI_VERSIONS } from '../domain/sni';
import { isValidEmail, isValidPhone } from '../domain/contact';
import { OWNER_GENDERS } from '../domain/companyRules';

export const orgNumberField = z.string().superRefine((value, ctx) => {
  const r = parseOrgNumber(value);
  if (!r.ok) ctx.addIssue({ code: 'custom', message: `orgNumber.${r.reason}` });
});

export const municipalityCodeField = z
  .string()
  .nullable()
  .refine((v) => v === null || v === OTHER_MUNICIPALITY || isRegionMunicipality(v), { error: 'municipality' });

export const sniCodeField = z
  .string()
  .trim()
  .nullable()
  .transform((v) => (v === null || v === '' ? null : v.replace(/[.\s]/g, '')))
  .refine((v) => v === null || parseSni(v, '2007').ok || parseSni(v, '2025').ok, { error: 'sni' });

export const employeesField = z
  .number({ error: 'number' })
  .int({ error: 'integer' })
  .min(0, { error: 'negative' })
  .max(MAX_EMPLOYEES, { error: 'employeesMax' })
  .nullable();

export const yearFoundedField = z
  .number({ error: 'number' })
  .int({ error: 'integer' })
  .min(FIRST_FOUNDING_YEAR, { error: 'yearTooEarly' })
  .refine((y) => y <= new Date().getFullYear(), { error: 'yearInFuture' })
  .nullable();

export const emailField = optionalText(254).refine((v) => v === null || isValidEmail(v), { error: 'email' });
export const phoneField = optionalText(40).refine((v) => v === null || isValidPhone(v), { error: 'phone' });

/** Every editable field of a company, each validated on its own so that the UI can save field by field. */
export const companyFieldSchemas = {
  name: text(200).min(1, { error: 'required' }),
  orgNumber: orgNumberField,
  municipalityCode: municipalityCodeField,
  municipalityOther: optionalText(100),
  sniCode: sniCodeField,
  sniVersion: z.enum(SNI_VERSIONS, { error: 'choice' }),
  employees: employeesField,
  yearFounded: yearFoundedField,
  contactName: optionalText(200),
  contactPhone: phoneField,
  contactEmail: emailField,
  advisor: optionalText(200),
  office: optionalText(200),
  growthAmbition: z.boolean().nullable(),
  growthAmbitionDate: pastDate.nullable(),
  consentBy: optionalText(200),
  consentAt: pastDate.nullable(),
  consentScope: optionalText(500),
  status: z.enum(COMPANY_STATUSES, { error: 'choice' }),
  /** The day the status took effect (may be set back, never in the future); today when a write changes it. */
  statusDate: pastDate.nullable(),
  /** Who owns the company (women, men, both): only with the company's consent (consentBy and consentAt). */
  ownerGender: z.enum(OWNER_GENDERS, { error: 'choice' }).nullable(),
  /** Why a company of more than 20 employees is enrolled: required to enrol one. */
  sizeReason: optionalText(1000),
} as const;

export const companyPatchSchema = z.strictObject(companyFieldSchemas).partial();
export type CompanyPatch = z.output<typeof companyPatchSchema>;
export type CompanyPatchInput = z.input<typeof companyPatchSchema>;

export const companyCreateSchema = companyPatchSchema.extend({
  name: companyFieldSchemas.name,
  orgNumber: companyFieldSchemas.orgNumber,
});
export type CompanyCreateInput = z.input<typeof companyCreateSchema>;

/** Every editable field of a company, all present: what the store holds for it, in the contract's names. */
export type CompanyFields = Required<CompanyPatch>;

export interface Company extends CompanyFields {
  id: string;
  orgKind: OrgNumberKind;
  sniSection: string | null;
  sizeClass: SizeClass | null;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
  revision: number;
}

export interface CompanyListItem {
  id: string;
  name: string;
  orgNumber: string;
  orgKind: OrgNumberKind;
  municipalityCode: string | null;
  municipalityOther: string | null;
  sizeClass: SizeClass | null;
  status: CompanyStatus;
  advisor: string | null;
  peopleCount: number;
  archivedAt: string | null;
  updatedAt: string;
}

export const COMPANY_SORTS = ['name', 'orgNumber', 'municipality', 'status', 'updatedAt'] as const;
export type CompanySort = (typeof COMPANY_SORTS)[number];

export const companyListSchema = z.strictObject({
  query: z.string().max(200).default(''),
  statuses: z.array(z.enum(COMPANY_STATUSES)).max(COMPANY_STATUSES.length).default([]),
  municipalityCode: z.string().max(10).nullable().default(null),
  sizeClass: z.enum(SIZE_CLASSES).nullable().default(null),
  includeArchived: z.boolean().default(false),
  sort: z.enum(COMPANY_SORTS).default('name'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  limit: z.number().int().min(1).max(1000).default(200),
  offset: z.number().int().min(0).default(0),
});
export type CompanyListInput = z.input<typeof companyListSchema>;

export interface CompanyListResult {
  items: CompanyListItem[];
  total: number;
}

export const companiesApi = {
  'companies.list': channel<CompanyListResult>()(companyListSchema),
  'companies.get': channel<Company>()(z.strictObject({ id })),
  'companies.create': channel<Company>()(companyCreateSchema),
  'companies.update': channel<Company>()(z.strictObject({ id, patch: companyPatchSchema })),
  'companies.archive': channel<Company>()(z.strictObject({ id, archived: z.boolean() })),
  'companies.delete': channel<{ deleted: true }>()(z.strictObject({ id })),
  'companies.checkOrgNumber': channel<{ duplicate: { id: string; name: string } | null; canonical: string }>()(
    z.strictObject({ orgNumber: orgNumberField, excludeId: id.nullable().default(null) }),
  ),
};
