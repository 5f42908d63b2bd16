import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { notifications } from '@mantine/notifications';
import { ApiError } from '../api/client';
import { i18n } from './i18n';

/** A zod field message (a key under `errors.field.`) as a full i18n key. */
export function fieldMessageKey(message: string): string {
  const key = `errors.field.${message}`;
  return i18n().exists(key) ? key : 'errors.field.invalid';
}

/** The i18n key of the first problem with `value`, or null if the field schema accepts it. */
export function validateWith(schema: z.ZodType, value: unknown): string | null {
  const result = schema.safeParse(value);
  if (result.success) return null;
  return fieldMessageKey(result.error.issues[0]?.message ?? 'invalid');
}

export function errorKey(error: unknown): string {
  if (error instanceof ApiError) {
    const key = `errors.${error.code}`;
    if (i18n().exists(key)) return key;
  }
  return 'errors.internal';
}

export function errorParams(error: unknown): Record<string, unknown> {
  return error instanceof ApiError ? error.params : {};
}

/** `t` for a key computed at run time (error codes, field messages); typed keys use `t` directly. */
export function tx(t: TFunction, key: string, params: Record<string, unknown> = {}): string {
  return (t as unknown as (k: string, p: Record<string, unknown>) => string)(key, params);
}

export function translateError(error: unknown): string {
  return tx(i18n().t, errorKey(error), errorParams(error));
}

let onLocked: (() => void) | null = null;

/** The session feature registers this, so any call that meets a locked store returns to the unlock screen. */
export function setLockedHandler(handler: () => void): void {
  onLocked = handler;
}

export function notifyError(error: unknown): void {
  if (error instanceof ApiError && error.code === 'store.locked' && onLocked) {
    onLocked();
    return;
  }
  notifications.show({
    color: 'red',
    title: i18n().t('common.errorTitle'),
    message: translateError(error),
    autoClose: 8000,
  });
}

export function notifySuccess(message: string): void {
  notifications.show({ color: 'forest', message, autoClose: 3000 });
}
