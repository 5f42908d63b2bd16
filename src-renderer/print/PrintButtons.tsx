import { useState } from 'react';
import { Button, TextInput } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PrintDocumentInput } from '@shared/api/print';
import type { Language } from '@shared/i18n/languages';
import { MONTH_PATTERN } from '@shared/api/printRoute';
import { notifyError, notifySuccess } from '../lib/errors';
import { clock } from '../lib/clock';
import { printDocument } from './printAction';

interface PrintDocumentButtonProps {
  doc: PrintDocumentInput;
  label: string;
  testId: string;
  variant?: 'filled' | 'default' | 'light';
  disabled?: boolean;
}

/** Prints one document: a PDF saved where the user chooses in Electron, the print view in a new tab in the browser. */
export function PrintDocumentButton({ doc, label, testId, variant = 'filled', disabled }: PrintDocumentButtonProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const print = async () => {
    setBusy(true);
    try {
      const r = await printDocument(doc);
      if (r?.saved) notifySuccess(t('plans.export.saved'));
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      variant={variant}
      leftSection={<IconFileTypePdf size={18} aria-hidden />}
      onClick={() => void print()}
      loading={busy}
      disabled={disabled}
      data-testid={testId}
    >
      {label}
    </Button>
  );
}

/** The attendance sheet of a chosen month (this month to begin with), in the language chosen for the PDFs. */
export function AttendancePrintControl({ companyId, language }: { companyId: string; language: Language }) {
  const { t } = useTranslation();
  const [month, setMonth] = useState(clock.today().slice(0, 7));
  const valid = MONTH_PATTERN.test(month);
  return (
    <>
      <TextInput
        type="month"
        label={t('print.attendance.chooseMonth')}
        value={month}
        onChange={(e) => setMonth(e.currentTarget.value)}
        error={valid ? undefined : t('errors.field.invalid')}
        data-testid="attendance-month"
        w={200}
      />
      <PrintDocumentButton
        doc={{ document: 'attendance', companyId, month, language }}
        label={t('print.attendance.action')}
        testId="print-attendance"
        variant="default"
        disabled={!valid}
      />
    </>
  );
}
