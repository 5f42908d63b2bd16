// What other features use of the assessments feature.
export { AssessmentsSection } from './AssessmentsSection';
export { LevelCards, LevelPicker } from './LevelPicker';
export { StartRoundModal } from './StartRoundModal';
export { stepIds } from './types';
