import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { initI18n } from '../../src-renderer/lib/i18n';
import { useSaveStatus } from '../../src-renderer/lib/saveStatus';
// Loaded up front here; the app loads it where a passphrase is chosen (src-renderer/lib/passphraseEstimator.ts).
import '@shared/domain/passphraseEstimator';

// jsdom has neither matchMedia nor ResizeObserver; Mantine asks for both. Nothing here ever matches or resizes.
beforeAll(() => {
  window.matchMedia ??= (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
  window.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  // Nor document.fonts, which Mantine's autosizing textarea listens to.
  if (!('fonts' in document)) {
    Object.defineProperty(document, 'fonts', { value: { addEventListener: () => undefined, removeEventListener: () => undefined } });
  }
  // The real resources, in English, as the renderer initialises them.
  initI18n('en');
});

afterEach(() => {
  cleanup();
  useSaveStatus.setState({ pending: 0, errors: {}, lastFailed: false, state: 'idle' });
});
