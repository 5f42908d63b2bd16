export { programmeReport } from './programme';
export { participantLines } from './participants';
export type { ParticipantLine } from './participants';
export { exportParticipantList, exportReportCsv, exportReportXlsx, reportCsv, reportXlsx } from './files';
export { listSubmitted, openSubmitted, submitReport } from './submitted';
