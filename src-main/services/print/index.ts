export { pdfFileName, pdfFooterTemplate } from './pdf';
export { attendanceSheet } from './attendanceSheet';
