/** The domain rules each record type obeys: one function per type, run by its service and by the exchange import. */
export { assertNoDuplicateOrgNumber, companyRules, findDuplicateOrgNumber } from './company';
export { companiesBefore } from './companyProgramme';
export type { CompanyBefore } from './companyProgramme';
export { personnummerRule } from './personnummer';
export { applyConsentRules } from './person';
export type { PersonFields } from './person';
export { applyParticipationRules } from './participation';
export { activityIssues, assertParticipants, attendanceIssues, sessionsFitIssues } from './activity';
export type { ActivityFields, AttendanceState } from './activity';
export { assertAreasKnown, assertQuestionsKnown, roundFramework, roundRules } from './round';
export type { RoundContent } from './round';
export { assertLevelsColumn, fillBilingual, levelsColumn } from './competence';
export { contactIssues, namedPeople } from './contact';
export type { ContactFields } from './contact';
export { aidIssues } from './aid';
export type { DeclaredAidFields } from './aid';
