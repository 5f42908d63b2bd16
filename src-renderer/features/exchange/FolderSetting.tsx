import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '@shared/api';
import { fieldMessageKey, tx } from '../../lib/errors';
import { AutoText } from '../../lib/fields';

/**
 * The exchange folder in Settings: a full path, checked by the contract's own rule as it is typed, so that a path
 * half typed (`C:`) shows at its field and is not saved, instead of a refusal popping up.
 */
export function FolderSetting({ value, onCommit }: { value: string | null; onCommit(value: string): void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const commit = (v: string) => {
    const parsed = api['settings.update'].input.safeParse({ exchangeFolder: v });
    if (!parsed.success) {
      setError(tx(t, fieldMessageKey(parsed.error.issues[0]?.message ?? 'invalid')));
      return;
    }
    setError(null);
    onCommit(v);
  };
  return (
    <AutoText
      name="exchangeFolder"
      label={t('settings.exchangeFolder')}
      description={t('settings.exchangeFolderHint')}
      value={value}
      error={error}
      onCommit={commit}
    />
  );
}
