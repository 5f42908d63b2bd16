import { describe, expect, it } from 'vitest';
import { enrolmentWarnings, lacksSizeReason } from '@shared/domain/companyRules';
import { parseOrgNumber } from '@shared/domain/orgNumber';
import type { OrgNumberError } from '@shared/domain/orgNumber';
import { maskPersonnummer, parsePersonnummer, personnummerShapeError } from '@shared/domain/personnummer';
import type { PersonnummerError } from '@shared/domain/personnummer';
import { SNI_LISTS, parseSni, sniEntry } from '@shared/domain/sni';

const TODAY = '2026-11-30';

describe('organisation numbers (issue 14)', () => {
  const accepted: Array<[string, string, 'legal' | 'sole_trader']> = [
    ['556036-0793', '556036-0793', 'legal'],
    ['556036–0793', '556036-0793', 'legal'], // en dash
    ['556036—0793', '556036-0793', 'legal'], // em dash
    ['16556036-0793', '556036-0793', 'legal'],
    ['811218-9876', '811218-9876', 'sole_trader'],
    ['811218+9876', '811218-9876', 'sole_trader'], // an owner of 100 or more
    ['19811218-9876', '811218-9876', 'sole_trader'], // the 12-digit personnummer form
    ['198112189876', '811218-9876', 'sole_trader'],
    ['201212121212', '121212-1212', 'sole_trader'],
    ['000229-0005', '000229-0005', 'sole_trader'], // 29 February 2000
    ['811278-9873', '811278-9873', 'sole_trader'], // samordningsnummer: day 18 + 60
  ];
  it.each(accepted)('accepts %s as %s (%s)', (input, canonical, kind) => {
    expect(parseOrgNumber(input)).toEqual({ ok: true, canonical, kind });
  });

  const refused: Array<[string, OrgNumberError]> = [
    ['811232-9878', 'birth_date'], // 32 December
    ['260230-0002', 'birth_date'], // 30 February
    ['000229+0005', 'birth_date'], // 1900 was no leap year
    ['556036+0793', 'plus'], // a company's number has no +
    ['19811218+9876', 'plus'],
    ['19556036-0793', 'century'],
    ['17811218-9876', 'prefix'],
    ['16811218-9876', 'third_pair'],
    ['811218-9875', 'checksum'],
    ['811218-98765', 'format'],
  ];
  it.each(refused)('refuses %s: %s', (input, reason) => {
    expect(parseOrgNumber(input)).toEqual({ ok: false, reason });
  });
});

describe('personnummer', () => {
  const accepted: Array<[string, string]> = [
    ['19811218-9876', '19811218-9876'],
    ['198112189876', '19811218-9876'],
    ['811218-9876', '19811218-9876'],
    ['811218–9876', '19811218-9876'],
    ['811218+9876', '18811218-9876'],
    ['121212-1212', '20121212-1212'],
    ['19121212-1212', '19121212-1212'],
    ['811278-9873', '19811278-9873'], // samordningsnummer
    ['000229-0005', '20000229-0005'],
  ];
  it.each(accepted)('accepts %s, stored as %s', (input, canonical) => {
    expect(parsePersonnummer(input, TODAY)).toMatchObject({ ok: true, canonical });
  });

  const refused: Array<[string, PersonnummerError]> = [
    ['811232-9878', 'birth_date'],
    ['19811232-9878', 'birth_date'],
    ['260230-0002', 'birth_date'],
    ['000229+0005', 'birth_date'],
    ['811218-9875', 'checksum'],
    ['16811218-9876', 'format'],
    ['19811218+9876', 'format'],
    ['8112189', 'format'],
    ['20270101-0007', 'future'],
  ];
  it.each(refused)('refuses %s: %s', (input, reason) => {
    expect(parsePersonnummer(input, TODAY)).toEqual({ ok: false, reason });
  });

  it('checks the shape without the clock, and masks the stored form', () => {
    expect(personnummerShapeError('811232-9878')).toBe('birth_date');
    expect(personnummerShapeError('20270101-0007')).toBeNull(); // the future needs the clock: the service checks it
    expect(maskPersonnummer('19811218-9876')).toBe('********-9876');
  });

  it('takes the century that puts a 10-digit birth on or before today', () => {
    expect(parsePersonnummer('261130-0001', TODAY)).toMatchObject({ ok: true, canonical: '20261130-0001' });
    expect(parsePersonnummer('261201-0005', TODAY)).toMatchObject({ ok: true, canonical: '19261201-0005' });
  });
});

describe('the programme rules on the company', () => {
  it.each([
    [20, 'enrolled', null, false],
    [21, 'enrolled', null, true],
    [21, 'enrolled', '  ', true],
    [21, 'enrolled', 'Växer in i programmet', false],
    [35, 'prospect', null, false],
    [null, 'enrolled', null, false],
  ] as const)('%s employees, %s, reason %s: lacks a reason %s', (employees, status, sizeReason, lacks) => {
    expect(lacksSizeReason({ employees, status, sizeReason })).toBe(lacks);
  });

  it('warns at enrolment over 20 employees and outside the two counties', () => {
    expect(enrolmentWarnings({ employees: 9, municipalityCode: '1880' })).toEqual([]);
    expect(enrolmentWarnings({ employees: 21, municipalityCode: 'other' })).toEqual(['overTwenty', 'outsideRegion']);
    expect(enrolmentWarnings({ employees: null, municipalityCode: null })).toEqual([]);
  });
});

describe('SNI code lists', () => {
  it('has the sections and divisions of both versions', () => {
    const count = (v: '2007' | '2025', level: string) => SNI_LISTS[v].filter((e) => e.level === level).length;
    expect([count('2007', 'section'), count('2007', 'division')]).toEqual([21, 88]);
    expect([count('2025', 'section'), count('2025', 'division')]).toEqual([22, 87]);
    expect(sniEntry('45', '2025')).toBeUndefined();
    expect(sniEntry('62', '2025')).toMatchObject({ section: 'K', en: 'Computer programming, consultancy and related activities' });
    expect(sniEntry('J', '2007')).toMatchObject({ sv: 'Informations- och kommunikationsverksamhet' });
    expect(parseSni('34', '2007')).toEqual({ ok: false });
    for (const v of ['2007', '2025'] as const) for (const e of SNI_LISTS[v]) expect(e.sv && e.en).toBeTruthy();
  });
});
