export { exportCompanies, buildExchangeFile } from './export';
export type { ExchangeDeps } from './export';
export { applyImport, importLog, previewImport, readExchangeFile } from './import';
