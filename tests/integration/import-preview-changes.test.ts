/**
 * The import preview says what a file would change and nothing else (issue 17): the same file imported twice has
 * nothing new the second time; after one company changed at the sending office, only that company is listed.
 * Real encrypted stores, files exported and previewed as the app does.
 */
import { describe, expect, it } from 'vitest';
import { api } from '@shared/api';
import { changedCompanies, changedKinds, changesNothing } from '@shared/domain/importChanges';
import { updateCompany } from '../../src-main/services/companies';
import { exportAll, importFile, preview, seed, useExchangeStores } from '../helpers/exchangeStores';

const store = useExchangeStores();

describe('what an import preview shows', () => {
  it('the same file twice: the second preview has nothing new, and no company is listed', async () => {
    const a = await store();
    const b = await store();
    await seed(a, 3);
    const file = await exportAll(a);
    const first = await importFile(b, file.base64);
    expect(changesNothing(first.preview.counts)).toBe(false);
    expect(changedKinds(first.preview.counts).map((k) => [k.kind, k.counts.new])).toEqual([
      ['companies', 3],
      ['people', 6],
    ]);
    expect(changedCompanies(first.preview.companies)).toHaveLength(3);

    const again = await preview(b, file.base64);
    expect(again.companies.map((c) => c.kind)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(changesNothing(again.counts)).toBe(true);
    expect(changedKinds(again.counts)).toEqual([]);
    expect(changedCompanies(again.companies)).toEqual([]);
  });

  it('after one company changed at the sender, only that company and that change are shown', async () => {
    const a = await store();
    const b = await store();
    const ids = await seed(a, 3);
    await importFile(b, (await exportAll(a)).base64);
    a.clock.advance(60_000);
    await updateCompany(a.db, api['companies.update'].input.parse({ id: ids[1]!, patch: { employees: 45 } }), a.deps);
    const next = await preview(b, (await exportAll(a)).base64);
    expect(changesNothing(next.counts)).toBe(false);
    expect(changedKinds(next.counts)).toEqual([
      { kind: 'companies', counts: { new: 0, updated: 1, unchanged: 2, deleted: 0, keptLocal: 0, conflicts: 0 } },
    ]);
    expect(changedCompanies(next.companies).map((c) => [c.id, c.kind])).toEqual([[ids[1], 'updated']]);
  });
});
