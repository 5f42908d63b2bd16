// The plans feature's and the print view's doorway to the shared contract (keeps imports short).
export * from '../../src-shared/api/plans';
export type { Goal, RoundDetail, FrameworksResult } from '../../src-shared/api/assessments';
export { analyseCompany, gapInputFromRound } from '../../src-shared/domain/gaps';
export type { CompanyGaps, PersonGaps, CellGap } from '../../src-shared/domain/gaps';
