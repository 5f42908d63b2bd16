export { archiveCompany, checkOrgNumber, createCompany, getCompany, listCompanies, sortKey, toCompany, updateCompany } from './companies';
export type { CompanyFields } from './companies';
export { deleteCompany, removeCompany } from './delete';
