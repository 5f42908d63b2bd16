import { useState } from 'react';
import { Divider, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AutoDecimal } from '../../lib/fields';
import { api } from '@shared/api';
import type { Settings } from '@shared/api/session';
import { fieldMessageKey, tx } from '../../lib/errors';

type RateKey = 'hourlyRateSek' | 'eurRate';

const RATES = [
  { key: 'hourlyRateSek', label: 'aid.settings.hourlyRate', hint: 'aid.settings.hourlyRateHint' },
  { key: 'eurRate', label: 'aid.settings.eurRate', hint: 'aid.settings.eurRateHint' },
] as const satisfies ReadonlyArray<{ key: RateKey; label: string; hint: string }>;

/**
 * The two rates de minimis aid is worked out with, in the Settings dialog: checked with the contract's schema at the
 * field before `save` (the dialog's own, which saves and tracks the change) is asked to store them.
 */
export function AidRateSettings({ settings, save }: { settings: Settings; save(patch: Partial<Settings>): void }) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Partial<Record<RateKey, string>>>({});
  const shape = api['settings.update'].input.shape;
  const commit = (key: RateKey, value: number | null) => {
    const parsed = shape[key].safeParse(value);
    setErrors((e) => ({ ...e, [key]: parsed.success ? undefined : tx(t, fieldMessageKey(parsed.error.issues[0]?.message ?? 'invalid')) }));
    if (parsed.success) save({ [key]: value });
  };
  return (
    <>
      <Divider mt="xs" />
      <Title order={3} size="h5">
        {t('aid.settings.title')}
      </Title>
      {RATES.map(({ key, label, hint }) => (
        <AutoDecimal
          key={key}
          name={key}
          label={t(label)}
          description={t(hint)}
          value={settings[key]}
          error={errors[key]}
          onCommit={(v) => commit(key, v)}
        />
      ))}
    </>
  );
}
