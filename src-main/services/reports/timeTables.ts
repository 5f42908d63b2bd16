import { CONTACT_KINDS } from '@shared/api/contacts';
import type { ReportTable } from '@shared/api/reports';
import { GENDERS } from '@shared/domain/person';
import type { Gender } from '@shared/domain/person';
import { oneDecimal, row, table, twoDecimals } from './cells';
import { NOT_STATED } from './records';
import type { CompanyRec, PersonRec } from './records';

/**
 * Time in the programme (issue 13): the advisor's hours from the contact log, and the participants' actual hours
 * from the attendance at sessions beside their planned hours.
 *
 * - A contact counts when it is dated in the period and its company is in the report (the office/advisor filter and
 *   enrolment, as every other figure). Its office is its company's office: the office the company is followed up by,
 *   and the one the report's office filter selects, so the per-office hours add up to the report's total; an advisor
 *   is a name on a contact, with no office of their own. Its advisor is the one who logged it.
 * - Only hours, kind, advisor and company are read: a contact's notes and next steps never reach a report.
 * - Advisor hours are figures about companies, like activity hours, and are shown as they are; the per-company table
 *   is left out of reports that leave the office (company names of sole traders are people's names).
 * - Actual hours are per participant of the report (consented gender, as every other figure about people); in a
 *   report that leaves the office they follow the row's count of participants (suppress.ts).
 */

/** One contact as the report counts it. */
export interface ContactRec {
  companyId: string;
  kind: string;
  advisor: string;
  /** The company's office, or 'not_stated'. */
  office: string;
  hours: number;
}

interface Tally {
  contacts: number;
  hours: number;
  companies: Set<string>;
}

function tally(contacts: readonly ContactRec[], key: (c: ContactRec) => string): Map<string, Tally> {
  const out = new Map<string, Tally>();
  for (const c of contacts) {
    const k = key(c);
    let t = out.get(k);
    if (!t) out.set(k, (t = { contacts: 0, hours: 0, companies: new Set() }));
    t.contacts++;
    t.hours += c.hours;
    t.companies.add(c.companyId);
  }
  return out;
}

const collator = new Intl.Collator('sv');

/** Names in Swedish order, 'not stated' last. */
const byName = (a: string, b: string) => Number(a === NOT_STATED) - Number(b === NOT_STATED) || collator.compare(a, b);

/** The advisor's time: in all, by kind of contact, by office, by advisor and (internal reports only) per company. */
export function advisorTimeTables(
  companies: ReadonlyMap<string, CompanyRec>,
  contacts: readonly ContactRec[],
  external: boolean,
): ReportTable[] {
  const total = tally(contacts, () => 'all').get('all');
  const columns = ['contacts', 'companies', 'advisorHours'] as const;
  const line = (key: string, t: Tally | undefined) => row(key, [t?.contacts ?? 0, t?.companies.size ?? 0, twoDecimals(t?.hours ?? 0)]);
  // The given keys in their order (kinds of contact, all of them), then the others that occur, by name.
  const grouped = (key: (c: ContactRec) => string, order: readonly string[] = []) => {
    const tallies = tally(contacts, key);
    const others = [...tallies.keys()].filter((k) => !order.includes(k)).sort(byName);
    return [...order, ...others].map((k) => line(k, tallies.get(k)));
  };
  const tables = [
    table(
      'advisorTime',
      'measure',
      ['value'],
      [
        row('companiesContacted', [total?.companies.size ?? 0]),
        row('contacts', [total?.contacts ?? 0]),
        row('advisorHours', [twoDecimals(total?.hours ?? 0)]),
      ],
    ),
    table(
      'advisorHoursByKind',
      'contactKind',
      [...columns],
      grouped((c) => c.kind, CONTACT_KINDS),
    ),
    table(
      'advisorHoursByOffice',
      'office',
      [...columns],
      grouped((c) => c.office),
    ),
    table(
      'advisorHoursByAdvisor',
      'advisor',
      [...columns],
      grouped((c) => c.advisor),
    ),
  ];
  if (!external) {
    const perCompany = tally(contacts, (c) => c.companyId);
    const name = (id: string) => companies.get(id)?.name ?? id;
    tables.push(
      table(
        'advisorHoursByCompany',
        'company',
        ['contacts', 'advisorHours'],
        [...perCompany]
          .sort(([a], [b]) => collator.compare(name(a), name(b)))
          .map(([id, t]) => row(id, [t.contacts, twoDecimals(t.hours)], name(id))),
      ),
    );
  }
  return tables;
}

/**
 * Planned and actual hours of the report's participants, by gender and for all of them. Planned: the hours of their
 * activities overlapping the period (as hoursByGender); actual: the hours they attended at sessions dated in it.
 */
export function actualHoursTable(
  people: ReadonlyMap<string, PersonRec>,
  plannedHours: ReadonlyMap<string, number>,
  actualHours: ReadonlyMap<string, number>,
): ReportTable {
  const sums = new Map<Gender | 'total', { n: number; planned: number; actual: number }>();
  for (const [id, planned] of plannedHours) {
    for (const key of [people.get(id)!.gender, 'total'] as const) {
      const s = sums.get(key) ?? { n: 0, planned: 0, actual: 0 };
      s.n++;
      s.planned += planned;
      s.actual += actualHours.get(id) ?? 0;
      sums.set(key, s);
    }
  }
  return table(
    'actualHoursByGender',
    'gender',
    ['participants', 'plannedHours', 'actualHours', 'actualHoursPerParticipant'],
    [...GENDERS, 'total' as const].map((g) => {
      const s = sums.get(g) ?? { n: 0, planned: 0, actual: 0 };
      return row(g, [s.n, twoDecimals(s.planned), twoDecimals(s.actual), s.n ? oneDecimal(s.actual / s.n) : null]);
    }),
  );
}
