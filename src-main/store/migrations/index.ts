import type { Migration } from './types';
import { m0010Companies } from './0010-companies';
import { m0020People } from './0020-people';
import { m0030SettingsTombstones } from './0030-settings-tombstones';
import { m0040ImportLog } from './0040-import-log';
import { m0050Assessments } from './0050-assessments';
import { m0060Plans } from './0060-plans';
import { m0070ReportEvents } from './0070-report-events';
import { m0080SelfAssessment } from './0080-self-assessment';
import { m0090RatingsSharing } from './0090-ratings-sharing';
import { m0100Contacts } from './0100-contacts';
import { m0110Attendance } from './0110-attendance';
import { m0120DeMinimis } from './0120-de-minimis';
import { m0130Offices } from './0130-offices';
import { m0140Deltas } from './0140-deltas';
import { m0150ContactsOpenSteps } from './0150-contacts-open-steps';
import { m0160Participants } from './0160-participants';
import { m0170CompanyRules } from './0170-company-rules';
import { m0180SubmittedReports } from './0180-submitted-reports';
import { m0190ConsentRetention } from './0190-consent-retention';
import { m0200PrintIdentity } from './0200-print-identity';
import { m0210Passport } from './0210-passport';
import { m0220ReportIndexes } from './0220-report-indexes';
import { m0230RoundAggregates } from './0230-round-aggregates';

export type { Migration } from './types';

/** Strictly increasing versions, checked at load: a misnumbered file fails at start, not in the field. */
export function checkMigrations(list: readonly Migration[]): readonly Migration[] {
  for (let i = 0; i < list.length; i++) {
    const m = list[i]!;
    if (!Number.isInteger(m.version) || m.version <= 0) throw new Error(`Migration ${m.name}: bad version ${m.version}`);
    const prev = list[i - 1];
    if (prev && m.version <= prev.version) {
      throw new Error(`Migrations out of order: ${prev.version} (${prev.name}) then ${m.version} (${m.name})`);
    }
  }
  return list;
}

export const MIGRATIONS: readonly Migration[] = checkMigrations([
  m0010Companies,
  m0020People,
  m0030SettingsTombstones,
  m0040ImportLog,
  m0050Assessments,
  m0060Plans,
  m0070ReportEvents,
  m0080SelfAssessment,
  m0090RatingsSharing,
  m0100Contacts,
  m0110Attendance,
  m0120DeMinimis,
  m0130Offices,
  m0140Deltas,
  m0150ContactsOpenSteps,
  m0160Participants,
  m0170CompanyRules,
  m0180SubmittedReports,
  m0190ConsentRetention,
  m0200PrintIdentity,
  m0210Passport,
  m0220ReportIndexes,
  m0230RoundAggregates,
]);

export const LATEST_VERSION: number = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
