import type { z } from 'zod';
import type { Channel } from './contract';
import { assessmentsApi } from './assessments';
import { companiesApi } from './companies';
import { peopleApi } from './people';
import { sessionApi, settingsApi } from './session';
import { exchangeApi } from './exchange';
import { selfAssessmentApi } from './selfAssessment';
import { plansApi } from './plans';
import { reportsApi } from './reports';

export * from './contract';

/** The whole IPC contract: `domain.verb` -> zod input schema and result type. */
export const api = {
  ...sessionApi,
  ...settingsApi,
  ...companiesApi,
  ...peopleApi,
  ...assessmentsApi,
  ...exchangeApi,
  ...selfAssessmentApi,
  ...plansApi,
  ...reportsApi,
};

export type Api = typeof api;
export type ChannelName = keyof Api;
export type InputOf<C extends ChannelName> = Api[C] extends Channel<infer I, unknown> ? z.input<I> : never;
export type ParsedInputOf<C extends ChannelName> = Api[C] extends Channel<infer I, unknown> ? z.output<I> : never;
export type ResultOf<C extends ChannelName> = Api[C] extends Channel<z.ZodType, infer R> ? R : never;

/** Channels that work before the store is unlocked. */
export const PUBLIC_CHANNELS: ReadonlySet<string> = new Set<ChannelName>([
  'session.status',
  'session.create',
  'session.unlock',
  'session.lock',
  'session.setLanguage',
  'session.setAside',
]);

export function isChannelName(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(api, name);
}

/** Bodies larger than this are refused before parsing, by both hosts. */
export const MAX_PAYLOAD_BYTES = 1024 * 1024;

/** Exchange files travel as base64 in the body: their channels get a larger limit (see MAX_EXCHANGE_FILE_BYTES). */
export const MAX_EXCHANGE_PAYLOAD_BYTES = 64 * 1024 * 1024 + 64 * 1024;

export function payloadLimitFor(channel: unknown): number {
  return typeof channel === 'string' && channel.startsWith('exchange.') ? MAX_EXCHANGE_PAYLOAD_BYTES : MAX_PAYLOAD_BYTES;
}
