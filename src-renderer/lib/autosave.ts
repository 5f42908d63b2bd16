import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { notifyError } from './errors';
import { checkFields, refusalErrors, translateFieldErrors } from './fieldErrors';
import type { FieldName, FieldOfError, FieldSchemas, PatchOf } from './fieldErrors';
import { useSaveStatus } from './saveStatus';
import type { FieldError, ScopeErrors } from './saveStatus';

/** A record that has (some of) the form's fields. */
export type RecordOf<S extends FieldSchemas> = { readonly [K in FieldName<S>]?: unknown };

export interface AutosaveOptions<S extends FieldSchemas, R extends RecordOf<S>> {
  /** Names the record in the save status, e.g. `company:<id>`: every control of one record shares its errors. */
  scope: string;
  /** The contract's schema of each field, checked before anything is sent. */
  schemas: S;
  /** The stored record; a value equal to its stored one is not sent. Null while there is none. */
  record: R | null;
  /** Sends the changed fields; resolves with the saved record. */
  send(patch: PatchOf<S>): Promise<R>;
  onSaved?(saved: R): void;
  fieldOfError?: FieldOfError<S>;
  /** Whether `next` is the stored `current`; undefined (or no function) compares the schema's parsed value with it. */
  same?(field: FieldName<S>, next: unknown, current: unknown): boolean | undefined;
}

function sameParsed(schema: FieldSchemas[string], next: unknown, current: unknown): boolean {
  const parsed = schema.safeParse(next);
  return parsed.success && JSON.stringify(parsed.data ?? null) === JSON.stringify(current ?? null);
}

/**
 * Saves some fields of a record: checks each with its schema (a problem is shown at the field and nothing is sent),
 * leaves out values that did not change, tracks the save in the page's save status, and puts a refusal's issues at
 * their fields; any other error becomes a translated notification.
 */
export function autosave<S extends FieldSchemas, R extends RecordOf<S>>(options: AutosaveOptions<S, R>, patch: PatchOf<S>): void {
  const { scope, schemas, record } = options;
  if (!record) return;
  const status = useSaveStatus.getState();
  const fields = Object.keys(patch) as Array<FieldName<S>>;
  const checked = checkFields(schemas, patch);
  status.setErrors(scope, checked);
  if (fields.some((f) => checked[f])) return;
  const same = (f: FieldName<S>) => options.same?.(f, patch[f], record[f]) ?? sameParsed(schemas[f]!, patch[f], record[f]);
  const changed = fields.filter((f) => !same(f));
  if (changed.length === 0) return;
  const toSend = Object.fromEntries(changed.map((f) => [f, patch[f]])) as PatchOf<S>;
  status
    .track(() => options.send(toSend))
    .then(
      (saved) => options.onSaved?.(saved),
      (error: unknown) => {
        const refused = refusalErrors(error, schemas, changed, options.fieldOfError);
        if (refused) useSaveStatus.getState().setErrors(scope, refused);
        else notifyError(error);
      },
    );
}

const NO_ERRORS: ScopeErrors = {};

/** The props of an autosaving control (lib/fields.tsx) for each field: name, stored value, translated error, commit. */
export type FieldProps<S extends FieldSchemas, R extends RecordOf<S>> = {
  [K in FieldName<S>]: { name: K; value: R[K]; error?: string; onCommit(value: z.input<S[K]>): void };
};

/**
 * One record's autosaving form: the translated error of each field, `commit` to save some fields, and `fields`:
 * `<AutoText {...fields.title} label=… />` (a control that commits another form of the value overrides `onCommit`).
 */
export function useAutosave<S extends FieldSchemas, R extends RecordOf<S>>(options: AutosaveOptions<S, R>) {
  const { t } = useTranslation();
  const scoped = useSaveStatus((s) => s.errors[options.scope]) ?? NO_ERRORS;
  const errors = useMemo(() => translateFieldErrors(t, scoped as Partial<Record<FieldName<S>, FieldError>>), [t, scoped]);
  const commit = (patch: PatchOf<S>) => autosave(options, patch);
  const fields = {} as Record<FieldName<S>, unknown>;
  for (const name of Object.keys(options.schemas) as Array<FieldName<S>>) {
    const value = options.record?.[name] ?? null;
    fields[name] = { name, value, error: errors[name], onCommit: (next: unknown) => commit({ [name]: next } as PatchOf<S>) };
  }
  return { errors, commit, fields: fields as FieldProps<S, R> };
}
