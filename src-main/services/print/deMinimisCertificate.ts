import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '@shared/api';
import type { DeMinimisCertificate } from '@shared/api/print';
import { roundMoney, toEur } from '@shared/domain/deMinimis';
import { deMinimisSummary } from '../aid';
import { toCompany } from '../companies';
import { loadRow } from '../companies/companies';
import { getSettings } from '../settings';
import type { Database } from '../../store/schema';
import { systemClock } from '../../store/transaction';
import type { ServiceDeps } from '../../store/transaction';

/**
 * The de minimis certificate of a company: the aid the programme itself granted (the advisor's time and its share of
 * activity costs) in the three years up to today, from the aid service's summary. Aid the company declared from
 * others is not this programme's to certify and is left out, as are grants dated after today. A personnummer is never
 * returned: a sole trader's number is null. No notes, no contact details: what is returned is what is printed.
 */
export async function deMinimisCertificate(
  db: Kysely<Database>,
  input: ParsedInputOf<'print.deMinimisCertificate'>,
  deps: ServiceDeps = systemClock,
): Promise<DeMinimisCertificate> {
  const company = toCompany(await loadRow(db, input.companyId));
  const summary = await deMinimisSummary(db, company.id, deps);
  const { office } = await getSettings(db);
  const grants = summary.lines
    .filter((l) => l.source !== 'declared' && !l.upcoming)
    .map((l) => ({
      date: l.date,
      kind: l.source === 'advice' ? ('advice' as const) : ('activity' as const),
      title: l.source === 'advice' ? null : l.title,
      amountSek: l.amountSek,
      amountEur: l.amountEur,
    }));
  const totalEur = summary.programmeSek === null ? null : toEur(summary.programmeSek, 'SEK', summary.eurRate);
  return {
    companyId: company.id,
    companyName: company.name,
    orgNumber: company.orgKind === 'sole_trader' ? null : company.orgNumber,
    office,
    issuedOn: summary.windowEnd,
    windowStart: summary.windowStart,
    eurRate: summary.eurRate,
    grants,
    totalSek: summary.programmeSek,
    totalEur: totalEur === null ? null : roundMoney(totalEur),
  };
}
