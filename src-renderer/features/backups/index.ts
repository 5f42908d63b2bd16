// What other features use of the backups feature.
export { BackupSettings } from './BackupSettings';
export { RestoreButton } from './RestoreButton';
