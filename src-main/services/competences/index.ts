export { listCompanyCompetences } from './list';
export { createCustomCompetence, deleteCustomCompetence, updateCustomCompetence } from './custom';
