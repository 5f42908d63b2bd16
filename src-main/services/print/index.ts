export * from './planPdf';
