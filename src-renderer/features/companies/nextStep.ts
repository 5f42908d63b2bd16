import { enrolmentNeeds, mayStartRound } from '@shared/domain/company';
import type { CompanyStatus, EnrolmentNeed } from '@shared/domain/company';

/** The one thing the company page suggests doing next, most pressing first. */
export type NextStep =
  /** A round is under way: carry on where it was left (1-based step). */
  | { kind: 'continueRound'; roundId: string; step: number; steps: number }
  /** A prospect: enrol first, which needs what `needs` lists (empty: only the status is left to change). */
  | { kind: 'enrol'; needs: EnrolmentNeed[] }
  /** Withdrawn (or another status without rounds): nothing to start. */
  | { kind: 'noRounds' }
  | { kind: 'startBaseline' }
  /** The latest round is done and the plan has no activities yet: plan from its gaps. */
  | { kind: 'plan' }
  /** The plan's follow-up date is near or past: start the follow-up. */
  | { kind: 'followUp'; date: string; daysLeft: number }
  /** Nothing pressing: the plan is under way. */
  | { kind: 'onTrack' };

export interface NextStepInput {
  company: {
    status: CompanyStatus;
    growthAmbition: boolean | null;
    growthAmbitionDate: string | null;
    consentBy: string | null;
    consentAt: string | null;
  };
  /** The company's rounds, oldest first. */
  rounds: ReadonlyArray<{ id: string; completedAt: string | null }>;
  /** Where the open round (if any) was left: its 1-based step of so many. */
  openStep: { step: number; steps: number } | null;
  /** Plan activities that are not cancelled. */
  activities: number;
  /** The plan's follow-up when it is within the overview's window (or past). */
  followUp: { date: string; daysLeft: number } | null;
}

export function nextStep(input: NextStepInput): NextStep {
  const { company, rounds } = input;
  const open = rounds.find((r) => r.completedAt === null);
  if (open) return { kind: 'continueRound', roundId: open.id, step: input.openStep?.step ?? 1, steps: input.openStep?.steps ?? 1 };
  if (!mayStartRound(company.status)) {
    return company.status === 'prospect' ? { kind: 'enrol', needs: enrolmentNeeds(company) } : { kind: 'noRounds' };
  }
  if (rounds.length === 0) return { kind: 'startBaseline' };
  if (input.activities === 0) return { kind: 'plan' };
  if (input.followUp) return { kind: 'followUp', ...input.followUp };
  return { kind: 'onTrack' };
}
