export default {
  create: {
    title: 'Protect your data',
    intro: 'Växtkraft keeps everything you register encrypted on this computer. Choose a passphrase that unlocks it.',
    warningTitle: 'The passphrase cannot be recovered',
    warning: 'Nobody can open the data without it — not you, not support. Write it down and keep it somewhere safe.',
    passphrase: 'Passphrase',
    passphraseDescription:
      'At least {{min}} characters, and not easy to guess: common passwords, names, dates and keyboard patterns are refused. A few unrelated words are easy to remember and hard to guess.',
    confirmation: 'Repeat the passphrase',
    submit: 'Create encrypted database',
    strength: {
      label: 'Strength: {{level}}',
      weak: 'weak',
      fair: 'fair',
      good: 'good',
      strong: 'strong',
      hintGood: 'A good passphrase.',
    },
  },
  unlock: {
    title: 'Unlock Växtkraft',
    intro: 'Your data is encrypted. Enter your passphrase to open it.',
    passphrase: 'Passphrase',
    submit: 'Unlock',
    forgotten: 'The passphrase cannot be recovered. Without it the data stays locked.',
  },
  keychain: {
    opening: 'Opening your data…',
  },
  recovery: {
    forgotLink: 'Forgot the passphrase?',
    stepsTitle: 'What you can do',
    tryAgain: 'Back to unlocking',
    restartHint: 'Once the cause is fixed, quit Växtkraft and start it again.',
    reason: {
      corrupt: {
        title: 'The database is damaged',
        body: 'Växtkraft could not open vaxtkraft.db: it is damaged or is not a Växtkraft database. The app never overwrites a file it cannot open, so nothing has been changed.',
      },
      newerVersion: {
        title: 'The data comes from a newer version',
        body: 'The data was saved by a newer version of Växtkraft (schema {{found}}; this version knows {{known}}). The data has not been touched.',
      },
      keyFileDamaged: {
        title: 'The saved key could not be read',
        body: 'key.json, which holds the key to the data, is damaged, belongs to another database or was made by another user account’s keychain. The database itself is untouched.',
      },
      keychainUnavailable: {
        title: 'The system keychain is not available',
        body: 'The key to this data is kept in the system keychain, and the keychain is locked or missing. Nothing has been changed.',
      },
      forgotten: {
        title: 'Forgot the passphrase?',
        body: 'There is no back door: the data can only be opened with its passphrase, and nobody can recover it — not you, not support.',
      },
    },
    steps: {
      copyFolder: 'Quit Växtkraft and copy the whole data folder somewhere safe before trying anything else.',
      restoreDb:
        'Restore vaxtkraft.db from a backup of the folder. If vaxtkraft.db-wal exists, keep it next to the database: it holds the most recent changes.',
      updateApp: 'Install the newer version of Växtkraft; it opens this data as it is.',
      restoreKey: 'Restore key.json from a backup made under the same user account.',
      loginKeychain: 'Log in to your desktop as usual so that the keychain unlocks, then start Växtkraft again.',
      tryRemember: 'Try again calmly: check Caps Lock and the keyboard language. The passphrase is case-sensitive.',
      restoreExport: 'Restore from a backup of the data folder, or start again and import an exported .vaxtkraft file.',
      setAside:
        'If none of this helps: set the data aside and start again with an empty database (below). The old data is kept, not deleted.',
    },
  },
  setAside: {
    open: 'Start again with an empty database…',
    title: 'Start again with an empty database',
    explanation:
      'Växtkraft moves the database and its key into a new set-aside folder inside the data folder and then starts with an empty database. Nothing is deleted.',
    keep: 'The set-aside data can only be opened again with its old passphrase or its old key file. Everything registered in it is missing from the new database.',
    phrase: 'SET ASIDE',
    phraseLabel: 'Type {{phrase}} to confirm',
    submit: 'Set aside and start again',
    cancel: 'Cancel',
    doneTitle: 'The data was set aside',
    doneFolder: 'The old data is now in this folder:',
    doneNext: 'Keep the folder. Next, Växtkraft creates a new, empty database.',
    doneRestart: 'Quit Växtkraft and start it again: it will then create a new, empty database.',
    continue: 'Continue',
  },
  locked: 'The data was locked.',
};
