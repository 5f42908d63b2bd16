// What other parts of the app use of a person's rights and retention (issue 15).
export { RetentionSettings } from './RetentionSettings';
export { ReviewFlags } from './ReviewFlags';
