// What other features use of the contacts feature.
export { ContactsSection } from './ContactsSection';
export { StepsDueCard } from './StepsDueCard';
export { useContacts } from './store';
