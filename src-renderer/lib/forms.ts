import type { FormErrors, GetInputPropsReturnType, UseFormReturnType } from '@mantine/form';
import type { TFunction } from 'i18next';
import { notifyError, tx } from './errors';
import { checkFields, problemsOf, refusalErrors } from './fieldErrors';
import type { FieldName, FieldOfError, FieldSchemas, Problems, PatchOf } from './fieldErrors';

/*
 * The create dialogs use @mantine/form for their values and submit; these connect it to the contract. A form's
 * errors hold i18n keys (so a message follows the language), translated for display by formMessages.
 */

function keysOf<S extends FieldSchemas>(problems: Problems<S>): FormErrors {
  return Object.fromEntries(Object.entries(problems).map(([field, error]) => [field, error!.key]));
}

/** A `validate` for useForm: each field of the input the values become, checked with the contract's schema. */
export function contractValidate<S extends FieldSchemas, V>(schemas: S, toInput: (values: V) => PatchOf<S>) {
  return (values: V): FormErrors => keysOf(problemsOf(checkFields(schemas, toInput(values))));
}

/**
 * After a refused create: its issues at their fields (returns true); any other error goes to `otherwise`,
 * a translated notification unless the dialog shows it itself.
 */
export function showRefusal<S extends FieldSchemas>(
  setErrors: (errors: FormErrors) => void,
  error: unknown,
  schemas: S,
  options: { fieldOfError?: FieldOfError<S>; otherwise?(error: unknown): void } = {},
): boolean {
  const refused = refusalErrors(error, schemas, Object.keys(schemas) as Array<FieldName<S>>, options.fieldOfError);
  if (refused) setErrors(keysOf(refused));
  else (options.otherwise ?? notifyError)(error);
  return refused !== null;
}

/** The translated message of each field error of a form whose errors are i18n keys. */
export function formMessages(t: TFunction, errors: FormErrors): Record<string, string | undefined> {
  const messages: Record<string, string | undefined> = {};
  for (const [field, key] of Object.entries(errors)) if (typeof key === 'string') messages[field] = tx(t, key);
  return messages;
}

/** A field's input props (value, onChange…) with its name attribute and its translated error. */
export type InputProps = GetInputPropsReturnType & { name: string; error?: string };

/** Each field's input props, for `{...props.name}`. */
export function inputProps<V, F extends keyof V & string>(
  form: UseFormReturnType<V>,
  messages: Record<string, string | undefined>,
  fields: F[],
): Record<F, InputProps> {
  const props = {} as Record<F, InputProps>;
  for (const field of fields) props[field] = { ...form.getInputProps(field), name: field, error: messages[field] };
  return props;
}
