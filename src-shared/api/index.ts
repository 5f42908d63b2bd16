import type { z } from 'zod';
import type { Channel, ChannelPolicy } from './contract';
import { MAX_PAYLOAD_BYTES } from './contract';
import { assessmentsApi } from './assessments';
import { companiesApi } from './companies';
import { peopleApi } from './people';
import { sessionApi, settingsApi } from './session';
import { exchangeApi } from './exchange';
import { selfAssessmentApi } from './selfAssessment';
import { plansApi } from './plans';
import { reportsApi } from './reports';
import { contactsApi } from './contacts';
import { sessionsApi } from './sessions';
import { aidApi } from './aid';
import { officesApi } from './offices';
import { printApi } from './print';
import { rightsApi } from './rights';
import { businessCheckApi } from './businessCheck';
import { passportApi } from './passport';
import { backupsApi } from './backups';
import { participationApi } from './participation';
import { submittedApi } from './submitted';

export * from './contract';
export { MAX_EXCHANGE_PAYLOAD_BYTES } from './exchange';

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
  ...contactsApi,
  ...sessionsApi,
  ...aidApi,
  ...officesApi,
  ...printApi,
  ...rightsApi,
  ...businessCheckApi,
  ...passportApi,
  ...backupsApi,
  ...participationApi,
  ...submittedApi,
};

export type Api = typeof api;
export type ChannelName = keyof Api;
export type InputOf<C extends ChannelName> = Api[C] extends Channel<infer I, unknown> ? z.input<I> : never;
export type ParsedInputOf<C extends ChannelName> = Api[C] extends Channel<infer I, unknown> ? z.output<I> : never;
export type ResultOf<C extends ChannelName> = Api[C] extends Channel<z.ZodType, infer R> ? R : never;

export function isChannelName(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(api, name);
}

/** A channel's policy (see ChannelPolicy): what the router and both hosts check before a service runs. */
export function policyOf(name: ChannelName): ChannelPolicy {
  return api[name].policy;
}

/** The channels whose policy passes `test`, e.g. `channelsWhere((p) => p.whileLocked)`. */
export function channelsWhere(test: (policy: ChannelPolicy) => boolean): ReadonlySet<ChannelName> {
  return new Set((Object.keys(api) as ChannelName[]).filter((name) => test(policyOf(name))));
}

/** The body limit for whatever a caller names: a channel's own, else the default (an unknown name is refused later). */
export function payloadLimitFor(channel: unknown): number {
  return typeof channel === 'string' && isChannelName(channel) ? policyOf(channel).maxPayloadBytes : MAX_PAYLOAD_BYTES;
}
