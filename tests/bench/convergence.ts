/**
 * `convergence_5_offices_200_files_ms` (issue 12): five offices, each a real encrypted store with its own keys, that
 * know each other and share one exchange folder, start from 10 companies made at A and sent to all. Then, until 200
 * files are made: two random edits at random offices (the convergence property's mix), one office sends its changes
 * to the four others, and a random few of the waiting files are applied, each by the office it is for, through its
 * inbox with the property's conflict policy; the rest at the end, in a random order. Measured once, from the first
 * edit to the 200th file applied: the edits, the sends and the 200 previews and applies.
 */
import fc from 'fast-check';
import type { Figure } from './common';
import { roundTo } from './common';
import { editArb, makeEdit } from '../helpers/officeEdits';
import { deliverPending, drain, makeWorld, seeded, seedShared, sendDeltas } from '../helpers/offices';

const OFFICES = 5;
const FILES = 200;
const COMPANIES = 10;
const SEED = 20261130;

async function convergence(): Promise<Figure> {
  const world = await makeWorld(OFFICES);
  try {
    const random = seeded(SEED);
    const edits = fc.sample(editArb, { seed: SEED, numRuns: FILES * 2 });
    await seedShared(world, COMPANIES);
    await sendDeltas(world, 0);
    await drain(world, random);
    world.stats.applied = 0;
    const at = (n: number) => world.offices[Math.floor(random() * n)]!;
    const start = performance.now();
    for (let i = 0; world.stats.applied + world.pending.length < FILES; i++) {
      await makeEdit(world, at(OFFICES), edits[(2 * i) % edits.length]!);
      await makeEdit(world, at(OFFICES), edits[(2 * i + 1) % edits.length]!);
      await sendDeltas(world, at(OFFICES).index);
      const now = Math.floor(random() * 5);
      for (let k = 0; k < now; k++) await deliverPending(world, Math.floor(random() * 1000));
    }
    // The last round of sends may overshoot 200 by up to three files: only the first 200 count.
    world.pending.splice(FILES - world.stats.applied);
    await drain(world, random);
    const ms = performance.now() - start;
    if (world.stats.applied !== FILES) throw new Error(`applied ${world.stats.applied} files, not ${FILES}`);
    return { name: 'convergence_5_offices_200_files_ms', value: roundTo(ms, 0), unit: 'ms' };
  } finally {
    world.cleanup();
  }
}

export const CONVERGENCE_FIGURES: Record<string, () => Promise<Figure>> = {
  convergence_5_offices_200_files_ms: convergence,
};
