import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskOrgNumber, parseOrgNumber, withCheckDigit } from '@shared/domain/orgNumber';

/**
 * A sole trader's organisation number is the owner's personnummer: outside the company's own form it is shown with
 * the birth date hidden as well, so that neither the date nor the whole number can be read from a list or a file.
 */
describe('the organisation number mask', () => {
  it('hides the birth date of a sole trader and keeps only the last four digits', () => {
    expect(maskOrgNumber('811228-9874', 'sole_trader')).toBe('******-9874');
  });

  it('leaves a legal entity’s number as it is (it is public)', () => {
    expect(maskOrgNumber('556036-0793', 'legal')).toBe('556036-0793');
  });

  it('never shows a digit of the birth date, for any valid personnummer', () => {
    const day = fc.date({ min: new Date('1920-01-01'), max: new Date('2009-12-31'), noInvalidDate: true });
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 999 }), (d, serial) => {
        const yymmdd = d.toISOString().slice(2, 10).replace(/-/g, '');
        const number = withCheckDigit(`${yymmdd}${String(serial).padStart(3, '0')}`);
        const parsed = parseOrgNumber(number);
        if (!parsed.ok || parsed.kind !== 'sole_trader') return;
        const masked = maskOrgNumber(parsed.canonical, parsed.kind);
        expect(masked).toMatch(/^\*{6}-\d{4}$/);
        expect(masked).not.toContain(yymmdd);
        expect(masked.slice(7)).toBe(number.slice(7));
      }),
    );
  });
});
