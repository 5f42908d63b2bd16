import { describe, expect, it } from 'vitest';
import { alreadyApplied, missingBefore } from '../../src-main/services/exchange/sequences';
import { addressedTo, deliveryFileName, sameFingerprint } from '../../src-main/services/exchange/folder';

const state = (applied: number[], lastFull = 0) => ({ applied: new Map(applied.map((n) => [n, `sha${n}`])), lastFull });

describe('sequence numbers', () => {
  it('names the earlier numbers not applied, none for a full file, none before the last full file applied', () => {
    expect(missingBefore(state([]), 1, true)).toEqual([]);
    expect(missingBefore(state([1]), 2, false)).toEqual([]);
    expect(missingBefore(state([1, 3]), 5, false)).toEqual([2, 4]);
    expect(missingBefore(state([1, 6], 6), 8, false)).toEqual([7]);
    expect(missingBefore(state([1]), 9, true)).toEqual([]);
    // An older file after a newer one: only what is missing below it.
    expect(missingBefore(state([1, 2, 4]), 3, false)).toEqual([]);
    // A sender far ahead: the list stops at 50 numbers.
    expect(missingBefore(state([]), 1000, false)).toHaveLength(50);
  });

  it('a file is applied before only with the same number and the same content', () => {
    expect(alreadyApplied(state([1, 2]), 2, 'sha2')).toBe(true);
    expect(alreadyApplied(state([1, 2]), 2, 'other')).toBe(false);
    expect(alreadyApplied(state([1]), 2, 'sha2')).toBe(false);
  });

  it('names a delta after its sender, number and recipient, and reads the recipient back', () => {
    const name = deliveryFileName('Örebro kontor', 12, 'ABCD EFGH JKLM NP23');
    expect(name).toBe('orebro-kontor-000012-to-ABCDEFGHJKLMNP23.vaxtkraft');
    expect(addressedTo(name)).toBe('ABCDEFGHJKLMNP23');
    expect(sameFingerprint(addressedTo(name)!, 'ABCD EFGH JKLM NP23')).toBe(true);
    expect(addressedTo('orebro-2025-03-01.vaxtkraft')).toBeNull();
  });
});
