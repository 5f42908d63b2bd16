import type en from '../en/app';

export default {
  name: 'Växtkraft',
  tagline: 'Kompetensutveckling för små företag',
  documentTitle: '{{page}} · Växtkraft',
  loading: 'Laddar…',
  skipToContent: 'Hoppa till innehållet',
} satisfies typeof en;
