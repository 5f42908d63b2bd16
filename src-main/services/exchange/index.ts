export { exportCompanies, buildExchangeFile } from './export';
export type { ExchangeDeps } from './export';
export { readExchangeFile } from './read';
export { previewImport } from './preview';
export { applyImport } from './apply';
export { importLog } from './log';
export { clearPreviews, PREVIEW_TTL_MS } from './previews';
