import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Readiness markers for end-to-end tests (`data-screen`, `data-ready` on <body>) and the translated
 * document title. Screens also put the same attributes on their own root element.
 */
export function useScreen(screen: string, ready: boolean, page: string): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.body.dataset['screen'] = screen;
    document.body.dataset['ready'] = ready ? 'true' : 'false';
  }, [screen, ready]);
  useEffect(() => {
    document.title = page ? t('app.documentTitle', { page }) : t('app.name');
  }, [page, t]);
}
