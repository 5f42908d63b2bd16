import { z } from 'zod';
import { channel } from './contract';
import { id } from './fields';
import type { GoalKind, RoundKind } from './assessments';
import type { BilingualText } from '../domain/frameworks';

/**
 * The business check (issue 16): a completed situation assessment as the entrepreneur takes it home. What the channel
 * returns is what is printed: the advisor's notes only where marked as shareable, no competence ratings, no people,
 * no follow-up details, a personnummer never (a sole trader's number is null).
 */

export interface BusinessCheckQuestion {
  questionId: string;
  text: BilingualText;
  level: number | null;
  /** The scale's name of the chosen level ("Working") and the question's own text of that level. */
  levelLabel: BilingualText | null;
  levelText: BilingualText | null;
  /** The advisor's note, only when marked as shareable with the company. */
  sharedNote: string | null;
}

export interface BusinessCheckArea {
  areaId: string;
  title: BilingualText;
  /** 0–100, null when unanswered. */
  score: number | null;
  targetScore: number | null;
  /** The baseline's score of the area (a follow-up round only) and the change since then. */
  baselineScore: number | null;
  change: number | null;
  questions: BusinessCheckQuestion[];
}

export interface BusinessCheckGoal {
  kind: GoalKind;
  label: string | null;
  currentValue: number | null;
  targetValue: number | null;
  targetYear: number | null;
}

export interface BusinessCheckStrategy {
  text: string;
  areaIds: string[];
}

export interface BusinessCheck {
  roundId: string;
  companyId: string;
  companyName: string;
  /** Null when the number is a personnummer: the document then does not print it. */
  orgNumber: string | null;
  kind: RoundKind;
  date: string;
  /** Who made the assessment with the company (the round's advisor). */
  advisor: string;
  /** The baseline a follow-up round is compared with; null for a baseline. */
  baseline: { roundId: string; date: string } | null;
  overallScore: number | null;
  areas: BusinessCheckArea[];
  vision: string | null;
  goals: BusinessCheckGoal[];
  strategies: BusinessCheckStrategy[];
  /** The areas with the largest room to grow (domain/businessCheck.ts), largest first, at most three. */
  opportunities: string[];
}

export const businessCheckApi = {
  'print.businessCheck': channel<BusinessCheck>()(z.strictObject({ roundId: id })),
};
