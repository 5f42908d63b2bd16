import { useMemo } from 'react';
import { Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE_LENGTH } from '@shared/api/session';
import { passphraseReasonKey, passphraseStrength } from '@shared/domain/passphrase';
import { fieldMessageKey } from '../../lib/errors';
import { usePassphraseEstimator } from '../../lib/passphraseEstimator';

const STRENGTH_COLOR = { weak: 'red.9', fair: 'orange.7', good: 'forest.5', strong: 'forest.8' } as const;

/**
 * How strong a new passphrase is, by the domain's one rule (zxcvbn's estimate): first run, passphrase change, exports.
 * A refused passphrase shows why in the advisor's language; an accepted one says so.
 */
export function StrengthMeter({ passphrase }: { passphrase: string }) {
  const { t } = useTranslation();
  // Nothing judged while the estimator loads (a moment, the first time a screen asks).
  const ready = usePassphraseEstimator();
  const { level, percent, verdict } = useMemo(
    () => (ready ? passphraseStrength(passphrase) : { level: 'weak' as const, percent: 0, verdict: null }),
    [ready, passphrase],
  );
  const label = t('session.create.strength.label', { level: t(`session.create.strength.${level}`) });
  const hint = verdict?.reason
    ? t(fieldMessageKey(passphraseReasonKey(verdict.reason)), { min: MIN_PASSPHRASE_LENGTH })
    : t('session.create.strength.hintGood');
  return (
    <>
      <Progress mt="xs" size="sm" value={percent} color={STRENGTH_COLOR[level]} aria-label={label} />
      {passphrase.length > 0 && verdict && (
        <Text size="sm" mt={4} aria-live="polite" data-testid="passphrase-strength" data-level={level}>
          <Text span fw={600}>
            {label}
          </Text>{' '}
          {hint}
        </Text>
      )}
    </>
  );
}
