import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** The window event sent when a screen has loaded its data (detail: the screen's name); App.tsx then fetches the code
 * of the screens it most often leads to. */
export const SCREEN_READY = 'vaxtkraft:screen-ready';

/**
 * Readiness markers for end-to-end tests (`data-screen`, `data-ready` on <body>) and the translated
 * document title. Screens also put the same attributes on their own root element.
 */
export function useScreen(screen: string, ready: boolean, page: string): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.body.dataset['screen'] = screen;
    document.body.dataset['ready'] = ready ? 'true' : 'false';
    if (ready) window.dispatchEvent(new CustomEvent(SCREEN_READY, { detail: screen }));
  }, [screen, ready]);
  useEffect(() => {
    document.title = page ? t('app.documentTitle', { page }) : t('app.name');
  }, [page, t]);
}
