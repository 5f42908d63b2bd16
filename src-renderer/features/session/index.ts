// What other features use of the session feature.
export { useSession } from './store';
export { StrengthMeter } from './StrengthMeter';
export { NewPassphraseFields } from './NewPassphraseFields';
