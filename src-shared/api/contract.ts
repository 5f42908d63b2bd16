import type { z } from 'zod';
import type { ErrorCode, FieldMessage } from './errors';

/** Errors cross every boundary as a code (an i18n key under `errors.`) and its interpolation params. */
export interface AppErrorShape {
  code: ErrorCode;
  params?: Record<string, unknown>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

/** The `{ ok: false }` result for a code; without params the error has none (not even an empty object). */
export function failure(code: ErrorCode, params?: Record<string, unknown>): { ok: false; error: AppErrorShape } {
  return params ? { ok: false, error: { code, params } } : { ok: false, error: { code } };
}

/** One field's problem in a `validation` error: `path` names the field, `message` is a key under `errors.field.`. */
export interface FieldIssue {
  path: string;
  message: FieldMessage;
}

/** Bodies larger than this are refused before parsing, by both hosts (a channel may declare another limit). */
export const MAX_PAYLOAD_BYTES = 1024 * 1024;

/**
 * Who may call a channel when, declared with the channel so that the router and both hosts read one answer.
 * - `whileLocked`: served before the store is unlocked (and after it is locked); every other channel answers `store.locked`.
 * - `selfAssessment`: in self-assessment mode, `'refused'` (answers `selfAssessment.active`), `'served'` (a round or
 *   person the input names must be the handed-over one), or `'ownOnly'` (the input must name the handed-over round
 *   and person).
 * - `maxPayloadBytes`: the largest body, as UTF-8 JSON, checked before parsing.
 */
export interface ChannelPolicy {
  readonly whileLocked: boolean;
  readonly selfAssessment: 'refused' | 'served' | 'ownOnly';
  readonly maxPayloadBytes: number;
}

/** What a channel is unless it says otherwise: closed while locked and in self-assessment mode, the usual limit. */
export const DEFAULT_POLICY: ChannelPolicy = { whileLocked: false, selfAssessment: 'refused', maxPayloadBytes: MAX_PAYLOAD_BYTES };

export interface Channel<I extends z.ZodType, R> {
  input: I;
  policy: ChannelPolicy;
  /** Phantom: carries the result type; never set at run time. */
  result?: R;
}

/**
 * `channel<Result>(policy?)(inputSchema)`: the result type is given, the input type is inferred, and the policy
 * states only where it differs from DEFAULT_POLICY.
 */
export function channel<R>(policy: Partial<ChannelPolicy> = {}) {
  return <I extends z.ZodType>(input: I): Channel<I, R> => ({ input, policy: { ...DEFAULT_POLICY, ...policy } });
}
