import en from '../i18n/locales/en/errors';
import type { AppErrorShape, FieldIssue } from './contract';

/** The keys of a message tree as dotted paths: `{ store: { locked: '…' } }` gives 'store.locked'. */
type KeyPaths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : KeyPaths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/**
 * Every error code the services and hosts raise: the keys under `errors.` (outside `errors.field.`) of the English
 * locale, which the Swedish one `satisfies`. A code is declared by writing its message in both languages, so an
 * error never reaches the user untranslated and a misspelt code does not compile.
 */
export type ErrorCode = Exclude<KeyPaths<typeof en>, `field.${string}`>;

/** A field issue's message: a key under `errors.field.` ('required', 'orgNumber.checksum', …). */
export type FieldMessage = KeyPaths<(typeof en)['field']>;

function keyPaths(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keyPaths(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

export const ERROR_CODES = keyPaths(en).filter((key) => !key.startsWith('field.')) as readonly ErrorCode[];
export const FIELD_MESSAGES: ReadonlySet<string> = new Set<FieldMessage>(keyPaths(en.field) as FieldMessage[]);

const CODES: ReadonlySet<string> = new Set(ERROR_CODES);

/** For codes that arrive from outside (over the wire): a code this version knows. */
export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && CODES.has(code);
}

export function isFieldMessage(message: unknown): message is FieldMessage {
  return typeof message === 'string' && FIELD_MESSAGES.has(message);
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params: Record<string, unknown>;

  constructor(code: ErrorCode, params: Record<string, unknown> = {}) {
    super(code);
    this.name = 'AppError';
    this.code = code;
    this.params = params;
  }

  toShape(): AppErrorShape {
    return { code: this.code, params: this.params };
  }
}

export function validationError(issues: FieldIssue[]): AppError {
  return new AppError('validation', { issues });
}
