import type { AppErrorShape, ChannelName, FieldIssue, InputOf, Result, ResultOf } from '@shared/api';
import { isErrorCode } from '@shared/api/errors';
import type { ErrorCode } from '@shared/api/errors';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in the browser host. */
    vaxtkraft?: { invoke(channel: string, input: unknown): Promise<Result<unknown>> };
  }
}

/**
 * An `{ ok: false }` result, thrown so that callers can use try/catch; `code` is a key under `errors.`. A code this
 * version does not know (the wire is not type-checked) reads as `internal`.
 */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly params: Record<string, unknown>;

  constructor(shape: AppErrorShape) {
    const code = isErrorCode(shape.code) ? shape.code : 'internal';
    super(code);
    this.name = 'ApiError';
    this.code = code;
    this.params = shape.params ?? {};
  }

  /** Field issues of a `validation` error (empty for other codes). */
  get issues(): FieldIssue[] {
    const issues = this.params['issues'];
    return this.code === 'validation' && Array.isArray(issues) ? (issues as FieldIssue[]) : [];
  }
}

const TOKEN_KEY = 'vaxtkraft.token';

/**
 * The browser host prints an address with a one-time `?code=`: take it out of the address bar, trade it once for
 * the token (which never appears in an address) and keep that for this tab. A code already spent leaves a token
 * the tab already has.
 */
export async function captureToken(): Promise<void> {
  const url = new URL(window.location.href);
  const code = url.searchParams.get('code');
  if (!code || window.vaxtkraft) return;
  url.searchParams.delete('code');
  window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
  try {
    const response = await fetch('/auth/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code }),
    });
    const result = (await response.json()) as Result<{ token: string }>;
    if (result.ok) sessionStorage.setItem(TOKEN_KEY, result.value.token);
  } catch {
    // No token: the first call answers `unauthorized`, and the screen says to open the printed address.
  }
}

async function overHttp(channel: string, input: unknown): Promise<Result<unknown>> {
  const token = sessionStorage.getItem(TOKEN_KEY) ?? '';
  let response: Response;
  try {
    response = await fetch(`/api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return { ok: false, error: { code: 'internal' } };
  }
  try {
    return (await response.json()) as Result<unknown>;
  } catch {
    return { ok: false, error: { code: response.status === 401 ? 'unauthorized' : 'internal' } };
  }
}

export async function invoke<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<ResultOf<C>> {
  const bridge = window.vaxtkraft;
  const result = bridge ? await bridge.invoke(channel, input) : await overHttp(channel, input);
  if (!result.ok) throw new ApiError(result.error);
  return result.value as ResultOf<C>;
}
