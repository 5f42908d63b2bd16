import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsePrintHash, printHash, PRINT_DOCUMENTS } from '@shared/api/printRoute';
import type { PrintRoute } from '@shared/api/printRoute';
import { printDocumentSchema } from '@shared/api/print';

const ID = '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';

describe('the print route of every document: one format for main, renderer, tests and bench', () => {
  it('writes the hashes main loads and the browser host opens', () => {
    expect(printHash({ document: 'plan', companyId: ID, language: 'sv' })).toBe(`#/print/plan/${ID}/sv`);
    expect(printHash({ document: 'attendance', companyId: ID, month: '2026-11', language: 'en', auto: true })).toBe(
      `#/print/attendance/${ID}/2026-11/en/print`,
    );
    expect(printHash({ document: 'deMinimis', companyId: ID, language: 'sv' })).toBe(`#/print/deMinimis/${ID}/sv`);
  });

  it('reads back every route it writes, ids with slashes and hashes included', () => {
    const routes: PrintRoute[] = [
      { document: 'plan', companyId: ID, language: 'sv', auto: false },
      { document: 'attendance', companyId: ID, month: '2026-01', language: 'en', auto: true },
      { document: 'attendance', companyId: 'a/b c?#', month: '1999-12', language: 'sv', auto: false },
      { document: 'deMinimis', companyId: 'x%y', language: 'en', auto: true },
    ];
    for (const route of routes) expect(parsePrintHash(printHash(route))).toEqual(route);
  });

  it('round-trips any company id, month, language and document (property)', () => {
    const route = fc.oneof(
      fc.record({ document: fc.constant('plan' as const), companyId: fc.string({ minLength: 1 }) }),
      fc.record({
        document: fc.constant('attendance' as const),
        companyId: fc.string({ minLength: 1 }),
        month: fc
          .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }))
          .map(([y, m]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`),
      }),
      fc.record({ document: fc.constant('deMinimis' as const), companyId: fc.string({ minLength: 1 }) }),
    );
    fc.assert(
      fc.property(route, fc.constantFrom('sv' as const, 'en' as const), fc.boolean(), (doc, language, auto) => {
        const full = { ...doc, language, auto } as PrintRoute;
        expect(parsePrintHash(printHash(full))).toEqual(full);
      }),
    );
  });

  it('refuses a hash that names no document, a bad month or language, or has a stray segment', () => {
    for (const hash of [
      '',
      '#/',
      '#/companies/x',
      '#/print',
      '#/print/plan',
      '#/print/plan/x',
      '#/print/plan/x/de',
      '#/print/plan/x/sv/save',
      '#/print/plan/x/sv/print/again',
      '#/print/report/x/sv',
      '#/print/Plan/x/sv',
      '#/plan/print/x/sv',
      '#/print/attendance/x/sv',
      '#/print/attendance/x/2026-13/sv',
      '#/print/attendance/x/2026-00/sv',
      '#/print/attendance/x/2026-1/sv',
      '#/print/attendance/x/26-11/sv',
      '#/print/attendance/x/2026-11',
      '#/print/attendance/x/2026-11/en/print/x',
      '#/print/deMinimis/x/2026-11/sv',
      '#/print/deMinimis/%E0%A4%A/sv',
    ]) {
      expect(parsePrintHash(hash), hash).toBeNull();
    }
  });

  it('names the same documents as the print.pdf channel, whose schema refuses what the route cannot express', () => {
    const documents = printDocumentSchema.options.map((o) => o.shape.document.value);
    expect(documents.sort()).toEqual([...PRINT_DOCUMENTS].sort());
    expect(printDocumentSchema.safeParse({ document: 'attendance', companyId: ID, month: '2026-11', language: 'sv' }).success).toBe(true);
    for (const bad of [
      { document: 'attendance', companyId: ID, month: '2026-13', language: 'sv' },
      { document: 'plan', companyId: ID, language: 'sv', month: '2026-11' },
      { document: 'deMinimis', companyId: 'x', language: 'sv' },
    ]) {
      expect(printDocumentSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
