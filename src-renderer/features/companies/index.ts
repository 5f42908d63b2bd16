// What other features use of the companies feature.
export { useCompanyList } from './listStore';
export { useMunicipalityOptions } from './options';
