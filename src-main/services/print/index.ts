export { pdfFileName, pdfFooterTemplate } from './pdf';
export { attendanceSheet } from './attendanceSheet';
export { deMinimisCertificate } from './deMinimisCertificate';
export { businessCheck } from './businessCheck';
