import { afterEach, describe, expect, it } from 'vitest';
import type { RoundDetail } from '@shared/api/assessments';
import { useRound } from '../../src-renderer/features/assessments/roundStore';
import { useSaveStatus } from '../../src-renderer/lib/saveStatus';

/**
 * The round store against a stand-in for the main process behind the preload's bridge (`window.vaxtkraft`): a round
 * held in memory, and answers that arrive only when the test lets them, as they do on a busy machine.
 */
const GOAL = {
  id: '0190a6d8-0000-7000-8000-000000000001',
  roundId: 'r1',
  kind: 'turnover' as const,
  label: null,
  currentValue: null,
  targetValue: null,
  targetYear: null,
  areaIds: [],
  createdAt: '2025-03-01T09:00:00.000Z',
  updatedAt: '2025-03-01T09:00:00.000Z',
  revision: 1,
};

function standIn() {
  let server = { id: 'r1', goals: [GOAL], strategies: [], answers: [] } as unknown as RoundDetail;
  const saves: Array<Record<string, unknown>> = [];
  const held: Array<() => void> = [];
  const later = <T,>(value: () => T) => new Promise<T>((resolve) => held.push(() => resolve(value())));
  window.vaxtkraft = {
    invoke(channel, input) {
      if (channel === 'rounds.get') {
        const snapshot = structuredClone(server);
        return later(() => ({ ok: true, value: snapshot }));
      }
      if (channel === 'rounds.saveGoal') {
        const { roundId: _r, ...goal } = input as Record<string, unknown>;
        saves.push(goal);
        return later(() => {
          // As the service does: the goal becomes what the save says; a field left out is emptied.
          const empty = { label: null, currentValue: null, targetValue: null, targetYear: null, areaIds: [] };
          server = { ...server, goals: server.goals.map((g) => (g.id === goal['id'] ? { ...g, ...empty, ...goal } : g)) };
          return { ok: true, value: server.goals[0] };
        });
      }
      return Promise.resolve({ ok: false, error: { code: 'unknownChannel' } });
    },
  };
  useRound.setState({ roundId: 'r1', round: structuredClone(server), state: 'ready' });
  /** Lets every answer that has been asked for arrive, in order, until none is left. */
  const drain = async () => {
    for (let i = 0; i < 50; i++) {
      await new Promise((r) => setTimeout(r, 0));
      const next = held.shift();
      if (next) next();
      else if (useSaveStatus.getState().pending === 0) return;
    }
  };
  return { saves, held, drain, server: () => server };
}

afterEach(() => {
  delete window.vaxtkraft;
  useSaveStatus.getState().reset();
});

describe('the round store', () => {
  it('two quick edits of one goal never undo each other (the second save is not sent with the first field stale)', async () => {
    const s = standIn();
    const first = useRound.getState().saveGoal({ id: GOAL.id, targetValue: 12_000_000 });
    const second = useRound.getState().saveGoal({ id: GOAL.id, targetYear: 2029 });
    expect(useRound.getState().round!.goals[0]).toMatchObject({ targetValue: 12_000_000, targetYear: 2029 });
    await s.drain();
    await Promise.all([first, second]);
    expect(s.saves.at(-1)).toMatchObject({ targetValue: 12_000_000, targetYear: 2029 });
    expect(s.server().goals[0]).toMatchObject({ targetValue: 12_000_000, targetYear: 2029 });
    expect(useRound.getState().round!.goals[0]).toMatchObject({ targetValue: 12_000_000, targetYear: 2029 });
  });

  it('a round read back before a later save started is not shown: the screen keeps the newer answer', async () => {
    const s = standIn();
    const refreshing = useRound.getState().refresh();
    const saving = useRound.getState().saveGoal({ id: GOAL.id, label: 'Omsättning (tkr)' });
    // The refresh asked before the save answers first, with the goal as it was.
    s.held.shift()!();
    await refreshing;
    expect(useRound.getState().round!.goals[0]!.label).toBe('Omsättning (tkr)');
    await s.drain();
    await saving;
    expect(useRound.getState().round!.goals[0]!.label).toBe('Omsättning (tkr)');
  });
});
