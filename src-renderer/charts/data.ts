// The charts' doorway to the shared gap math and assessment types (keeps feature imports short).
export * from '../../src-shared/domain/gaps';
export type {
  CompetenceDefinition,
  FrameworksResult,
  RoundDetail,
  RoundListItem,
  RoundPerson,
} from '../../src-shared/api/assessments';
export type { CompetenceCatalogue, SituationFramework, Priority } from '../../src-shared/domain/frameworks';
export { localText } from '../../src-shared/domain/frameworks';
