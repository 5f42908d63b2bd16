import { describe, expect, it } from 'vitest';
import { en, sv } from '@shared/i18n/resources';
import { EXCHANGE_ENTITIES } from '@shared/api/exchange';
import { ROUND_KINDS } from '@shared/api/assessments';
import { CONFLICT_FIELD_NAMES, conflictOf, SPECIAL_CONFLICT_FIELDS } from '../../src-main/services/exchange/merge';
import type { Decision } from '../../src-main/services/exchange/merge';
import { DIFFERING_FIELD_NAMES, ROUND_CHILD_KEYS } from '../../src-main/services/exchange/rows';

const LOCALES = { en, sv } as const;

function lookup(tree: unknown, path: string[]): unknown {
  let node = tree;
  for (const part of path) {
    if (typeof node !== 'object' || node === null || !Object.prototype.hasOwnProperty.call(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

describe('exchange conflict labels', () => {
  it('lists every field a conflict can name: each travelling column, the round child sets and the special values', () => {
    // Spot checks across the entities, so that an empty or truncated list fails.
    for (const f of [
      'contactEmail',
      'orgNumber',
      'deleted',
      'plan',
      'followupConsent',
      'vision',
      'answers',
      'ratings',
      'costSek',
      'accessibilityAdaptations',
      'topics',
      'nameSv',
      'nextFollowUp',
    ]) {
      expect(CONFLICT_FIELD_NAMES).toContain(f);
    }
    for (const f of [...DIFFERING_FIELD_NAMES, ...ROUND_CHILD_KEYS, ...SPECIAL_CONFLICT_FIELDS]) expect(CONFLICT_FIELD_NAMES).toContain(f);
    // Bookkeeping never differs as a field.
    for (const f of ['id', 'revision', 'createdAt', 'updatedAt']) expect(CONFLICT_FIELD_NAMES).not.toContain(f);
    expect(new Set(CONFLICT_FIELD_NAMES).size).toBe(CONFLICT_FIELD_NAMES.length);
  });

  for (const [lang, tree] of Object.entries(LOCALES)) {
    describe(lang, () => {
      it('has a non-empty label for every field name', () => {
        const missing = CONFLICT_FIELD_NAMES.filter((f) => {
          const v = lookup(tree, ['exchange', 'field', f]);
          return typeof v !== 'string' || v.trim() === '';
        });
        expect(missing).toEqual([]);
      });

      it('has a non-empty label for every exchange entity', () => {
        const missing = EXCHANGE_ENTITIES.filter((e) => {
          const v = lookup(tree, ['exchange', 'entity', e]);
          return typeof v !== 'string' || v.trim() === '';
        });
        expect(missing).toEqual([]);
      });

      it('has the round kinds, the fallback and the conflict texts the import preview uses', () => {
        for (const k of ROUND_KINDS) expect(typeof lookup(tree, ['assessments', 'kind', k])).toBe('string');
        for (const key of ['otherDetails', 'subject', 'roundName', 'conflict']) {
          expect(typeof lookup(tree, ['exchange', 'import', key])).toBe('string');
        }
        expect(lookup(tree, ['exchange', 'import', 'conflict'])).toContain('{{subject}}');
        expect(lookup(tree, ['exchange', 'import', 'conflict'])).toContain('{{fields}}');
      });
    });
  }

  it('sends a round conflict its kind and date, and no untranslated name', () => {
    const decision: Decision = {
      entity: 'round',
      id: 'r1',
      companyId: 'c1',
      name: '2025-03-02',
      decision: { op: 'conflict', fields: ['vision', 'answers'], onlyMine: false, theirs: 'write' },
      incoming: { id: 'r1', kind: 'baseline', date: '2025-03-09' },
      children: null,
      tombstone: null,
      local: { id: 'r1', kind: 'followup', date: '2025-03-02' },
      localTombstone: null,
      base: 1,
    };
    expect(conflictOf(decision)).toEqual({
      key: 'round:r1',
      entity: 'round',
      id: 'r1',
      name: '2025-03-02',
      roundKind: 'followup',
      roundDate: '2025-03-02',
      fields: ['vision', 'answers'],
      onlyMine: false,
    });
    const person = conflictOf({ ...decision, entity: 'person', id: 'p1', name: 'Anna', local: { id: 'p1', name: 'Anna' }, incoming: null });
    expect(person).toEqual({ key: 'person:p1', entity: 'person', id: 'p1', name: 'Anna', fields: ['vision', 'answers'], onlyMine: false });
  });
});
