import { describe, expect, it } from 'vitest';
import type { ReportTable } from '@shared/api/reports';
import type { CompanyRec, PersonRec } from '../../src-main/services/reports/records';
import { suppressTables } from '../../src-main/services/reports/suppress';
import { actualHoursTable, advisorTimeTables } from '../../src-main/services/reports/timeTables';
import type { ContactRec } from '../../src-main/services/reports/timeTables';

/** Time in the programme report: the pure table builders on small hand-made records. */

const company = (id: string, name: string): CompanyRec => ({
  id,
  name,
  municipality: '1880',
  size: 'micro',
  section: 'C',
  sniVersion: '2007',
});
const companies = new Map([
  ['a', company('a', 'Östra Bygg AB')],
  ['b', company('b', 'Alfa AB')],
  ['c', company('c', 'Zeta AB')],
]);
const contact = (companyId: string, kind: string, advisor: string, office: string, hours: number): ContactRec => ({
  companyId,
  kind,
  advisor,
  office,
  hours,
});
const person = (gender: PersonRec['gender']): PersonRec => ({
  companyId: 'a',
  gender,
  ageBand: '30_54',
  education: 'isced_3_4',
  employment: 'employed',
  foreignBackground: 'no',
  thirdCountry: 'no',
  disability: 'no',
});
const rows = (t: ReportTable) => t.rows.map((r) => [r.label ?? r.key, ...r.cells]);
const byId = (tables: ReportTable[], id: string) => tables.find((t) => t.id === id)!;

describe('advisor time tables', () => {
  const contacts = [
    contact('a', 'visit', 'Örjan', 'Örebro', 1.25),
    contact('a', 'phone', 'Anna', 'Örebro', 0.25),
    contact('b', 'visit', 'Anna', 'not_stated', 2),
    contact('c', 'video', 'Åke', 'Arboga', 0.5),
    // A kind this version does not know (from a newer office's file) is counted, not dropped.
    contact('c', 'sms', 'Åke', 'Arboga', 0.25),
  ];

  it('count contacts, companies and hours in all and by kind, every kind shown, unknown ones after', () => {
    const tables = advisorTimeTables(companies, contacts, false);
    expect(rows(byId(tables, 'advisorTime'))).toEqual([
      ['companiesContacted', 3],
      ['contacts', 5],
      ['advisorHours', 4.25],
    ]);
    expect(rows(byId(tables, 'advisorHoursByKind'))).toEqual([
      ['visit', 2, 2, 3.25],
      ['office', 0, 0, 0],
      ['phone', 1, 1, 0.25],
      ['video', 1, 1, 0.5],
      ['email', 0, 0, 0],
      ['sms', 1, 1, 0.25],
    ]);
  });

  it('order offices and advisors in Swedish, an office not stated last, and companies by name', () => {
    const tables = advisorTimeTables(companies, contacts, false);
    expect(rows(byId(tables, 'advisorHoursByOffice')).map((r) => r[0])).toEqual(['Arboga', 'Örebro', 'not_stated']);
    expect(rows(byId(tables, 'advisorHoursByAdvisor'))).toEqual([
      ['Anna', 2, 2, 2.25],
      ['Åke', 2, 1, 0.75],
      ['Örjan', 1, 1, 1.25],
    ]);
    expect(rows(byId(tables, 'advisorHoursByCompany'))).toEqual([
      ['Alfa AB', 1, 2],
      ['Zeta AB', 2, 0.75],
      ['Östra Bygg AB', 2, 1.5],
    ]);
  });

  it('leave the per-company table out of a report that leaves the office, and show zeros without contacts', () => {
    const external = advisorTimeTables(companies, contacts, true);
    expect(external.map((t) => t.id)).toEqual(['advisorTime', 'advisorHoursByKind', 'advisorHoursByOffice', 'advisorHoursByAdvisor']);
    const none = advisorTimeTables(companies, [], false);
    expect(rows(byId(none, 'advisorTime'))).toEqual([
      ['companiesContacted', 0],
      ['contacts', 0],
      ['advisorHours', 0],
    ]);
    expect(byId(none, 'advisorHoursByOffice').rows).toEqual([]);
    expect(byId(none, 'advisorHoursByCompany').rows).toEqual([]);
  });
});

describe('actual hours by gender', () => {
  const people = new Map<string, PersonRec>([
    ...['w1', 'w2', 'w3', 'w4', 'w5'].map((id): [string, PersonRec] => [id, person('woman')]),
    ['m1', person('man')],
    ['x1', person('not_stated')],
  ]);
  const planned = new Map([...people.keys()].map((id) => [id, 10]));
  // w1–w4 attended 4 h, w5 none; m1 7.25; x1 2.5; a person outside the report's participants is not counted.
  const actual = new Map([
    ['w1', 4],
    ['w2', 4],
    ['w3', 4],
    ['w4', 4],
    ['m1', 7.25],
    ['x1', 2.5],
    ['elsewhere', 99],
  ]);

  it('sums planned and attended hours of the participants by gender and for all of them', () => {
    expect(rows(actualHoursTable(people, planned, actual))).toEqual([
      ['woman', 5, 50, 16, 3.2],
      ['man', 1, 10, 7.25, 7.3],
      ['non_binary', 0, 0, 0, null],
      ['not_stated', 1, 10, 2.5, 2.5],
      ['total', 7, 70, 25.75, 3.7],
    ]);
  });

  it('hides every figure about fewer than five people outside the office, and what would give them away', () => {
    // 7 = 5 + 1 + 0 + 1: with the women and the total shown, the three small rows would add up to 2 (each 0–2, not
    // 0–4), and hiding the women too would leave them 5–7; so the total is hidden, with its hours.
    expect(rows(suppressTables([actualHoursTable(people, planned, actual)])[0]!)).toEqual([
      ['woman', 5, 50, 16, 3.2],
      ['man', '<5', '<5', '<5', '<5'],
      ['non_binary', '<5', '<5', '<5', '<5'],
      ['not_stated', '<5', '<5', '<5', '<5'],
      ['total', '..', '..', '..', '..'],
    ]);
  });
});
