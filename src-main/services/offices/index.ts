export { ownOffice, ownIdentity } from './identity';
export { sealFile, openFile, openBase64 } from './seal';
export type { OpenedFile, SealDeps, SealTarget } from './seal';
export { addOffice, listOffices, recipientsOf, removeOffice, renameOffice, verifyOffice } from './book';
export { exportIdentity, importIdentity } from './transfer';
