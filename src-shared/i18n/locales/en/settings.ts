export default {
  title: 'Settings',
  intro: 'Used as defaults when you register a new company.',
  advisorName: 'Your name (responsible advisor)',
  office: 'Office',
  officePlaceholder: 'e.g. Almi Mälardalen, Västerås',
  exchangeFolder: 'Exchange folder',
  exchangeFolderHint:
    'The full path of a folder shared with the other offices (a network drive or a synced folder). Leave empty to send files by hand.',
  language: 'Language',
  languageSystem: 'Follow the system',
  saved: 'Settings saved',
  passphrase: {
    title: 'Change passphrase',
    intro:
      'The data is re-encrypted with the new passphrase, and the old one stops working at once. Like the first one, it cannot be recovered: write it down.',
    current: 'Current passphrase',
    new: 'New passphrase',
    confirmation: 'Repeat the new passphrase',
    submit: 'Change passphrase',
    changed: 'The passphrase was changed. Use the new one from now on.',
  },
};
