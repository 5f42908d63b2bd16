import { z } from 'zod';
import { channel } from './contract';
import { id, optionalText, pastDate, text } from './fields';
import { AID_CURRENCIES } from '../domain/deMinimis';
import type { AidCurrency, AidSource, DeMinimisTotals } from '../domain/deMinimis';

/**
 * De minimis aid (issue 13): the aid the company declares it received from others, the programme's own support
 * (advice and activity shares), the rolling three-year total against the ceiling, and the check an activity's share
 * is given before it is saved. Field messages are keys under `errors.field.`.
 */

export { AID_CURRENCIES, DE_MINIMIS_CEILING_EUR } from '../domain/deMinimis';
export type { AidCurrency, AidSource } from '../domain/deMinimis';

/** Far above any de minimis aid (the whole ceiling is EUR 300,000): a larger figure is a typing error. */
export const MAX_DECLARED_AMOUNT = 10_000_000;

/** An amount of aid: a number, more than nothing, not absurd. */
export const aidAmount = z
  .number({ error: 'number' })
  .finite({ error: 'number' })
  .min(0, { error: 'negative' })
  .gt(0, { error: 'aid.amountPositive' })
  .max(MAX_DECLARED_AMOUNT, { error: 'aid.amountMax' });

export const declaredAidFieldSchemas = {
  /** Aid already received: not after today, which the service checks with its clock (`aidIssues`). */
  date: pastDate,
  amount: aidAmount,
  currency: z.enum(AID_CURRENCIES, { error: 'aid.currency' }),
  grantingBody: text(200).min(1, { error: 'required' }),
  note: optionalText(2000),
} as const;

export const declaredAidPatchSchema = z.strictObject(declaredAidFieldSchemas).partial();
export type DeclaredAidPatch = z.output<typeof declaredAidPatchSchema>;
export const declaredAidCreateSchema = z.strictObject({ companyId: id, ...declaredAidFieldSchemas });
export type DeclaredAidCreateInput = z.input<typeof declaredAidCreateSchema>;

export interface DeclaredAid {
  id: string;
  companyId: string;
  date: string;
  amount: number;
  currency: AidCurrency;
  grantingBody: string;
  note: string | null;
  createdAt: string;
  updatedAt: string;
  revision: number;
}

/** One grant in the summary: the programme's advice or activity share, or declared aid. */
export interface AidLine {
  source: AidSource;
  /** The contact's, the activity's or the declared aid's id. */
  id: string;
  date: string;
  /** The activity's title or the granting body; null for advice. */
  title: string | null;
  /** Advice only: the hours given. */
  hours: number | null;
  /** In `currency`; null when it cannot be valued (advice without an hourly rate). */
  amount: number | null;
  currency: AidCurrency;
  amountSek: number | null;
  amountEur: number | null;
  /** Dated after today (a planned activity): shown, not yet counted. */
  upcoming: boolean;
}

/**
 * A company's de minimis position today. Money figures are null when a rate in Settings they need is missing
 * (`missingRates` names which), never a guess.
 */
export interface DeMinimisSummary extends DeMinimisTotals {
  companyId: string;
  ceilingEur: number;
  hourlyRateSek: number | null;
  eurRate: number | null;
  missingRates: Array<'hourlyRateSek' | 'eurRate'>;
  /** The grants in the three years, and the programme's upcoming ones, by date. */
  lines: AidLine[];
}

/** Every company's three-year total today (an overview or report list). */
export interface DeMinimisTotalRow {
  companyId: string;
  totalSek: number | null;
  totalEur: number | null;
  overCeiling: boolean;
}

/** What an activity's programme share would do: the highest three-year total that holds it, against the ceiling. */
export interface ActivityAidCheck {
  activityId: string;
  /** When the share counts as granted; null when it gives no aid (a cancelled activity). */
  date: string | null;
  /** The highest three-year total holding the share, in EUR (null without the rates), and the day its period ends. */
  totalEur: number | null;
  peakDate: string | null;
  remainingEur: number | null;
  /** The share would take the company over the ceiling: a warning, never a refusal. */
  overCeiling: boolean;
  missingRates: Array<'hourlyRateSek' | 'eurRate'>;
}

export const programmeShareField = z
  .number({ error: 'number' })
  .finite({ error: 'number' })
  .min(0, { error: 'negative' })
  .max(100_000_000, { error: 'plan.costMax' })
  .nullable();

const companyRef = z.strictObject({ companyId: id });

export const aidApi = {
  'aid.summary': channel<DeMinimisSummary>()(companyRef),
  'aid.list': channel<DeclaredAid[]>()(companyRef),
  'aid.create': channel<DeclaredAid>()(declaredAidCreateSchema),
  'aid.update': channel<DeclaredAid>()(z.strictObject({ id, patch: declaredAidPatchSchema })),
  'aid.delete': channel<{ deleted: true }>()(z.strictObject({ id })),
  'aid.checkActivity': channel<ActivityAidCheck>()(z.strictObject({ activityId: id, programmeShareSek: programmeShareField })),
};
