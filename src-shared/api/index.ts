import type { z } from 'zod';
import type { Channel } from './contract';
import { companiesApi } from './companies';
import { peopleApi } from './people';
import { sessionApi, settingsApi } from './session';

export * from './contract';

/** The whole IPC contract: `domain.verb` -> zod input schema and result type. */
export const api = {
  ...sessionApi,
  ...settingsApi,
  ...companiesApi,
  ...peopleApi,
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
]);

export function isChannelName(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(api, name);
}

/** Bodies larger than this are refused before parsing, by both hosts. */
export const MAX_PAYLOAD_BYTES = 1024 * 1024;
