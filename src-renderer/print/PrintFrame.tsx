import { useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { I18nextProvider, initReactI18next, useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { createI18n } from '@shared/i18n';
import type { Language } from '@shared/i18n/languages';
import './print.css';

/** Charts measure themselves after layout: ready once every chart container holds its drawing (at once without charts). */
function whenChartsDrawn(done: () => void): () => void {
  let frame = 0;
  let tries = 0;
  const check = () => {
    const containers = document.querySelectorAll('.vk-print .recharts-responsive-container');
    const drawn = [...containers].every((c) => c.querySelector('svg') !== null);
    if (drawn || ++tries > 120) done();
    else frame = requestAnimationFrame(check);
  };
  frame = requestAnimationFrame(check);
  return () => cancelAnimationFrame(frame);
}

interface PrintFrameProps<T> {
  language: Language;
  /** Open the print dialog once ready (the browser host's way to print). */
  autoPrint: boolean;
  /** What the document shows; called again when `loadKey` changes. */
  load: () => Promise<T>;
  loadKey: string;
  /** The page title, which the browser's "Save as PDF" proposes as the file name. */
  title: (data: T, t: TFunction) => string;
  children: (data: T) => ReactNode;
}

/**
 * What every printed document shares: its own language whatever the UI's, the data loaded once, the
 * `data-print-ready` marker that Electron's printToPDF, the tests and the bench wait for, and a translated message
 * when the data cannot be read.
 */
export function PrintFrame<T>({ language, autoPrint, load, loadKey, title, children }: PrintFrameProps<T>) {
  const i18n = useMemo(() => createI18n(language, [initReactI18next]), [language]);
  const [data, setData] = useState<T | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    document.body.dataset['printReady'] = 'false';
    document.documentElement.lang = language;
    load().then(setData, () => setFailed(true));
    // `load` is a new function each render; loadKey names what it loads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loadKey, language]);

  useEffect(() => {
    if (data === null) return;
    document.title = title(data, i18n.t);
    return whenChartsDrawn(() => {
      document.body.dataset['printReady'] = 'true';
      if (autoPrint) window.print();
    });
    // `title` is a new function each render; the data and language decide it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data, i18n, autoPrint]);

  return <I18nextProvider i18n={i18n}>{failed ? <PrintFailed /> : data !== null ? children(data) : null}</I18nextProvider>;
}

function PrintFailed() {
  const { t } = useTranslation();
  return (
    <main className="vk-print" data-print-failed="true">
      <p role="alert">{t('errors.print.failed')}</p>
    </main>
  );
}
