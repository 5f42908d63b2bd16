import { describe, expect, it } from 'vitest';
import { failure } from '@shared/api';
import type { AppErrorShape } from '@shared/api';
import { GOAL_KINDS } from '@shared/api/assessments';
import { AppError, ERROR_CODES, isErrorCode, isFieldMessage } from '@shared/api/errors';
import type { ErrorCode } from '@shared/api/errors';
import { parsePrintPlanHash, printPlanHash } from '@shared/api/printRoute';
import { en, sv } from '@shared/i18n';

describe('error codes: one union, from the errors locale', () => {
  it('has a message in both languages for every code, and a code for every message outside errors.field', () => {
    expect(ERROR_CODES.length).toBeGreaterThan(50);
    const message = (tree: object, code: string) =>
      code.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], tree);
    for (const code of ERROR_CODES) {
      expect(typeof message(en.errors, code), code).toBe('string');
      expect(typeof message(sv.errors, code), code).toBe('string');
    }
    expect(ERROR_CODES).toContain('store.locked');
    expect(ERROR_CODES.some((c) => c.startsWith('field.'))).toBe(false);
  });

  it('does not compile a misspelt code, and refuses an unknown one that arrives from outside', () => {
    // @ts-expect-error 'company.notFund' is not an error code
    expect(new AppError('company.notFund').code).toBe('company.notFund');
    // @ts-expect-error nor is a field message
    const shape: AppErrorShape = { code: 'required' };
    // @ts-expect-error failure() takes only codes
    expect(failure('store.lockd')).toEqual({ ok: false, error: { code: 'store.lockd' } });
    const known: ErrorCode = 'exchange.tampered';
    const checks = [isErrorCode(known), isErrorCode(shape.code), isErrorCode('field.required'), isErrorCode(42)];
    expect(checks).toEqual([true, false, false, false]);
    expect([isFieldMessage('required'), isFieldMessage('orgNumber.checksum'), isFieldMessage('store.locked')]).toEqual([true, true, false]);
  });

  it('answers a failure without params as just the code', () => {
    expect(failure('internal')).toEqual({ ok: false, error: { code: 'internal' } });
    expect(failure('payloadTooLarge', { limit: 1 })).toEqual({ ok: false, error: { code: 'payloadTooLarge', params: { limit: 1 } } });
  });
});

describe('the print route: one definition for main, renderer, tests and bench', () => {
  it('round-trips a company and language, with or without the print dialog', () => {
    const id = '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
    expect(printPlanHash({ companyId: id, language: 'sv' })).toBe(`#/print/plan/${id}/sv`);
    expect(printPlanHash({ companyId: id, language: 'en', auto: true })).toBe(`#/print/plan/${id}/en/print`);
    for (const route of [
      { companyId: id, language: 'sv', auto: false },
      { companyId: id, language: 'en', auto: true },
      { companyId: 'a/b c?#', language: 'sv', auto: false },
    ] as const) {
      expect(parsePrintPlanHash(printPlanHash(route))).toEqual(route);
    }
  });

  it('is null for any other hash', () => {
    for (const hash of ['', '#/', '#/companies/x', '#/print/plan/x', '#/print/plan/x/de', '#/print/report/x/sv', '#/plan/print/x/sv']) {
      expect(parsePrintPlanHash(hash), hash).toBeNull();
    }
  });
});

describe('goal kinds: named once', () => {
  it('has one label per kind in both languages, under assessments.goalKind only', () => {
    expect(Object.keys(en.assessments.goalKind).sort()).toEqual([...GOAL_KINDS].sort());
    expect(Object.keys(sv.assessments.goalKind).sort()).toEqual([...GOAL_KINDS].sort());
    expect('goalKind' in en.plans.basis).toBe(false);
  });
});
