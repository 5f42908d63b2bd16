import { PassphraseInput } from '../../lib/PassphraseInput';
import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE_LENGTH } from '@shared/api/session';
import { StrengthMeter } from './StrengthMeter';

interface NewPassphraseFieldsProps {
  /** The two labels: the new passphrase, and its repetition. */
  labels: { passphrase: string; confirmation: string };
  names?: { passphrase: string; confirmation: string };
  values: { passphrase: string; confirmation: string };
  /** Already translated messages, by field. */
  errors: { passphrase?: string | undefined; confirmation?: string | undefined };
  onChange(field: 'passphrase' | 'confirmation', value: string): void;
}

/** A passphrase being chosen: the rule's length, the strength meter, and the repetition. */
export function NewPassphraseFields({ labels, names, values, errors, onChange }: NewPassphraseFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <div>
        <PassphraseInput
          name={names?.passphrase ?? 'passphrase'}
          label={labels.passphrase}
          description={t('session.create.passphraseDescription', { min: MIN_PASSPHRASE_LENGTH })}
          value={values.passphrase}
          onChange={(e) => onChange('passphrase', e.currentTarget.value)}
          error={errors.passphrase}
          autoComplete="new-password"
          required
        />
        <StrengthMeter passphrase={values.passphrase} />
      </div>
      <PassphraseInput
        name={names?.confirmation ?? 'confirmation'}
        label={labels.confirmation}
        value={values.confirmation}
        onChange={(e) => onChange('confirmation', e.currentTarget.value)}
        error={errors.confirmation}
        autoComplete="new-password"
        required
      />
    </>
  );
}
