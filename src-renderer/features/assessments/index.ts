// What other features use of the assessments feature.
export { AssessmentsSection } from './AssessmentsSection';
export { LevelPicker } from './LevelPicker';
