import type { z } from 'zod';
import { api, failure, isChannelName, policyOf } from '@shared/api';
import type { ChannelName, FieldIssue, Result } from '@shared/api';
import { AppError, isFieldMessage } from '@shared/api/errors';
// The contract's new-passphrase fields ask zxcvbn: installed here for every process that serves the API.
import '@shared/domain/passphraseEstimator';
import type { Session } from '../store/session';
import type { Logger } from '../log';
import { nullLogger } from '../log';
import { handlers as defaultHandlers } from './handlers';
import { isDiskFull } from '../store/diskErrors';
import type { Handlers } from './handlers';

export interface RouterOptions {
  logger?: Logger;
  /** Replaces the real handlers (tests only). */
  handlers?: Handlers;
  /** Calls slower than this are logged as a warning with their duration. */
  slowCallMs?: number;
  /** After each answered call (the backup keeper: the first change of a day); not awaited, never fails the call. */
  afterCall?: (channel: string) => Promise<void>;
}

export interface Router {
  handle(channel: string, input: unknown): Promise<Result<unknown>>;
}

/** What a session must offer the router; the handlers use the rest. */
type RouterSession = Pick<Session, 'unlocked' | 'selfAssessment'>;

/** In self-assessment mode only the channels whose policy serves it, and only for the handed-over round and person. */
function selfAssessmentRefusal(session: RouterSession, name: ChannelName, input: unknown): boolean {
  const mode = session.selfAssessment;
  if (!mode) return false;
  const access = policyOf(name).selfAssessment;
  if (access === 'refused') return true;
  const fields = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  if ('roundId' in fields && fields['roundId'] !== mode.roundId) return true;
  if ('personId' in fields && fields['personId'] !== mode.personId) return true;
  return access === 'ownOnly' && (fields['roundId'] === undefined || fields['personId'] === undefined);
}

const MAX_ISSUES = 50;
const MAX_PATH_LENGTH = 200;

function joinPath(path: readonly PropertyKey[]): string {
  return path
    .map((p) => String(p))
    .join('.')
    .slice(0, MAX_PATH_LENGTH);
}

/** Zod's own English messages never travel: only known i18n keys, else 'invalid'. */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) issues.push({ path: joinPath([...issue.path, key]), message: 'invalid' });
    } else {
      issues.push({ path: joinPath(issue.path), message: isFieldMessage(issue.message) ? issue.message : 'invalid' });
    }
  }
  return issues.slice(0, MAX_ISSUES);
}

export function createRouter(session: RouterSession, options: RouterOptions = {}): Router {
  const logger = options.logger ?? nullLogger;
  const table = options.handlers ?? defaultHandlers;
  const slowCallMs = options.slowCallMs ?? 1000;

  async function dispatch<C extends ChannelName>(name: C, input: unknown): Promise<Result<unknown>> {
    if (!policyOf(name).whileLocked && !session.unlocked) return failure('store.locked');
    if (selfAssessmentRefusal(session, name, input)) return failure('selfAssessment.active');

    const parsed = api[name].input.safeParse(input);
    if (!parsed.success) return failure('validation', { issues: toFieldIssues(parsed.error) });

    const handler = table[name] as (input: unknown, session: Session) => unknown;
    const value = await handler(parsed.data, session as Session);
    return { ok: true, value };
  }

  return {
    async handle(channel, input) {
      const started = performance.now();
      try {
        if (typeof channel !== 'string' || !isChannelName(channel)) return failure('unknownChannel');
        const result = await dispatch(channel, input);
        if (result.ok && options.afterCall) void options.afterCall(channel).catch(() => undefined);
        const ms = Math.round(performance.now() - started);
        if (ms > slowCallMs) logger.warn('ipc.slow', { channel, ms });
        return result;
      } catch (error) {
        if (error instanceof AppError) {
          if (error.code === 'internal') logger.error('ipc.internal', { channel: String(channel), code: error.code });
          return { ok: false, error: error.toShape() };
        }
        // Nothing was written (the transaction rolled back): the renderer keeps the edit and says why.
        if (isDiskFull(error)) {
          logger.error('ipc.diskFull', { channel: isChannelName(String(channel)) ? String(channel) : 'unknown' });
          return failure('store.diskFull');
        }
        // Only the class: a message may quote the payload (a name, a passphrase).
        const errorClass = error instanceof Error ? error.constructor.name : typeof error;
        logger.error('ipc.internal', {
          channel: isChannelName(String(channel)) ? String(channel) : 'unknown',
          errorClass,
        });
        return failure('internal');
      }
    },
  };
}
