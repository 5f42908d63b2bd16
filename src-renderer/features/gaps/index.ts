// What other features use of the gaps feature.
export { GapsSection } from './GapsSection';
export { PersonGapPanel } from './PersonGapPanel';
