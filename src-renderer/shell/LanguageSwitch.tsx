import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../lib/language';
import type { Language } from '@shared/i18n';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, change } = useLanguage();
  // The group's name as an attribute, not as visually hidden text: axe measured that 1-px text's contrast against
  // whatever lay under it, now and then (the export tab at 1024 px).
  return (
    <div role="group" aria-label={t('shell.language.label')}>
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
