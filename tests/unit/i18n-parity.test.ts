import { describe, expect, it } from 'vitest';
import { en, sv, createI18n } from '@shared/i18n';
import { ERROR_CODES } from '@shared/api/errors';
import { companyFieldSchemas, companyCreateSchema, companyListSchema } from '@shared/api/companies';
import { personFieldSchemas, personCreateSchema } from '@shared/api/people';
import { sessionApi, settingsApi } from '@shared/api/session';
import type { z } from 'zod';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const variables = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();

/** i18next plural forms differ by language; compare them by their base key. */
const pluralBase = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

const flatEn = flatten(en as unknown as Tree);
const flatSv = flatten(sv as unknown as Tree);

/** Every message a zod schema can produce, by walking sample inputs that break each field. */
function messagesOf(schema: z.ZodType, samples: unknown[]): string[] {
  const out = new Set<string>();
  for (const sample of samples) {
    const r = schema.safeParse(sample);
    if (!r.success) for (const issue of r.error.issues) out.add(issue.message);
  }
  return [...out];
}

const BAD_SAMPLES: unknown[] = [
  '',
  'x',
  'x'.repeat(1000),
  -1,
  1.5,
  99999,
  1700,
  3000,
  '2020-02-30',
  '2999-01-01',
  'not-an-email',
  'abc',
  '556036-0794',
  '551336-0793',
  '186036-0793',
  '123',
  'zz',
  'other-place',
  '00',
  null,
  true,
  {},
];

describe('i18n parity', () => {
  it('has the same keys in Swedish and English', () => {
    const enKeys = [...new Set([...flatEn.keys()].map(pluralBase))].sort();
    const svKeys = [...new Set([...flatSv.keys()].map(pluralBase))].sort();
    expect(svKeys).toEqual(enKeys);
    expect(enKeys.length).toBeGreaterThan(100);
  });

  it('has no empty strings', () => {
    const empty = [...flatEn, ...flatSv].filter(([, v]) => v.trim() === '').map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it('uses the same interpolation variables for each key', () => {
    const mismatches: string[] = [];
    for (const [key, text] of flatEn) {
      const svText = flatSv.get(key) ?? flatSv.get(`${pluralBase(key)}_other`);
      if (svText === undefined) continue;
      if (variables(text).join() !== variables(svText).join()) mismatches.push(key);
    }
    expect(mismatches).toEqual([]);
  });

  it('translates every error code', () => {
    const missing = ERROR_CODES.filter((code) => !flatEn.has(`errors.${code}`) || !flatSv.has(`errors.${code}`));
    expect(missing).toEqual([]);
  });

  it('translates every field message the contract can produce', () => {
    const schemas: z.ZodType[] = [
      ...Object.values(companyFieldSchemas),
      ...Object.values(personFieldSchemas),
      companyCreateSchema,
      personCreateSchema,
      companyListSchema,
      ...Object.values(sessionApi).map((c) => c.input),
      ...Object.values(settingsApi).map((c) => c.input),
    ];
    const messages = new Set<string>();
    for (const schema of schemas) for (const m of messagesOf(schema, BAD_SAMPLES)) messages.add(m);
    // Messages that name a key (no spaces) must exist; zod's own English defaults are mapped to `invalid`.
    const keys = [...messages].filter((m) => /^[\w.]+$/.test(m));
    expect(keys).toContain('orgNumber.checksum');
    expect(keys).toContain('required');
    const missing = keys.filter((m) => !flatEn.has(`errors.field.${m}`) || !flatSv.has(`errors.field.${m}`));
    expect(missing).toEqual([]);
    expect(flatEn.has('errors.field.invalid')).toBe(true);
  });

  it('switches language on one instance and formats plurals', () => {
    const i18n = createI18n('en');
    expect(i18n.t('companies.list.count', { count: 1, formatted: '1' })).toBe('1 company');
    expect(i18n.t('companies.list.count', { count: 3, formatted: '3' })).toBe('3 companies');
    void i18n.changeLanguage('sv');
    expect(i18n.t('companies.list.title')).toBe('Företag');
    expect(i18n.t('errors.company.duplicateOrgNumber', { orgNumber: '556036-0793', name: 'Å & Ö AB' })).toContain('Å & Ö AB');
  });
});
