import type { AppErrorShape, FieldIssue } from './contract';

/**
 * Every error code the services and hosts raise. Each is an i18n key under `errors.` in both locales
 * (a test checks it), so a message never reaches the user untranslated.
 */
export const ERROR_CODES = [
  'internal',
  'validation',
  'payloadTooLarge',
  'unknownChannel',
  'untrustedSender',
  'unauthorized',
  'store.locked',
  'store.missing',
  'store.exists',
  'store.wrongPassphrase',
  'store.corrupt',
  'store.newerVersion',
  'store.inUse',
  'store.keychainUnavailable',
  'store.keyFileDamaged',
  'store.noPassphraseMode',
  'store.unlocked',
  'company.notFound',
  'company.duplicateOrgNumber',
  'company.enrolRequiresAmbition',
  'company.enrolRequiresConsent',
  'company.municipalityOtherRequired',
  'person.notFound',
  'person.followupWithoutConsent',
  'exchange.wrongPassphrase',
  'exchange.notAge',
  'exchange.truncated',
  'exchange.tampered',
  'exchange.invalidContent',
  'exchange.newerFormat',
  'exchange.duplicateIds',
  'exchange.missingReference',
  'exchange.unknownPerson',
  'exchange.tooLarge',
  'exchange.decompressionBomb',
  'exchange.previewExpired',
  'exchange.unresolvedConflicts',
  'assessment.roundNotFound',
  'assessment.roundCompleted',
  'assessment.companyNotEnrolled',
  'assessment.baselineExists',
  'assessment.noBaseline',
  'assessment.previousRoundOpen',
  'assessment.dateBeforePrevious',
  'assessment.unknownQuestion',
  'assessment.unknownArea',
  'assessment.unknownCompetence',
  'assessment.personNotInCompany',
  'assessment.prospectiveCurrentLevel',
  'assessment.incomplete',
  'assessment.goalNotFound',
  'assessment.strategyNotFound',
  'assessment.unknownFrameworkVersion',
  'selfAssessment.active',
  'selfAssessment.notActive',
  'selfAssessment.codeRequired',
  'selfAssessment.wrongCode',
  'selfAssessment.tooManyAttempts',
  'plan.activityNotFound',
  'plan.providerNotFound',
  'plan.providerInUse',
  'plan.personNotInCompany',
  'plan.printDesktopOnly',
  'plan.printFailed',
  'report.periodReversed',
  'report.exportFailed',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params: Record<string, unknown>;

  constructor(code: ErrorCode, params: Record<string, unknown> = {}) {
    super(code);
    this.name = 'AppError';
    this.code = code;
    this.params = params;
  }

  toShape(): AppErrorShape {
    return { code: this.code, params: this.params };
  }
}

export function validationError(issues: FieldIssue[]): AppError {
  return new AppError('validation', { issues });
}
