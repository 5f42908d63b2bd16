import { z } from 'zod';
import { channel } from './contract';
import { id } from './fields';
import type { RoundKind } from './assessments';
import type { BilingualText } from '../domain/frameworks';
import { LANGUAGES } from '../i18n/languages';

/**
 * A participant's competence passport (issue 16): their own document, made only with their consent. What these
 * channels return is everything the PDF and the JSON show: the person's name, their ratings over the completed rounds
 * (only if they agreed to share them), the activities they completed with dates, attended hours and provider, and what
 * they want to learn next. Never the company's figures, its other people, follow-up details, notes or a personnummer.
 */

/** One competence in one round: the person's own level and the advisor's (1–5), either possibly not given. */
export interface PassportRating {
  competenceId: string;
  name: BilingualText;
  selfLevel: number | null;
  advisorLevel: number | null;
}

/** A completed round the person took part in, dated by the round. */
export interface PassportRound {
  roundId: string;
  kind: RoundKind;
  date: string;
  ratings: PassportRating[];
}

/** An activity the person completed (status done, and attended when it had sessions). */
export interface PassportActivity {
  id: string;
  title: string;
  /** The activity type's name (course, workshop …), or null when none is set. */
  type: BilingualText | null;
  provider: string | null;
  /** The first and last session the person attended; without sessions, the planned dates (either may be null). */
  from: string | null;
  to: string | null;
  /** The hours the person attended (sum of their attendance); null when the activity had no sessions recorded. */
  hours: number | null;
}

export interface Passport {
  personId: string;
  name: string;
  /** The workplace where the learning took place (its name only: never its figures). */
  workplace: string;
  /** The office that issues the passport and the advisor, from Settings (null when not set). */
  office: string | null;
  advisor: string | null;
  /** The office's today. */
  issuedOn: string;
  consentAt: string;
  /** The person agreed to share their ratings: without it `rounds` is empty and the passport says why. */
  ratingsShared: boolean;
  rounds: PassportRound[];
  activities: PassportActivity[];
  learningWishes: string | null;
}

const personOnly = z.strictObject({ personId: id });

export const passportApi = {
  'passport.get': channel<Passport>()(personOnly),
  /** The passport as a Europass-style credential (see domain/passportElm.ts), as text to save, in the chosen language. */
  'passport.exportJson': channel<{ fileName: string; text: string }>()(
    z.strictObject({ personId: id, language: z.enum(LANGUAGES, { error: 'choice' }) }),
  ),
};
