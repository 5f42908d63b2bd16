import { systemClock } from '@shared/clock';
import type { Clock } from '@shared/clock';

let source: Clock = systemClock;

/** The renderer's one clock: "today" is the Swedish calendar date. Tests replace the source with `setClock`. */
export const clock: Clock = {
  now: () => source.now(),
  today: () => source.today(),
};

export function setClock(next: Clock): void {
  source = next;
}
