import type { InputOf, ResultOf } from '@shared/api';
import { disagrees } from '@shared/domain/disagreement';

/** The assessment contract's types, reached through the channels (imported from @shared). */
export type RoundDetail = ResultOf<'rounds.get'>;
export type RoundListItem = ResultOf<'rounds.list'>[number];
export type RoundSummary = ResultOf<'rounds.summary'>;
export type RoundPerson = RoundDetail['people'][number];
export type Rating = RoundPerson['competences'][number];
export type Goal = RoundDetail['goals'][number];
export type Strategy = RoundDetail['strategies'][number];
export type Frameworks = ResultOf<'frameworks.get'>;
export type SituationArea = Frameworks['situation']['areas'][number];
export type SituationQuestion = SituationArea['questions'][number];
export type CompetenceDefinition = ResultOf<'competences.listForCompany'>['competences'][number];
export type Bilingual = SituationArea['title'];
export type RatingPatch = Omit<InputOf<'rounds.saveRating'>, 'roundId' | 'personId' | 'competenceId'>;

export const LEVELS = [1, 2, 3, 4, 5] as const;

/** Self and advisor this far apart are worth a conversation. */

export function isDisagreement(r: Pick<Rating, 'selfLevel' | 'advisorLevel'>): boolean {
  return disagrees(r.selfLevel, r.advisorLevel);
}

export function local(text: Bilingual, lang: string): string {
  return lang === 'sv' ? text.sv : text.en;
}

/** Step ids, as stored by rounds.setStep: 'area:<id>', 'vision', 'competences', 'summary'. */
export function stepIds(fw: Frameworks['situation']): string[] {
  return [...fw.areas.map((a) => `area:${a.id}`), 'vision', 'competences', 'summary'];
}
