import { PasswordInput } from '@mantine/core';
import type { PasswordInputProps } from '@mantine/core';
import type { ComponentPropsWithoutRef } from 'react';

type Props = PasswordInputProps & Omit<ComponentPropsWithoutRef<'input'>, keyof PasswordInputProps>;

/**
 * Mantine's PasswordInput with its field marked `aria-invalid` while an error shows: Mantine leaves it off the
 * inner field (other inputs have it), so a screen reader would not hear that the passphrase was refused.
 * The show/hide button's name comes from the theme, in the app's language.
 */
export function PassphraseInput(props: Props) {
  return <PasswordInput aria-invalid={props.error ? true : undefined} {...props} />;
}
