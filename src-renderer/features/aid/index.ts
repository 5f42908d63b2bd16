// What other parts of the app use of the de minimis feature.
export { DeMinimisSection } from './DeMinimisSection';
export { ProgrammeShareField } from './ProgrammeShareField';
export { AidRateSettings } from './AidRateSettings';
