import type { ChannelName, InputOf, ResultOf } from '@shared/api';
import type { Router } from '../../src-main/ipc/router';

/** `call(channel, input)` through a router: the typed value, or a thrown Error naming the refusal. */
export function caller(router: Router) {
  return async <C extends ChannelName>(channel: C, input: InputOf<C>): Promise<ResultOf<C>> => {
    const r = await router.handle(channel, input);
    if (!r.ok) throw new Error(`${channel} failed: ${JSON.stringify(r.error)}`);
    return r.value as ResultOf<C>;
  };
}
