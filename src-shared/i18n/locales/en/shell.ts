export default {
  nav: {
    label: 'Main navigation',
    companies: 'Companies',
  },
  language: {
    label: 'Language',
    sv: 'Svenska',
    en: 'English',
  },
  settings: 'Settings',
  lock: 'Lock',
  lockDescription: 'Lock the data. Your passphrase is needed to open it again.',
};
