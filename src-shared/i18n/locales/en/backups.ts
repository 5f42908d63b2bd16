/** Backups that restore, the key export and auto-lock (issue 15). */
export default {
  settings: {
    title: 'Backups and locking',
    intro:
      'A backup is made after the first change of each day and when the app closes, encrypted like the data itself. The last 7 days, 4 weeks and 12 months are kept.',
    folder: 'Backup folder',
    folderHint: 'A full path, for example a USB stick or a network drive. Empty: the backups folder inside the data folder.',
    now: 'Back up now',
    made: 'Backup made: {{name}}',
    autoLock: 'Lock after idle minutes',
    autoLockHint: 'Without a key press or a click for this long, the data locks and asks for the passphrase again (1–240).',
  },
  list: {
    title: 'Backups',
    folder: 'In {{folder}}',
    empty: 'No backups in the backup folder yet.',
    date: 'Date',
    name: 'File',
    size: 'Size',
    companies: 'Companies',
    actions: 'Action',
    notRead: 'not read',
    wrongKey: 'another passphrase',
    damaged: 'damaged',
    restore: 'Restore',
    restoreLabel: 'Restore the backup of {{date}} ({{name}})',
    confirmTitle: 'Restore this backup?',
    confirmBody:
      'The backup of {{date}} replaces the data as it is now. The current data is not deleted: it is set aside into a set-aside folder in the data folder, as “Start again with an empty database” does.',
    confirm: 'Set aside and restore',
    restoredTitle: 'Backup restored',
    restored: 'The backup of {{date}} is restored. The data as it was is set aside in this folder:',
  },
  restore: {
    open: 'Restore a backup…',
    title: 'Restore a backup',
    intro: 'Type the passphrase the data had when the backups were made, to see what each one holds.',
    passphrase: 'Passphrase of the backups',
    show: 'Show backups',
  },
  key: {
    title: 'Export the key',
    intro:
      'This data is unlocked by the computer’s keychain, so its backups open only with that key. Export the key, encrypted with a passphrase you choose, and keep it apart from the backups: without it, a backup cannot be opened on another computer.',
    passphrase: 'Passphrase for the key file',
    confirmation: 'Repeat the passphrase',
    submit: 'Export the key',
    done: 'The key file is saved as {{name}}. Keep the passphrase somewhere safe, apart from the file.',
  },
  sizeMb: '{{size}} MB',
  sizeKb: '{{size}} kB',
};
