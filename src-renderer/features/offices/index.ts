// What other features use of the offices feature (office keys, issue 12).
export { OfficesPanel } from './OfficesPanel';
export { ExportTarget } from './ExportTarget';
export type { ExportMode } from './ExportTarget';
export { SenderNote } from './SenderNote';
