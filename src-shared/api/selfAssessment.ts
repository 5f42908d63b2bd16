import { z } from 'zod';
import { channel } from './contract';
import { id } from './fields';
import { levelField, refId } from './assessments';
import type { CompetenceDefinition } from './assessments';
import { LANGUAGES } from '../i18n/languages';
import type { Language } from '../i18n/languages';

/**
 * Self-assessment mode: the advisor hands the laptop to one person, who sees and rates only their own competences.
 * While the mode is on, the router serves only the channels whose policy lets it (`selfAssessment: 'served' | 'ownOnly'`,
 * with `session.status` among them), and only for that round and person.
 */

export interface SelfAssessmentState {
  roundId: string;
  personId: string;
  language: Language;
}

export interface SelfAssessmentCompetence {
  competence: Pick<CompetenceDefinition, 'id' | 'name' | 'description' | 'levels'>;
  selfLevel: number | null;
}

export interface SelfAssessmentView {
  roundId: string;
  personId: string;
  language: Language;
  /** The person's own name: nothing else about anyone. */
  name: string;
  competences: SelfAssessmentCompetence[];
}

/** A handover code the advisor chooses in keychain mode: 6–12 digits (wrong guesses back off, see the service). */
export const handoverCodeField = z.string().regex(/^\d{6,12}$/, { error: 'handoverCode' });

const selfRef = { roundId: id, personId: id };

export const selfAssessmentApi = {
  'selfAssessment.enter': channel<SelfAssessmentState>()(
    z.strictObject({ ...selfRef, language: z.enum(LANGUAGES, { error: 'choice' }), handoverCode: handoverCodeField.optional() }),
  ),
  'selfAssessment.get': channel<SelfAssessmentView>({ selfAssessment: 'ownOnly' })(z.strictObject(selfRef)),
  'selfAssessment.saveRating': channel<{ competenceId: string; selfLevel: number | null }>({ selfAssessment: 'ownOnly' })(
    z.strictObject({ ...selfRef, competenceId: refId, selfLevel: levelField.nullable() }),
  ),
  'selfAssessment.exit': channel<{ exited: true }>({ selfAssessment: 'served' })(
    z.strictObject({
      passphrase: z.string().min(1, { error: 'required' }).max(1024, { error: 'tooLong' }).optional(),
      handoverCode: z.string().min(1, { error: 'required' }).max(64, { error: 'tooLong' }).optional(),
    }),
  ),
};
