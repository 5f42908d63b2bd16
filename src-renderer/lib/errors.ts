import type { TFunction } from 'i18next';
import { notifications } from '@mantine/notifications';
import { isFieldMessage } from '@shared/api/errors';
import type { ErrorCode, FieldMessage } from '@shared/api/errors';
import { ApiError } from '../api/client';
import { formatDay } from './dates';
import { i18n } from './i18n';

/** The i18n key of an error code: `errors.<code>`. */
export type ErrorKey = `errors.${ErrorCode}`;
/** The i18n key of a field issue's message: `errors.field.<message>`. */
export type FieldMessageKey = `errors.field.${FieldMessage}`;

/** A zod field message (a key under `errors.field.`) as a full i18n key; an unknown message reads as 'invalid'. */
export function fieldMessageKey(message: string): FieldMessageKey {
  return `errors.field.${isFieldMessage(message) ? message : 'invalid'}`;
}

/** Anything but an ApiError (a bug, a lost connection) reads as `internal`. */
export function errorKey(error: unknown): ErrorKey {
  return error instanceof ApiError ? `errors.${error.code}` : 'errors.internal';
}

const DAY_OR_MOMENT = /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z)?$/;

/** An error's params; a date or moment among them (a previous round's date…) as its day in the language's one format. */
export function errorParams(error: unknown, language = i18n().language): Record<string, unknown> {
  if (!(error instanceof ApiError)) return {};
  const shown = (v: unknown) => (typeof v === 'string' && DAY_OR_MOMENT.test(v) ? formatDay(v, language) : v);
  return Object.fromEntries(Object.entries(error.params).map(([k, v]) => [k, shown(v)]));
}

/**
 * `t` for a key only known at run time (a report's labels, a stored field message); typed keys, error keys among them,
 * use `t` directly. A key that is missing reads as itself, as i18next does.
 */
export function tx(t: TFunction, key: string, params: Record<string, unknown> = {}): string {
  return t(key, key, params);
}

export function translateError(error: unknown): string {
  return i18n().t(errorKey(error), errorParams(error));
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
