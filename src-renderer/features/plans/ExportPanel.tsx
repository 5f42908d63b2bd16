import { useState } from 'react';
import { Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { notifyError, notifySuccess } from '../../lib/errors';
import { hrefFor } from '../../lib/router';
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
  const [busy, setBusy] = useState<'pdf' | 'csv' | null>(null);

  const pdf = async () => {
    if (window.vaxtkraft) {
      setBusy('pdf');
      try {
        const r = await invoke('print.planPdf', { companyId, language });
        if (r.saved) notifySuccess(t('plans.export.saved'));
      } catch (error) {
        notifyError(error);
      } finally {
        setBusy(null);
      }
      return;
    }
    // The browser host: the print view in a new tab (same origin, so the tab keeps this tab's session token) prints itself.
    const url = `${window.location.pathname}${window.location.search}${hrefFor({ name: 'printPlan', companyId, language, auto: true })}`;
    window.open(url, '_blank');
  };

  const csv = async () => {
    setBusy('csv');
    try {
      const r = await invoke('plans.exportCsv', { companyId, language });
      downloadText(r.fileName, r.text, 'text/csv;charset=utf-8');
      notifySuccess(t('plans.export.csvSaved'));
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Stack gap="sm">
      <Group gap="md" align="flex-end" wrap="wrap">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="pdf-language-label">
            {t('plans.export.language')}
          </Text>
          <SegmentedControl
            aria-labelledby="pdf-language-label"
            value={language}
            onChange={(v) => setLanguage(v as Language)}
            data={[
              { value: 'sv', label: t('shell.language.sv') },
              { value: 'en', label: t('shell.language.en') },
            ]}
            data-testid="pdf-language"
          />
        </Stack>
        <Button
          leftSection={<IconFileTypePdf size={18} aria-hidden />}
          onClick={() => void pdf()}
          loading={busy === 'pdf'}
          data-testid="export-pdf"
        >
          {t('plans.export.pdf')}
        </Button>
        <Button
          variant="default"
          leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
          onClick={() => void csv()}
          loading={busy === 'csv'}
          data-testid="export-csv"
        >
          {t('plans.export.csv')}
        </Button>
      </Group>
      {!window.vaxtkraft && (
        <Text size="sm" c="dimmed">
          {t('plans.export.printHint')}
        </Text>
      )}
    </Stack>
  );
}
