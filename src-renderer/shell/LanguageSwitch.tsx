import { SegmentedControl, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../lib/language';
import type { Language } from '@shared/i18n';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, change } = useLanguage();
  const labelId = useId();
  return (
    <div role="group" aria-labelledby={labelId}>
      <VisuallyHidden id={labelId}>{t('shell.language.label')}</VisuallyHidden>
      <SegmentedControl
        size="xs"
        value={language}
        onChange={(v) => void change(v as Language)}
        data-testid="language-switch"
        data={[
          { value: 'sv', label: <span lang="sv">{t('shell.language.sv')}</span> },
          { value: 'en', label: <span lang="en">{t('shell.language.en')}</span> },
        ]}
      />
    </div>
  );
}
