/**
 * What src-main/services/exchange/ needs from src-shared, re-exported one level up: the lint rule allows
 * at most `../..` in an import, and the exchange modules live one folder deeper than the other services.
 */
export { companyFieldSchemas } from '../../src-shared/api/companies';
export { id, isoDate } from '../../src-shared/api/fields';
export { personFieldSchemas } from '../../src-shared/api/people';
export { AppError } from '../../src-shared/api/errors';
export type { ParsedInputOf } from '../../src-shared/api';
export { EXCHANGE_ENTITIES, EXCHANGE_FILE_EXTENSION, MAX_EXCHANGE_FILE_BYTES } from '../../src-shared/api/exchange';
export { GOAL_KINDS, ROUND_KINDS } from '../../src-shared/api/assessments';
export { ACTIVITY_LEVELS, ACTIVITY_STATUSES, ACTIVITY_TYPE_IDS, PROVIDER_KINDS } from '../../src-shared/api/plans';
export { PERSON_ROLES } from '../../src-shared/domain/person';
export { MAX_LEVEL, MIN_LEVEL } from '../../src-shared/domain/frameworks';
export type {
  CompanyPreview,
  EntityCounts,
  ExchangeConflict,
  ExchangeCounts,
  ExchangeEntity,
  ExchangeExportResult,
  ExchangePreview,
  ImportLogEntry,
} from '../../src-shared/api/exchange';
