import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { ApiError } from '../api/client';
import { errorKey, fieldMessageKey, tx } from './errors';
import type { FieldError } from './saveStatus';

/** A form's fields and the contract's zod schema of each (e.g. `companyFieldSchemas`). */
export type FieldSchemas = Readonly<Record<string, z.ZodType>>;
export type FieldName<S extends FieldSchemas> = keyof S & string;
/** Values as the contract accepts them, for some of the fields. */
export type PatchOf<S extends FieldSchemas> = { [K in keyof S]?: z.input<S[K]> };
/** Which field a domain error (not a `validation` one) belongs at, if any; `fields` are the ones that were sent. */
export type FieldOfError<S extends FieldSchemas> = (code: string, fields: Array<FieldName<S>>) => FieldName<S> | undefined;

/** Each field's error, or null where the field is known to be valid. */
export type Checked<S extends FieldSchemas> = Partial<Record<FieldName<S>, FieldError | null>>;
/** The fields that have an error. */
export type Problems<S extends FieldSchemas> = Partial<Record<FieldName<S>, FieldError>>;

/** Checks each given field with its schema: the first problem of each, or null where the value is valid. */
export function checkFields<S extends FieldSchemas>(schemas: S, values: PatchOf<S>): Checked<S> {
  const result: Checked<S> = {};
  for (const field of Object.keys(values) as Array<FieldName<S>>) {
    const parsed = schemas[field]!.safeParse(values[field]);
    result[field] = parsed.success ? null : { key: fieldMessageKey(parsed.error.issues[0]?.message ?? 'invalid') };
  }
  return result;
}

/** Only the fields that have a problem. */
export function problemsOf<S extends FieldSchemas>(checked: Checked<S>): Problems<S> {
  return Object.fromEntries(Object.entries(checked).filter(([, e]) => e)) as Problems<S>;
}

/**
 * What a refused save means for the form: every issue of a `validation` error at its field (an issue whose path
 * names no field of the form goes to the first field sent), or a domain error that belongs at one field.
 * Null when the error belongs to no field: the caller shows it as a message.
 */
export function refusalErrors<S extends FieldSchemas>(
  error: unknown,
  schemas: S,
  fields: Array<FieldName<S>>,
  fieldOfError?: FieldOfError<S>,
): Problems<S> | null {
  if (!(error instanceof ApiError)) return null;
  const result: Problems<S> = {};
  if (error.issues.length > 0) {
    for (const issue of error.issues) {
      const named = issue.path.split('.').pop() ?? '';
      const field = named in schemas ? (named as FieldName<S>) : fields[0];
      if (field && !result[field]) result[field] = { key: fieldMessageKey(issue.message) };
    }
    return Object.keys(result).length > 0 ? result : null;
  }
  const field = fieldOfError?.(error.code, fields);
  if (!field) return null;
  result[field] = { key: errorKey(error), params: error.params };
  return result;
}

/** The translated message of each field error. */
export function translateFieldErrors<F extends string>(t: TFunction, errors: Partial<Record<F, FieldError>>): Partial<Record<F, string>> {
  const result: Partial<Record<F, string>> = {};
  for (const [field, error] of Object.entries(errors) as Array<[F, FieldError | undefined]>) {
    if (error) result[field] = tx(t, error.key, error.params);
  }
  return result;
}
