import { describe, expect, it } from 'vitest';
import { col, fieldColumns, fieldName, omitColumns, recordCodec } from '../../src-main/store/columns';
import { TABLES } from '../../src-main/store/schema';

describe('column maps', () => {
  it('name fields in camelCase', () => {
    expect(fieldName('next_follow_up')).toBe('nextFollowUp');
    expect(fieldName('file_sha256')).toBe('fileSha256');
    expect(fieldName('name')).toBe('name');
  });

  it('list a travelling table with its bookkeeping first, and a child table in its own order', () => {
    expect(fieldColumns(TABLES.strategies)).toEqual([
      ['id', 'id'],
      ['revision', 'revision'],
      ['createdAt', 'created_at'],
      ['updatedAt', 'updated_at'],
      ['roundId', 'round_id'],
      ['text', 'text'],
      ['areaIds', 'area_ids', 'json'],
    ]);
    expect(fieldColumns(omitColumns(TABLES.round_people, ['round_id']))).toEqual([
      ['personId', 'person_id'],
      ['role', 'role'],
      ['updatedAt', 'updated_at'],
    ]);
  });

  it('turn rows into records and back: booleans from 0/1, JSON parsed, nulls kept', () => {
    const codec = recordCodec({ done: col.bool().nullable(), ids: col.json(), note_text: col.text().nullable() });
    const row = { done: 1, ids: '["a","b"]', note_text: null };
    const record = codec.decode(row);
    expect(record).toEqual({ done: true, ids: ['a', 'b'], noteText: null });
    expect(codec.encode(record)).toEqual(row);
    expect(codec.encode({ done: null, ids: [], noteText: 'x' })).toEqual({ done: null, ids: '[]', note_text: 'x' });
  });
});
