import type { z } from 'zod';

/** Errors cross every boundary as a code (an i18n key under `errors.`) and its interpolation params. */
export interface AppErrorShape {
  code: string;
  params?: Record<string, unknown>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

/** One field's problem in a `validation` error: `path` names the field, `message` is a key under `errors.field.`. */
export interface FieldIssue {
  path: string;
  message: string;
}

export interface Channel<I extends z.ZodType, R> {
  input: I;
  /** Phantom: carries the result type; never set at run time. */
  result?: R;
}

/** `channel<Result>()(inputSchema)`: the result type is given, the input type is inferred. */
export function channel<R>() {
  return <I extends z.ZodType>(input: I): Channel<I, R> => ({ input });
}
