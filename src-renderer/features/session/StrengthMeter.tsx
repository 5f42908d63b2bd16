import { Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE_LENGTH } from '@shared/api/session';
import { passphraseStrength } from '@shared/domain/passphrase';

const STRENGTH_COLOR = { weak: 'red.9', fair: 'orange.7', good: 'forest.5', strong: 'forest.8' } as const;

/** How strong a new passphrase is, with a hint on making it stronger: first run, passphrase change, exports. */
export function StrengthMeter({ passphrase }: { passphrase: string }) {
  const { t } = useTranslation();
  const strength = passphraseStrength(passphrase);
  const label = t('session.create.strength.label', { level: t(`session.create.strength.${strength.level}`) });
  return (
    <>
      <Progress mt="xs" size="sm" value={strength.percent} color={STRENGTH_COLOR[strength.level]} aria-label={label} />
      {passphrase.length > 0 && (
        <Text size="sm" mt={4} aria-live="polite">
          <Text span fw={600}>
            {label}
          </Text>{' '}
          {t(`session.create.strength.${strength.hint}`, { min: MIN_PASSPHRASE_LENGTH })}
        </Text>
      )}
    </>
  );
}
