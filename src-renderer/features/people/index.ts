// What other features use of the people feature.
export { PeopleSection } from './PeopleSection';
export { usePeople } from './store';
