export default {
  name: 'Växtkraft',
  tagline: 'Competence development for small businesses',
  documentTitle: '{{page}} · Växtkraft',
  loading: 'Loading…',
  skipToContent: 'Skip to content',
};
