import { useState } from 'react';
import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/i18n/languages';
import { PdfLanguageChoice, PrintDocumentButton } from '../../print/PrintButtons';

/** Where a completed round is shown: its business check printed for the entrepreneur, in the language chosen. */
export function BusinessCheckPrint({ roundId }: { roundId: string }) {
  const { t, i18n } = useTranslation();
  const [language, setLanguage] = useState<Language>(i18n.language === 'sv' ? 'sv' : 'en');
  return (
    <Group gap="md" align="flex-end" wrap="wrap" data-testid="business-check-print">
      <PdfLanguageChoice
        id={`business-check-language-${roundId}`}
        value={language}
        onChange={setLanguage}
        testId="business-check-language"
      />
      <PrintDocumentButton
        doc={{ document: 'businessCheck', roundId, language }}
        label={t('businessCheck.action')}
        testId="print-business-check"
      />
    </Group>
  );
}
