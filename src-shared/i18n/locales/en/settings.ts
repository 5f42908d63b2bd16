export default {
  title: 'Settings',
  intro: 'Used as defaults when you register a new company.',
  advisorName: 'Your name (responsible advisor)',
  office: 'Office',
  officePlaceholder: 'e.g. Almi Mälardalen, Västerås',
  language: 'Language',
  languageSystem: 'Follow the system',
  saved: 'Settings saved',
};
