import { useState } from 'react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { notifyError, notifySuccess } from '../../lib/errors';
import { AttendancePrintControl, PdfLanguageChoice, PrintDocumentButton } from '../../print/PrintButtons';
import type { Language } from '@shared/i18n/languages';

/** Text as a file through the browser's own download (Electron shows its save dialog). */
function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function ExportPanel({ companyId }: { companyId: string }) {
  const { t, i18n } = useTranslation();
  const [language, setLanguage] = useState<Language>(i18n.language === 'sv' ? 'sv' : 'en');
  const [busy, setBusy] = useState(false);

  const csv = async () => {
    setBusy(true);
    try {
      const r = await invoke('plans.exportCsv', { companyId, language });
      downloadText(r.fileName, r.text, 'text/csv;charset=utf-8');
      notifySuccess(t('plans.export.csvSaved'));
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="sm">
      <Group gap="md" align="flex-end" wrap="wrap">
        <PdfLanguageChoice id="pdf-language-label" value={language} onChange={setLanguage} testId="pdf-language" />
        <PrintDocumentButton doc={{ document: 'plan', companyId, language }} label={t('plans.export.pdf')} testId="export-pdf" />
        <Button
          variant="default"
          leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
          onClick={() => void csv()}
          loading={busy}
          data-testid="export-csv"
        >
          {t('plans.export.csv')}
        </Button>
      </Group>
      <Group gap="md" align="flex-end" wrap="wrap">
        <AttendancePrintControl companyId={companyId} language={language} />
      </Group>
      {!window.vaxtkraft && (
        <Text size="sm" c="dimmed">
          {t('plans.export.printHint')}
        </Text>
      )}
    </Stack>
  );
}
