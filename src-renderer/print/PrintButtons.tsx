import { useMemo, useState } from 'react';
import { Button, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PrintDocumentInput } from '@shared/api/print';
import type { Language } from '@shared/i18n/languages';
import { notifyError, notifySuccess } from '../lib/errors';
import { clock } from '../lib/clock';
import { printDocument } from './printAction';
import { intlLocale } from '../lib/numberFormat';

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

/** The `count` months up to and including today's, latest first, as `YYYY-MM`. */
export function recentMonths(today: string, count: number): string[] {
  let y = Number(today.slice(0, 4));
  let m = Number(today.slice(5, 7));
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    out.push(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`);
    if (--m === 0) [y, m] = [y - 1, 12];
  }
  return out;
}

/** The attendance sheet of a chosen month of the last two years (this month to begin with), in the language chosen for the PDFs. */
export function AttendancePrintControl({ companyId, language }: { companyId: string; language: Language }) {
  const { t, i18n } = useTranslation();
  const months = useMemo(() => recentMonths(clock.today(), 24), []);
  const [month, setMonth] = useState(months[0]!);
  const monthName = new Intl.DateTimeFormat(intlLocale(i18n.language), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return (
    <>
      <Select
        label={t('print.attendance.chooseMonth')}
        data={months.map((value) => ({ value, label: monthName.format(new Date(`${value}-01T00:00:00Z`)) }))}
        value={month}
        onChange={(value) => value && setMonth(value)}
        allowDeselect={false}
        data-testid="attendance-month"
        w={240}
      />
      <PrintDocumentButton
        doc={{ document: 'attendance', companyId, month, language }}
        label={t('print.attendance.action')}
        testId="print-attendance"
        variant="default"
      />
    </>
  );
}

interface PdfLanguageChoiceProps {
  /** Unique on the screen: names the label. */
  id: string;
  value: Language;
  onChange(language: Language): void;
  testId?: string;
}

/** The language a PDF is printed in, whatever the screen's. */
export function PdfLanguageChoice({ id, value, onChange, testId }: PdfLanguageChoiceProps) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={id}>
        {t('plans.export.language')}
      </Text>
      <SegmentedControl
        aria-labelledby={id}
        value={value}
        onChange={(v) => onChange(v === 'sv' ? 'sv' : 'en')}
        data={[
          { value: 'sv', label: t('shell.language.sv') },
          { value: 'en', label: t('shell.language.en') },
        ]}
        data-testid={testId}
      />
    </Stack>
  );
}
