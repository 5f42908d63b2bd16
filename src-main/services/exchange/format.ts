import { z } from 'zod';
import { ACTIVITY_LEVELS, ACTIVITY_STATUSES, ACTIVITY_TYPE_IDS, PROVIDER_KINDS } from '@shared/api/plans';
import { companyFieldSchemas } from '@shared/api/companies';
import { EXCHANGE_ENTITIES } from '@shared/api/exchange';
import { GOAL_KINDS, ROUND_KINDS } from '@shared/api/assessments';
import { id, isoDate } from '@shared/api/fields';
import { MAX_LEVEL, MIN_LEVEL } from '@shared/domain/frameworks';
import { PERSON_ROLES } from '@shared/domain/person';
import { personFieldSchemas } from '@shared/api/people';
import { participationRecordFields } from '@shared/api/participation';
import { contactFieldSchemas } from '@shared/api/contacts';
import { declaredAidFieldSchemas, programmeShareField } from '@shared/api/aid';

export const FORMAT_NAME = 'vaxtkraft-exchange';
/**
 * Bump when the file gains something an older app would lose (a new record array, a new field): an older app
 * then refuses the file (`newerFormat`) instead of importing part of it. Version 1 files (companies and people
 * only) are still read: they simply hold no rounds or plans. Version 3 added a person's choice to share ratings with
 * the employer; in older files nobody has agreed. Version 4 added the advisor's contacts with the companies (issue 13);
 * older files have none. Version 5 (this release) adds what the second step brings: the sending office and its
 * signature, per-office sequence numbers and deltas (issue 12), and sessions, attendance and de minimis aid
 * (issue 13); every addition is optional when reading, so that versions 1–4 are still read.
 */
export const FORMAT_VERSION = 5;

const MAX_COMPANIES = 100_000;
const MAX_PEOPLE = 1_000_000;
const MAX_ROUNDS = 1_000_000;
const MAX_ACTIVITIES = 1_000_000;
const MAX_CHILDREN = 100_000;

const timestamp = z.string().datetime({ offset: true, error: 'date' });
const revision = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
const str = (max: number) => z.string().max(max);
const nstr = (max: number) => z.string().max(max).nullable();
const ref = z.string().min(1).max(100);
const level = z.number().int().min(MIN_LEVEL, { error: 'level' }).max(MAX_LEVEL, { error: 'level' });
const num = z.number().finite().nullable();

/** What every travelling row carries, whatever its type. */
const travelling = { id, revision, createdAt: timestamp, updatedAt: timestamp };

export const companyRecordSchema = z.strictObject({
  ...travelling,
  ...companyFieldSchemas,
  statusDate: companyFieldSchemas.statusDate.optional().default(null),
  ownerGender: companyFieldSchemas.ownerGender.optional().default(null),
  sizeReason: companyFieldSchemas.sizeReason.optional().default(null),
  archivedAt: timestamp.nullable(),
});
export type CompanyRecord = z.output<typeof companyRecordSchema>;

export const personRecordSchema = z.strictObject({
  ...travelling,
  companyId: id,
  ...personFieldSchemas,
  ratingsShared: personFieldSchemas.ratingsShared.optional().default(false),
  ratingsSharedAt: personFieldSchemas.ratingsSharedAt.optional().default(null),
  learningWishes: personFieldSchemas.learningWishes.optional().default(null),
  passportConsent: personFieldSchemas.passportConsent.optional().default(false),
  passportConsentAt: personFieldSchemas.passportConsentAt.optional().default(null),
  personnummer: personFieldSchemas.personnummer.optional().default(null),
  ...participationRecordFields,
});
export type PersonRecord = z.output<typeof personRecordSchema>;

/** A round with everything in it: the children have no life of their own and follow the round's revision. */
export const roundRecordSchema = z.strictObject({
  ...travelling,
  companyId: id,
  kind: z.enum(ROUND_KINDS),
  date: isoDate,
  advisor: str(200),
  basedOnRoundId: id.nullable(),
  frameworkId: ref,
  frameworkVersion: z.number().int().min(1),
  catalogueVersion: z.number().int().min(1),
  vision: nstr(5000),
  lastStep: nstr(100),
  completedAt: timestamp.nullable(),
  completedBy: nstr(200),
  customSnapshot: nstr(1_000_000),
  answers: z
    .array(
      z.strictObject({
        questionId: ref,
        level: level.nullable(),
        note: nstr(2000),
        updatedAt: timestamp,
        /** Migration 0200; absent in files before it: not shared. */
        noteShared: z.boolean().optional().default(false),
      }),
    )
    .max(MAX_CHILDREN),
  areaTargets: z.array(z.strictObject({ areaId: ref, targetLevel: level, updatedAt: timestamp })).max(MAX_CHILDREN),
  goals: z
    .array(
      z.strictObject({
        ...travelling,
        kind: z.enum(GOAL_KINDS),
        label: nstr(500),
        currentValue: num,
        targetValue: num,
        targetYear: z.number().int().min(1900).max(2200).nullable(),
        areaIds: z.array(ref).max(100),
      }),
    )
    .max(MAX_CHILDREN),
  strategies: z.array(z.strictObject({ ...travelling, text: str(5000), areaIds: z.array(ref).max(100) })).max(MAX_CHILDREN),
  people: z.array(z.strictObject({ personId: id, role: z.enum(PERSON_ROLES), updatedAt: timestamp })).max(MAX_CHILDREN),
  ratings: z
    .array(
      z.strictObject({
        personId: id,
        competenceId: ref,
        position: z.number().int().min(0).max(1_000_000),
        requiredLevel: level.nullable(),
        selfLevel: level.nullable(),
        advisorLevel: level.nullable(),
        note: nstr(2000),
        updatedAt: timestamp,
      }),
    )
    .max(MAX_CHILDREN),
});
export type RoundRecord = z.output<typeof roundRecordSchema>;

export const customCompetenceRecordSchema = z.strictObject({
  ...travelling,
  companyId: id,
  nameSv: str(200),
  nameEn: str(200),
  descriptionSv: nstr(2000),
  descriptionEn: nstr(2000),
  /** JSON text as stored: [{ level, descriptor: { sv, en } }], or null. */
  levels: nstr(50_000),
});
export type CustomCompetenceRecord = z.output<typeof customCompetenceRecordSchema>;

export const planRecordSchema = z.strictObject({
  ...travelling,
  companyId: id,
  nextFollowUp: isoDate.nullable(),
  note: nstr(5000),
});
export type PlanRecord = z.output<typeof planRecordSchema>;

/** A session of an activity (format 5, issue 13): it travels inside its activity and follows the activity's revision. */
export const sessionRecordSchema = z.strictObject({
  id,
  date: isoDate,
  hours: z.number().finite(),
  note: nstr(500),
  attendance: z.array(z.strictObject({ personId: id, hours: z.number().finite() })).max(60),
});
export type SessionRecord = z.output<typeof sessionRecordSchema>;

export const activityRecordSchema = z.strictObject({
  ...travelling,
  planId: id,
  title: str(200),
  typeId: z.enum(ACTIVITY_TYPE_IDS).nullable(),
  level: z.enum(ACTIVITY_LEVELS),
  competenceIds: z.array(ref).max(50),
  personIds: z.array(id).max(60),
  providerId: id.nullable(),
  plannedStart: isoDate.nullable(),
  plannedEnd: isoDate.nullable(),
  hours: num,
  costSek: num,
  fundingSource: nstr(200),
  responsible: nstr(200),
  status: z.enum(ACTIVITY_STATUSES),
  outcomeRating: level.nullable(),
  outcomeComment: nstr(2000),
  internalNote: nstr(2000),
  /** Migration 0070; absent in files from stores without it. */
  accessibilityAdaptations: nstr(2000).optional(),
  /** Format 5 (issue 13): the programme's share of the cost, de minimis aid; absent in older files. */
  programmeShareSek: programmeShareField.optional().default(null),
  /** Format 5 (issue 13): why it is done without sessions, and its sessions; absent in older files. */
  attendanceWaiver: nstr(1000).optional().default(null),
  sessions: z.array(sessionRecordSchema).max(500).optional().default([]),
});
export type ActivityRecord = z.output<typeof activityRecordSchema>;

export const providerRecordSchema = z.strictObject({
  ...travelling,
  name: str(200),
  kind: z.enum(PROVIDER_KINDS),
  municipalityCode: nstr(20),
  contact: nstr(300),
  topics: z.array(str(100)).max(20),
});
export type ProviderRecord = z.output<typeof providerRecordSchema>;

/** A contact with a company: its people present and next steps travel inside it, like an activity's participants. */
export const contactRecordSchema = z.strictObject({
  ...travelling,
  companyId: id,
  ...contactFieldSchemas,
});
export type ContactRecord = z.output<typeof contactRecordSchema>;

/** De minimis aid the company declared (format 5, issue 13): its own record, like a contact. */
export const aidRecordSchema = z.strictObject({
  ...travelling,
  companyId: id,
  ...declaredAidFieldSchemas,
});
export type AidRecord = z.output<typeof aidRecordSchema>;

/** Goals and strategies travel in their round; their tombstones travel too, so that the deletion is remembered. */
export const TOMBSTONE_ENTITIES = [...EXCHANGE_ENTITIES, 'goal', 'strategy'] as const;
export type TombstoneEntity = (typeof TOMBSTONE_ENTITIES)[number];

export const tombstoneRecordSchema = z.strictObject({
  entity: z.enum(TOMBSTONE_ENTITIES),
  entityId: id,
  deletedAt: timestamp,
  revision,
});
export type TombstoneRecord = z.output<typeof tombstoneRecordSchema>;

/** Per entity: record id -> the last revision the exporting office had agreed on with another office. */
const baseMap = z.record(id, revision);
const optionalBase = baseMap.optional().default({});

/** The sending office (format 5, issue 12): its public keys as its card gives them; absent in older files. */
export const senderSchema = z.strictObject({
  name: z.string().max(200),
  recipient: z.string().max(200),
  signingKey: z.string().max(100),
  fingerprint: z.string().max(50),
});
export type FileSender = z.output<typeof senderSchema>;

/**
 * Which office a delta is for (the recipient's fingerprint), its number in the sender's sequence to that office (1, 2,
 * …) and whether it carries everything (a first or full send) rather than what changed since the previous file.
 */
export const deliverySchema = z.strictObject({
  to: z.string().min(1).max(50),
  sequence: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  full: z.boolean(),
});
export type Delivery = z.output<typeof deliverySchema>;

export const exchangeFileSchema = z.strictObject({
  format: z.literal(FORMAT_NAME),
  formatVersion: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(FORMAT_VERSION)]),
  appVersion: z.string().max(50),
  exportedAt: timestamp,
  office: z.string().max(200).nullable(),
  advisor: z.string().max(200).nullable(),
  companies: z.array(companyRecordSchema).max(MAX_COMPANIES),
  people: z.array(personRecordSchema).max(MAX_PEOPLE),
  rounds: z.array(roundRecordSchema).max(MAX_ROUNDS).optional().default([]),
  customCompetences: z.array(customCompetenceRecordSchema).max(MAX_ROUNDS).optional().default([]),
  plans: z.array(planRecordSchema).max(MAX_COMPANIES).optional().default([]),
  activities: z.array(activityRecordSchema).max(MAX_ACTIVITIES).optional().default([]),
  providers: z.array(providerRecordSchema).max(MAX_COMPANIES).optional().default([]),
  contacts: z.array(contactRecordSchema).max(MAX_ACTIVITIES).optional().default([]),
  aid: z.array(aidRecordSchema).max(MAX_ACTIVITIES).optional().default([]),
  tombstones: z.array(tombstoneRecordSchema).max(MAX_COMPANIES + MAX_PEOPLE + MAX_ROUNDS + MAX_ACTIVITIES),
  base: z.strictObject({
    company: baseMap,
    person: baseMap,
    round: optionalBase,
    custom_competence: optionalBase,
    plan: optionalBase,
    activity: optionalBase,
    provider: optionalBase,
    contact: optionalBase,
    aid: optionalBase,
  }),
  /** A delta for one office (issue 12, services/exchange/delta.ts); placed before `sender`, in the order a file is built. */
  delivery: deliverySchema.optional(),
  sender: senderSchema.optional(),
  /** Base64 Ed25519 signature by `sender.signingKey` over the file's JSON text without this field (services/offices). */
  signature: z.string().max(200).optional(),
});
export type ExchangeFile = z.output<typeof exchangeFileSchema>;
