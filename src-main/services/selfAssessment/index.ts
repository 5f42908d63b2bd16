export * from './selfAssessment';
