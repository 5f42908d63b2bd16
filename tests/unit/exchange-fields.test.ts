import { describe, expect, it } from 'vitest';
import type { ExchangeEntity } from '@shared/api/exchange';
import {
  activityRecordSchema,
  aidRecordSchema,
  companyRecordSchema,
  contactRecordSchema,
  customCompetenceRecordSchema,
  personRecordSchema,
  planRecordSchema,
  providerRecordSchema,
  roundRecordSchema,
} from '../../src-main/services/exchange/format';
import { FILE_COLUMNS, ROUND_CHILD_KEYS, ROUND_CHILDREN } from '../../src-main/services/exchange/rows';

/**
 * What travels is derived from the store's schema (exchange/rows.ts); what a file may hold is declared in its zod
 * schemas (exchange/format.ts). A column added to a travelling table must be added to the file's schema too (and the
 * format version bumped), or left out of the exchange on purpose in rows.ts.
 */

const RECORDS = {
  company: companyRecordSchema,
  person: personRecordSchema,
  provider: providerRecordSchema,
  custom_competence: customCompetenceRecordSchema,
  round: roundRecordSchema,
  plan: planRecordSchema,
  activity: activityRecordSchema,
  contact: contactRecordSchema,
  aid: aidRecordSchema,
} satisfies Record<ExchangeEntity, unknown>;

const sorted = (names: Iterable<string>) => [...names].sort();

describe('the exchange file and the store schema', () => {
  for (const entity of Object.keys(RECORDS) as ExchangeEntity[]) {
    it(`name the same fields for a ${entity}`, () => {
      const fromStore = FILE_COLUMNS[entity].map(([field]) => field);
      const children = entity === 'round' ? ROUND_CHILD_KEYS : entity === 'activity' ? ['sessions'] : [];
      expect(sorted(Object.keys(RECORDS[entity].shape))).toEqual(sorted([...fromStore, ...children]));
    });
  }

  for (const key of ROUND_CHILD_KEYS) {
    it(`name the same fields for a round's ${key}`, () => {
      const fromStore = ROUND_CHILDREN[key].columns.map(([field]) => field);
      expect(sorted(Object.keys(roundRecordSchema.shape[key].element.shape))).toEqual(sorted(fromStore));
    });
  }
});
