import { z } from 'zod';
import type { Passport, PassportActivity, PassportRating, PassportRound } from '../api/passport';
import type { Language } from '../i18n/languages';
import type { BilingualText } from './frameworks';
import { MAX_LEVEL } from './frameworks';

/**
 * The competence passport as JSON another system can read: a Europass credential in the field names of the European
 * Learning Model, version 3 (ELM 3, the EU's published model behind Europass digital credentials, application profile
 * "EDC"). Chosen because it is the schema a European learner's wallet and the Europass portal read, it is multilingual
 * by design (every text is a language map such as `{ "sv": "…" }`), and it has a term for each thing the passport holds:
 *
 * - the credential: `type` [VerifiableCredential, EuropeanDigitalCredential], `issuer` (Organisation with `legalName`),
 *   `issuanceDate`, `credentialSubject` (Person with `fullName`) and `displayParameter` (the language shown);
 * - each completed activity: a `LearningActivity` claim in `hasClaim` with `title`, `temporal` (PeriodOfTime with
 *   `startDate`/`endDate`), `workload` (an ISO 8601 duration of the hours the person attended), `directedBy` (the
 *   provider), `specifiedBy` (its LearningActivitySpecification, titled by the activity type) and `awardedBy`
 *   (AwardingProcess with the issuing office as `awardingBody`);
 * - each completed round of the competence analysis: an `Assessment` claim with `dateIssued`, whose `hasPart` holds one
 *   Assessment per competence and rater (self or advisor), its `grade` a Note (`noteLiteral` "3 / 5"), `assessedBy`
 *   the person or the office, and `specifiedBy` an AssessmentSpecification titled by the competence.
 *
 * ELM has no term for what a learner wants to learn next: it travels as an `additionalNote` (Note, the model's general
 * note) of the credential subject, its `subject` saying what it is. ELM's dates are xsd:dateTime: a calendar date is
 * written at noon UTC, which is the same day in every European time zone. Not signed: a JSON-LD file for reading, not
 * a sealed credential (the app has no qualified seal).
 */

export const ELM_CONTEXT = ['https://www.w3.org/2018/credentials/v1', 'http://data.europa.eu/snb/model/context/edc-ap'] as const;
export const ELM_SCHEMA_ID = 'http://data.europa.eu/snb/model/ap/edc-generic-full';
const LANGUAGE_AUTHORITY = 'http://publications.europa.eu/resource/authority/language/';
const LANGUAGE_CODE: Record<Language, string> = { sv: 'SWE', en: 'ENG' };

// ---------- the schema the export is validated against ----------

const langString = z.partialRecord(z.enum(['sv', 'en']), z.string().min(1)).refine((m) => Object.keys(m).length > 0, 'empty');
const dateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T12:00:00Z$/);
const urn = z.string().regex(/^urn:[a-z0-9-]+:/);
const concept = z.strictObject({ id: z.string().url(), type: z.literal('Concept') });
const note = z.strictObject({
  type: z.literal('Note'),
  noteLiteral: langString,
  subject: z.strictObject({ type: z.literal('Concept'), prefLabel: langString }).optional(),
});
const organisation = z.strictObject({ id: urn.optional(), type: z.literal('Organisation'), legalName: langString });
const person = z.strictObject({ id: urn, type: z.literal('Person'), fullName: langString });

const learningActivity = z.strictObject({
  id: urn,
  type: z.literal('LearningActivity'),
  title: langString,
  temporal: z
    .array(z.strictObject({ type: z.literal('PeriodOfTime'), startDate: dateTime.optional(), endDate: dateTime.optional() }))
    .max(1),
  workload: z
    .string()
    .regex(/^PT(\d+H)?(\d+M)?$/)
    .optional(),
  directedBy: z.array(organisation).max(1),
  specifiedBy: z.strictObject({ type: z.literal('LearningActivitySpecification'), title: langString }).optional(),
  awardedBy: z.strictObject({ type: z.literal('AwardingProcess'), awardingBody: z.array(organisation).length(1) }),
});

const competenceAssessment = z.strictObject({
  id: urn,
  type: z.literal('Assessment'),
  title: langString,
  grade: note,
  assessedBy: z.array(z.union([person, organisation])).length(1),
  specifiedBy: z.strictObject({ type: z.literal('AssessmentSpecification'), title: langString }),
});

const roundAssessment = z.strictObject({
  id: urn,
  type: z.literal('Assessment'),
  title: langString,
  dateIssued: dateTime,
  hasPart: z.array(competenceAssessment),
  awardedBy: z.strictObject({ type: z.literal('AwardingProcess'), awardingBody: z.array(organisation).length(1) }),
});

export const elmPassportSchema = z.strictObject({
  '@context': z.tuple([z.literal(ELM_CONTEXT[0]), z.literal(ELM_CONTEXT[1])]),
  id: urn,
  type: z.tuple([z.literal('VerifiableCredential'), z.literal('EuropeanDigitalCredential')]),
  credentialSchema: z.array(z.strictObject({ id: z.literal(ELM_SCHEMA_ID), type: z.literal('ShaclValidator2017') })).length(1),
  issuer: organisation,
  issuanceDate: dateTime,
  credentialSubject: person.extend({
    hasClaim: z.array(z.union([learningActivity, roundAssessment])),
    additionalNote: z.array(note).max(1),
  }),
  displayParameter: z.strictObject({
    type: z.literal('DisplayParameter'),
    title: langString,
    language: z.array(concept).min(1),
    primaryLanguage: concept,
  }),
});
export type ElmPassport = z.output<typeof elmPassportSchema>;

// ---------- building it ----------

/** The words the JSON needs in the chosen language (the service takes them from the locale files). */
export interface ElmLabels {
  title: string;
  /** "{{kind}}, {{date}}" already filled: the round's title, per round id. */
  roundTitle: (round: PassportRound) => string;
  self: string;
  advisor: string;
  learningWishes: string;
  /** The issuer when Settings has no office name. */
  programme: string;
}

/** Calendar date at noon UTC: the same day everywhere in Europe. */
export const elmDate = (date: string): string => `${date}T12:00:00Z`;

/** Hours as an ISO 8601 duration, whole minutes: 12.5 → PT12H30M, 0.25 → PT15M. */
export function elmWorkload(hours: number): string {
  const minutes = Math.round(hours * 60);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `PT${h ? `${h}H` : ''}${m || !h ? `${m}M` : ''}`;
}

const one = (language: Language, text: string) => ({ [language]: text });
/** Both languages, the chosen one first. */
const both = (language: Language, text: BilingualText) => (language === 'sv' ? { sv: text.sv, en: text.en } : { en: text.en, sv: text.sv });

function activityClaim(a: PassportActivity, language: Language, issuer: z.output<typeof organisation>) {
  const period = { type: 'PeriodOfTime' as const, ...(a.from && { startDate: elmDate(a.from) }), ...(a.to && { endDate: elmDate(a.to) }) };
  return {
    id: `urn:uuid:${a.id}`,
    type: 'LearningActivity' as const,
    title: one(language, a.title),
    temporal: a.from || a.to ? [period] : [],
    ...(a.hours !== null && { workload: elmWorkload(a.hours) }),
    directedBy: a.provider ? [{ type: 'Organisation' as const, legalName: one(language, a.provider) }] : [],
    ...(a.type && { specifiedBy: { type: 'LearningActivitySpecification' as const, title: both(language, a.type) } }),
    awardedBy: { type: 'AwardingProcess' as const, awardingBody: [issuer] },
  };
}

function ratingParts(
  p: Passport,
  round: PassportRound,
  r: PassportRating,
  language: Language,
  labels: ElmLabels,
  issuer: z.output<typeof organisation>,
) {
  const subject = { id: `urn:uuid:${p.personId}`, type: 'Person' as const, fullName: one(language, p.name) };
  const raters = [
    { key: 'self', level: r.selfLevel, label: labels.self, by: subject },
    { key: 'advisor', level: r.advisorLevel, label: labels.advisor, by: issuer },
  ] as const;
  const name = language === 'sv' ? r.name.sv : r.name.en;
  return raters
    .filter((x) => x.level !== null)
    .map((x) => ({
      id: `urn:vaxtkraft:assessment:${round.roundId}:${r.competenceId}:${x.key}`,
      type: 'Assessment' as const,
      title: one(language, `${name} (${x.label})`),
      grade: { type: 'Note' as const, noteLiteral: one(language, `${x.level} / ${MAX_LEVEL}`) },
      assessedBy: [x.by],
      specifiedBy: { type: 'AssessmentSpecification' as const, title: both(language, r.name) },
    }));
}

/** The passport as an ELM 3 credential in `language` (bilingual names carry both languages, the chosen one first). */
export function toElmPassport(p: Passport, language: Language, labels: ElmLabels): ElmPassport {
  const issuer = { type: 'Organisation' as const, legalName: one(language, p.office ?? labels.programme) };
  const rounds = p.rounds.map((round) => ({
    id: `urn:uuid:${round.roundId}`,
    type: 'Assessment' as const,
    title: one(language, labels.roundTitle(round)),
    dateIssued: elmDate(round.date),
    hasPart: round.ratings.flatMap((r) => ratingParts(p, round, r, language, labels, issuer)),
    awardedBy: { type: 'AwardingProcess' as const, awardingBody: [issuer] },
  }));
  const languageConcept = { id: `${LANGUAGE_AUTHORITY}${LANGUAGE_CODE[language]}`, type: 'Concept' as const };
  const wishes = p.learningWishes
    ? [
        {
          type: 'Note' as const,
          noteLiteral: one(language, p.learningWishes),
          subject: { type: 'Concept' as const, prefLabel: one(language, labels.learningWishes) },
        },
      ]
    : [];
  return {
    '@context': [...ELM_CONTEXT],
    id: `urn:vaxtkraft:passport:${p.personId}:${p.issuedOn}`,
    type: ['VerifiableCredential', 'EuropeanDigitalCredential'],
    credentialSchema: [{ id: ELM_SCHEMA_ID, type: 'ShaclValidator2017' }],
    issuer,
    issuanceDate: elmDate(p.issuedOn),
    credentialSubject: {
      id: `urn:uuid:${p.personId}`,
      type: 'Person',
      fullName: one(language, p.name),
      hasClaim: [...p.activities.map((a) => activityClaim(a, language, issuer)), ...rounds],
      additionalNote: wishes,
    },
    displayParameter: {
      type: 'DisplayParameter',
      title: one(language, labels.title),
      language: [languageConcept],
      primaryLanguage: languageConcept,
    },
  } as ElmPassport;
}
