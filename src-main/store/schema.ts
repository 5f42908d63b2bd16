import { col } from './columns';
import type { RowOf } from './columns';

/**
 * Every table the migrations create, column by column, in the migrations' order; `Database` (Kysely's view) is
 * derived from it, and tests/integration/schema-types.test.ts holds it against the migrated store. Column names are
 * snake_case; booleans are stored as 0/1 (`col.bool`), id lists and other structured values as JSON text (`col.json`).
 */

/** The columns every record that travels between offices carries. */
const travelling = { created_at: col.text(), updated_at: col.text(), revision: col.integer() };

export const TABLES = {
  // ---------- register (0010, 0020) ----------
  companies: {
    id: col.text(),
    name: col.text(),
    /** Derived from `name` on every write (see sortKey), so that Swedish names sort and search without a collation. */
    sort_name: col.text(),
    org_number: col.text(),
    municipality_code: col.text().nullable(),
    municipality_other: col.text().nullable(),
    sni_code: col.text().nullable(),
    sni_version: col.text(),
    employees: col.integer().nullable(),
    year_founded: col.integer().nullable(),
    contact_name: col.text().nullable(),
    contact_phone: col.text().nullable(),
    contact_email: col.text().nullable(),
    advisor: col.text().nullable(),
    office: col.text().nullable(),
    growth_ambition: col.bool().nullable(),
    growth_ambition_date: col.text().nullable(),
    consent_by: col.text().nullable(),
    consent_at: col.text().nullable(),
    consent_scope: col.text().nullable(),
    status: col.text(),
    archived_at: col.text().nullable(),
    ...travelling,
    /** Added by 0160: the day the current status took effect (may be set back); the status events record it. */
    status_date: col.text().nullable(),
    /** Added by 0170: who owns the company (only with its consent), and why one of over 20 employees was enrolled. */
    owner_gender: col.text().nullable(),
    size_reason: col.text().nullable(),
  },
  people: {
    id: col.text(),
    company_id: col.text(),
    name: col.text(),
    role: col.text(),
    job_title: col.text().nullable(),
    start_date: col.text().nullable(),
    followup_consent: col.bool(),
    followup_consent_at: col.text().nullable(),
    gender: col.text().nullable(),
    birth_year: col.integer().nullable(),
    foreign_background: col.text().nullable(),
    third_country_national: col.text().nullable(),
    disability: col.text().nullable(),
    accessibility_needs: col.text().nullable(),
    education_level: col.text().nullable(),
    employment_status: col.text().nullable(),
    ...travelling,
    /** Added by 0090: the person agreed that the plan shows their ratings to the employer, and when. */
    ratings_shared: col.bool(),
    ratings_shared_at: col.text().nullable(),
    /**
     * Added by 0160 (participants, issue 14): entry and exit dates; what the funder counts at entry, fixed then
     * (consented follow-up details); the results at exit and six months later (null: not known).
     */
    entry_date: col.text().nullable(),
    entry_age_band: col.text().nullable(),
    entry_employment_status: col.text().nullable(),
    entry_education_level: col.text().nullable(),
    exit_date: col.text().nullable(),
    exit_in_education: col.bool().nullable(),
    exit_qualification: col.bool().nullable(),
    exit_in_employment: col.bool().nullable(),
    exit_job_searching: col.bool().nullable(),
    six_month_date: col.text().nullable(),
    six_month_in_employment: col.bool().nullable(),
    six_month_improved: col.bool().nullable(),
    /** Added by 0170: the participant's personnummer (YYYYMMDD-NNNN), optional; shown masked, never printed. */
    personnummer: col.text().nullable(),
    /** Added by 0210: what the person wants to learn next (their words), and their consent to a competence passport. */
    learning_wishes: col.text().nullable(),
    passport_consent: col.bool(),
    passport_consent_at: col.text().nullable(),
  },

  // ---------- settings, deletions and the exchange's bookkeeping (0030, 0040) ----------
  settings: { key: col.text(), value: col.text().nullable(), updated_at: col.text() },
  tombstones: { entity: col.text(), entity_id: col.text(), deleted_at: col.text(), revision: col.integer() },
  import_log: {
    id: col.text(),
    imported_at: col.text(),
    advisor: col.text().nullable(),
    office: col.text().nullable(),
    source_office: col.text().nullable(),
    source_advisor: col.text().nullable(),
    exported_at: col.text(),
    file_sha256: col.text(),
    /** JSON: the counts of the import. */
    counts: col.text(),
  },
  /** Per travelling record, the last revision both offices agreed on: the base an exchange merge compares against. */
  exchange_base: { entity: col.text(), entity_id: col.text(), revision: col.integer() },

  // ---------- assessments (0050) ----------
  rounds: {
    id: col.text(),
    company_id: col.text(),
    kind: col.text(),
    date: col.text(),
    advisor: col.text(),
    based_on_round_id: col.text().nullable(),
    framework_id: col.text(),
    framework_version: col.integer(),
    catalogue_version: col.integer(),
    vision: col.text().nullable(),
    last_step: col.text().nullable(),
    completed_at: col.text().nullable(),
    completed_by: col.text().nullable(),
    /** JSON text: the company-specific competences the round used, frozen at completion (travels as text). */
    custom_snapshot: col.text().nullable(),
    ...travelling,
  },
  round_answers: {
    round_id: col.text(),
    question_id: col.text(),
    level: col.integer().nullable(),
    note: col.text().nullable(),
    updated_at: col.text(),
    /** Migration 0200: the note may be printed in the business check for the entrepreneur (0/1). */
    note_shared: col.bool(),
  },
  round_area_targets: { round_id: col.text(), area_id: col.text(), target_level: col.integer(), updated_at: col.text() },
  goals: {
    id: col.text(),
    round_id: col.text(),
    kind: col.text(),
    label: col.text().nullable(),
    current_value: col.real().nullable(),
    target_value: col.real().nullable(),
    target_year: col.integer().nullable(),
    area_ids: col.json(),
    ...travelling,
  },
  strategies: { id: col.text(), round_id: col.text(), text: col.text(), area_ids: col.json(), ...travelling },
  custom_competences: {
    id: col.text(),
    company_id: col.text(),
    name_sv: col.text(),
    name_en: col.text(),
    description_sv: col.text().nullable(),
    description_en: col.text().nullable(),
    /** JSON text: [{ level, descriptor: { sv, en } }] × 5, or null (travels as text). */
    levels: col.text().nullable(),
    ...travelling,
  },
  round_people: { round_id: col.text(), person_id: col.text(), role: col.text(), updated_at: col.text() },
  round_person_competences: {
    round_id: col.text(),
    person_id: col.text(),
    competence_id: col.text(),
    position: col.integer(),
    required_level: col.integer().nullable(),
    self_level: col.integer().nullable(),
    advisor_level: col.integer().nullable(),
    note: col.text().nullable(),
    updated_at: col.text(),
  },

  // ---------- development plans (0060) ----------
  providers: {
    id: col.text(),
    name: col.text(),
    kind: col.text(),
    municipality_code: col.text().nullable(),
    contact: col.text().nullable(),
    topics: col.json(),
    ...travelling,
  },
  plans: {
    id: col.text(),
    company_id: col.text(),
    next_follow_up: col.text().nullable(),
    note: col.text().nullable(),
    ...travelling,
  },
  activities: {
    id: col.text(),
    plan_id: col.text(),
    title: col.text(),
    type_id: col.text().nullable(),
    level: col.text(),
    competence_ids: col.json(),
    person_ids: col.json(),
    provider_id: col.text().nullable(),
    planned_start: col.text().nullable(),
    planned_end: col.text().nullable(),
    hours: col.real().nullable(),
    cost_sek: col.real().nullable(),
    funding_source: col.text().nullable(),
    responsible: col.text().nullable(),
    status: col.text(),
    outcome_rating: col.integer().nullable(),
    outcome_comment: col.text().nullable(),
    internal_note: col.text().nullable(),
    ...travelling,
    /** Added by 0070 (programme report). */
    accessibility_adaptations: col.text().nullable(),
    /** Added by 0110: why the activity is done without recorded sessions (the advisor's words), or null. */
    attendance_waiver: col.text().nullable(),
    /** Added by 0120: the part of the cost the programme pays (de minimis aid to the company), or null. */
    programme_share_sek: col.real().nullable(),
  },

  // ---------- programme follow-up (0070) ----------
  /** Written by triggers on `companies`: when each company's status changed. */
  company_status_events: { id: col.text(), company_id: col.text(), status: col.text(), at: col.text() },

  // ---------- self-assessment mode on disk (0080) ----------
  /** At most one row (id 1): the handed-over round and person, the code's hash, the wrong exit attempts. */
  self_assessment: {
    id: col.integer(),
    round_id: col.text(),
    person_id: col.text(),
    language: col.text(),
    code_hash: col.text().nullable(),
    code_salt: col.text(),
    failures: col.integer(),
    last_failure_at: col.integer().nullable(),
  },

  // ---------- the advisor's log (0100) ----------
  contacts: {
    id: col.text(),
    company_id: col.text(),
    date: col.text(),
    kind: col.text(),
    advisor: col.text(),
    /** JSON: the ids of the company's people present. */
    person_ids: col.json(),
    hours: col.real(),
    /** What was done: internal, never printed for the company nor counted in a report. */
    summary: col.text().nullable(),
    /** JSON: [{ text, dueDate, ownerText, ownerPersonId, done }]. */
    next_steps: col.json(),
    ...travelling,
  },

  // ---------- attendance (0110): sessions travel inside their activity, with no revision of their own ----------
  activity_sessions: {
    id: col.text(),
    activity_id: col.text(),
    date: col.text(),
    hours: col.real(),
    note: col.text().nullable(),
    created_at: col.text(),
    updated_at: col.text(),
  },
  /** A row means the person attended the session, for `hours`. */
  session_attendance: { session_id: col.text(), person_id: col.text(), hours: col.real(), updated_at: col.text() },

  // ---------- de minimis aid (0120) ----------
  /** Aid the company declares it received from others: counted towards its de minimis ceiling. */
  declared_aid: {
    id: col.text(),
    company_id: col.text(),
    date: col.text(),
    amount: col.real(),
    /** 'SEK' or 'EUR' (checked by the contract on every write). */
    currency: col.text(),
    granting_body: col.text(),
    note: col.text().nullable(),
    ...travelling,
  },

  // ---------- office keys (0130): this office's own identity (one row, never travels) and the address book ----------
  office_identity: {
    id: col.integer(),
    age_identity: col.text(),
    recipient: col.text(),
    signing_private: col.text(),
    signing_key: col.text(),
    created_at: col.text(),
  },
  offices: {
    id: col.text(),
    name: col.text(),
    recipient: col.text(),
    signing_key: col.text(),
    fingerprint: col.text(),
    verified_at: col.text().nullable(),
    created_at: col.text(),
    updated_at: col.text(),
  },
  // ---------- deltas and sequence numbers (0140) ----------
  /** Per office: the revision of every record (and tombstone) last sent to it. */
  exchange_marks: { office_id: col.text(), entity: col.text(), entity_id: col.text(), revision: col.integer() },
  /** The files sent to each office, numbered from 1. */
  exchange_sent: { office_id: col.text(), sequence: col.integer(), sent_at: col.text(), file_name: col.text(), full: col.bool() },
  /** The files applied from each sender (by its fingerprint); a full file makes every earlier one unneeded. */
  exchange_received: {
    sender_fingerprint: col.text(),
    sequence: col.integer(),
    file_sha256: col.text(),
    applied_at: col.text(),
    full: col.bool(),
  },
  // ---------- a person's rights (0190): consent history, the log of exports and erasures, notes to review ----------
  consent_events: {
    id: col.text(),
    company_id: col.text(),
    person_id: col.text().nullable(),
    kind: col.text(),
    action: col.text(),
    date: col.text(),
    by: col.text().nullable(),
    text_version: col.text(),
    created_at: col.text(),
  },
  /** JSON `detail`: counts only; an erasure's line names no one. */
  rights_log: {
    id: col.text(),
    at: col.text(),
    action: col.text(),
    person_id: col.text().nullable(),
    company_id: col.text().nullable(),
    detail: col.text(),
  },
  review_flags: {
    id: col.text(),
    entity: col.text(),
    entity_id: col.text(),
    company_id: col.text().nullable(),
    field: col.text(),
    flagged_at: col.text(),
    reviewed_at: col.text().nullable(),
  },
  // ---------- submitted reports (0180): what was sent, frozen; never recomputed, never touched by an erasure ----------
  submitted_reports: {
    id: col.text(),
    submitted_at: col.text(),
    /** `from/to` (YYYY-MM-DD/YYYY-MM-DD). */
    period: col.text(),
    /** JSON: the report's filter as the contract has it. */
    filters: col.json(),
    /** JSON: the report's figures as they were sent. */
    figures: col.json(),
    file_sha256: col.text(),
    file_name: col.text(),
  },

  // ---------- the report's round aggregates (0230) ----------
  /**
   * Written by triggers on `round_answers` and `round_person_competences` (0230): per round, the sum and count of its
   * answered levels and of its competence gaps. No row for a round with neither.
   */
  round_aggregates: {
    round_id: col.text(),
    level_sum: col.integer(),
    level_count: col.integer(),
    gap_sum: col.integer(),
    gap_count: col.integer(),
  },
} as const;

export type TableName = keyof typeof TABLES;

/** Kysely's view of the store: the one database type every service uses. */
export type Database = { [T in TableName]: RowOf<(typeof TABLES)[T]> };

export type CompaniesTable = Database['companies'];
export type PeopleTable = Database['people'];
export type SettingsTable = Database['settings'];
export type TombstonesTable = Database['tombstones'];
export type ImportLogTable = Database['import_log'];
export type ExchangeBaseTable = Database['exchange_base'];
export type RoundsTable = Database['rounds'];
export type RoundAnswersTable = Database['round_answers'];
export type RoundAreaTargetsTable = Database['round_area_targets'];
export type GoalsTable = Database['goals'];
export type StrategiesTable = Database['strategies'];
export type CustomCompetencesTable = Database['custom_competences'];
export type RoundPeopleTable = Database['round_people'];
export type RoundPersonCompetencesTable = Database['round_person_competences'];
export type ProvidersTable = Database['providers'];
export type PlansTable = Database['plans'];
export type ActivitiesTable = Database['activities'];
export type StatusEventsTable = Database['company_status_events'];
export type SelfAssessmentTable = Database['self_assessment'];
export type ContactsTable = Database['contacts'];
export type ActivitySessionsTable = Database['activity_sessions'];
export type SessionAttendanceTable = Database['session_attendance'];
export type DeclaredAidTable = Database['declared_aid'];

export type OfficeIdentityTable = Database['office_identity'];
export type OfficesTable = Database['offices'];
export type ExchangeMarksTable = Database['exchange_marks'];
export type ExchangeSentTable = Database['exchange_sent'];
export type ExchangeReceivedTable = Database['exchange_received'];

export type CompanyRow = CompaniesTable;
export type PersonRow = PeopleTable;
