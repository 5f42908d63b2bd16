import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sizeClass } from '@shared/domain/company';
import {
  isRegionMunicipality,
  MUNICIPALITIES,
  municipalityByCode,
  municipalityCodesMatching,
  OTHER_MUNICIPALITY,
} from '@shared/domain/municipalities';
import { luhnValid, maskOrgNumber, parseOrgNumber, withCheckDigit } from '@shared/domain/orgNumber';
import { ageBand } from '@shared/domain/person';
import { formatSni, parseSni, sniSection } from '@shared/domain/sni';

/** Ten digits without a hyphen, completed by the test's own search for the Luhn digit. */
function luhnTen(body9: string): string {
  for (let c = 0; c <= 9; c++) if (luhnValid(`${body9}${c}`)) return `${body9}${c}`;
  throw new Error('unreachable');
}

describe('parseOrgNumber', () => {
  it.each(['556036-0793', '212000-0142', '212000-1355'])('accepts the DOMAIN.md example %s in every form', (n) => {
    const digits = n.replace('-', '');
    for (const form of [n, digits, `16${digits}`, `16${n}`, ` ${n} `]) {
      expect(parseOrgNumber(form)).toEqual({ ok: true, canonical: n, kind: 'legal' });
    }
  });

  it('rejects bad checksums', () => {
    for (const n of ['556036-0794', '5560360790', '212000-0143', '165560360794', '556036-0739']) {
      expect(parseOrgNumber(n)).toEqual({ ok: false, reason: 'checksum' });
    }
  });

  it('accepts a sole trader number (a personnummer) and masks it', () => {
    const r = parseOrgNumber('811228-9874');
    expect(r).toEqual({ ok: true, canonical: '811228-9874', kind: 'sole_trader' });
    expect(maskOrgNumber('811228-9874', 'sole_trader')).toBe('******-9874');
    expect(maskOrgNumber('556036-0793', 'legal')).toBe('556036-0793');
    expect(parseOrgNumber('8112289874')).toMatchObject({ ok: true, kind: 'sole_trader' });
  });

  it('rejects a century prefix other than 16, 19 and 20; 19/20 only before a personnummer', () => {
    expect(parseOrgNumber('175560360793')).toEqual({ ok: false, reason: 'prefix' });
    expect(parseOrgNumber('19811228-9874')).toEqual({ ok: true, canonical: '811228-9874', kind: 'sole_trader' });
    expect(parseOrgNumber('195560360793')).toEqual({ ok: false, reason: 'century' });
    // 16 marks a legal person: a month in digits 3–4 is not one.
    expect(parseOrgNumber('16811228-9874')).toEqual({ ok: false, reason: 'third_pair' });
  });

  it('rejects digits 3–4 between 13 and 19, and 00', () => {
    for (let pair = 13; pair <= 19; pair++) {
      const n = luhnTen(`55${pair}00123`);
      expect(parseOrgNumber(n)).toEqual({ ok: false, reason: 'third_pair' });
    }
    expect(parseOrgNumber(luhnTen('550000123'))).toEqual({ ok: false, reason: 'third_pair' });
    expect(parseOrgNumber(luhnTen('551201123'))).toMatchObject({ ok: true, kind: 'sole_trader' });
    expect(parseOrgNumber(luhnTen('552000123'))).toMatchObject({ ok: true, kind: 'legal' });
  });

  it('rejects malformed input', () => {
    for (const n of ['', 'abc', '55603607930', '556036079', '556036--0793', '5560-360793', '556036-079a']) {
      expect(parseOrgNumber(n)).toEqual({ ok: false, reason: 'format' });
    }
  });

  it('accepts every legal number with a right check digit and refuses any other check digit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 20, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99999 }),
        (pair, head, tail) => {
          const body = `${String(head).padStart(2, '0')}${pair}${String(tail).padStart(5, '0')}`;
          const good = luhnTen(body);
          const canonical = `${good.slice(0, 6)}-${good.slice(6)}`;
          expect(parseOrgNumber(good)).toEqual({ ok: true, canonical, kind: 'legal' });
          const bad = `${body}${(Number(good[9]) + 1) % 10}`;
          expect(parseOrgNumber(bad)).toEqual({ ok: false, reason: 'checksum' });
        },
      ),
    );
  });
});

describe('sni', () => {
  it('parses codes in both versions with their sections', () => {
    expect(parseSni('62.010', '2007')).toEqual({ ok: true, code: '62010', section: 'J' });
    expect(parseSni('62010', '2025')).toEqual({ ok: true, code: '62010', section: 'K' });
    expect(parseSni('01', '2007')).toEqual({ ok: true, code: '01', section: 'A' });
    expect(parseSni('45.110', '2007')).toMatchObject({ ok: true, section: 'G' });
    expect(parseSni('45110', '2025')).toEqual({ ok: false });
    expect(parseSni('1', '2007')).toEqual({ ok: false });
    expect(parseSni('123456', '2007')).toEqual({ ok: false });
    expect(parseSni('04000', '2007')).toEqual({ ok: false });
    expect(sniSection('99000', '2025')).toBe('V');
    expect(formatSni('62010')).toBe('62.010');
    expect(formatSni('62')).toBe('62');
  });
});

describe('municipalities', () => {
  it('are the 22 of the two counties with unique codes', () => {
    expect(MUNICIPALITIES).toHaveLength(22);
    expect(new Set(MUNICIPALITIES.map((m) => m.code)).size).toBe(22);
    expect(MUNICIPALITIES.filter((m) => m.county === 'orebro')).toHaveLength(12);
    expect(MUNICIPALITIES.filter((m) => m.county === 'vastmanland')).toHaveLength(10);
    for (const m of MUNICIPALITIES) expect(m.code).toMatch(m.county === 'orebro' ? /^18\d\d$/ : /^19\d\d$/);
    expect(municipalityByCode('1880')?.name).toBe('Örebro');
    expect(municipalityByCode('1980')?.name).toBe('Västerås');
    expect(isRegionMunicipality('1984')).toBe(true);
    expect(isRegionMunicipality(OTHER_MUNICIPALITY)).toBe(false);
    expect(isRegionMunicipality('0180')).toBe(false);
  });

  it('match names case-insensitively', () => {
    expect(municipalityCodesMatching('ÖREBRO')).toEqual(['1880']);
    expect(municipalityCodesMatching('västerås')).toEqual(['1980']);
    expect(municipalityCodesMatching('hall').sort()).toEqual(['1861', '1961']);
    expect(municipalityCodesMatching('  ')).toEqual([]);
    expect(municipalityCodesMatching('stockholm')).toEqual([]);
  });
});

describe('sizeClass and ageBand', () => {
  it('classify at the boundaries', () => {
    expect([0, 1, 9, 10, 49].map(sizeClass)).toEqual(['solo', 'micro', 'micro', 'small', 'small']);
    expect([2008, 2007, 1996, 1995, 1971, 1970].map((y) => ageBand(y, 2025))).toEqual([
      'under_18',
      '18_29',
      '18_29',
      '30_54',
      '30_54',
      '55_plus',
    ]);
  });
});

describe('withCheckDigit', () => {
  it('completes nine digits into a number that parses, and matches the known examples', () => {
    expect(withCheckDigit('556036079')).toBe('556036-0793');
    expect(withCheckDigit('212000014')).toBe('212000-0142');
    for (let n = 0; n < 200; n++) {
      const made = withCheckDigit(`55${5_000_000 + n * 4_999}`);
      expect(parseOrgNumber(made)).toEqual({ ok: true, canonical: made, kind: 'legal' });
    }
  });
});
