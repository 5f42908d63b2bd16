export default {
  nav: {
    label: 'Main navigation',
    companies: 'Companies',
    exchange: 'Exchange',
  },
  language: {
    label: 'Language',
    sv: 'Svenska',
    en: 'English',
  },
  skipToContent: 'Skip to main content',
  settings: 'Settings',
  lock: 'Lock',
  lockDescription: 'Lock the data. Your passphrase is needed to open it again.',
};
