/**
 * Only what changed (issue 12): "send changes to office X" carries the records whose revision differs from what was
 * last sent to X, tombstones included; the marks and the sequence number advance only once the file is written.
 * Real encrypted stores with their own office keys, a real temp folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { api } from '@shared/api';
import { deleteCompany, updateCompany } from '../../src-main/services/companies';
import { openFile, ownOffice } from '../../src-main/services/offices';
import type { FolderIo } from '../../src-main/services/exchange/folder';
import { sendChanges } from '../../src-main/services/exchange';
import { updateSettings } from '../../src-main/services/settings';
import type { Database } from '../../src-main/store/schema';
import type { Kysely } from 'kysely';
import { seed, useExchangeStores } from '../helpers/exchangeStores';
import { linkOffices, send } from '../helpers/folderOffices';
import type { FolderOffice } from '../helpers/folderOffices';
import { expectRefused, tableState } from '../helpers/refusal';

const store = useExchangeStores();
const folders: Array<() => void> = [];
afterEach(() => {
  for (const f of folders.splice(0)) f();
});

async function twoOffices() {
  const linked = await linkOffices([await store(), await store()], ['Örebro', 'Västerås']);
  folders.push(linked.cleanup);
  const [a, b] = linked.offices as [FolderOffice, FolderOffice];
  return { a, b, folder: linked.folder };
}

/** The file as the receiving office opens it. */
async function opened(receiver: FolderOffice, file: string) {
  return (await openFile(receiver.store.db, new Uint8Array(fs.readFileSync(file)), undefined, receiver.store.deps)).file;
}

const bookkeeping = (db: Kysely<Database>) => tableState(db, ['exchange_marks', 'exchange_sent']);

describe('send changes', () => {
  it('carries everything first, then exactly the 10 changed of 1,000 companies and the tombstones since', async () => {
    const { a, b } = await twoOffices();
    const ids = await seed(a.store, 1000);
    const first = await send(a, b);
    expect(first).toMatchObject({ sequence: 1, full: true, companies: 1000, people: 2000 });
    const firstFile = await opened(b, first.path);
    expect(firstFile.delivery).toEqual({ to: (await ownOffice(b.store.db, b.store.deps)).fingerprint, sequence: 1, full: true });

    const changed = ids.filter((_, i) => i % 100 === 7);
    for (const id of changed) {
      a.store.clock.advance(1000);
      await updateCompany(a.store.db, api['companies.update'].input.parse({ id, patch: { employees: 45 } }), a.store.deps);
    }
    await deleteCompany(a.store.db, { id: ids[500]! }, a.store.deps);

    const second = await send(a, b);
    expect(second).toMatchObject({ sequence: 2, full: false, companies: 10, people: 0, rounds: 0 });
    const file = await opened(b, second.path);
    expect(file.companies.map((c) => c.id).sort()).toEqual([...changed].sort());
    expect(file.companies.every((c) => c.employees === 45)).toBe(true);
    // The deleted company and its two people; earlier tombstones were in the first file.
    expect(file.tombstones.map((t) => t.entity).sort()).toEqual(['company', 'person', 'person']);
    expect(file.delivery).toMatchObject({ sequence: 2, full: false });

    // Two sends at once (a double click) take one number each.
    const [third, again] = await Promise.all([send(a, b), send(a, b)]);
    expect([third.sequence, again.sequence]).toEqual([3, 4]);
    expect(again).toMatchObject({ companies: 0, tombstones: 0 });
    expect(third).toMatchObject({ sequence: 3, companies: 0, people: 0, tombstones: 0 });
    const resend = await send(a, b, true);
    expect(resend).toMatchObject({ sequence: 5, full: true, companies: 999, people: 1998, tombstones: 3 });
  }, 120_000);

  it('records the marks and the sequence number only once the file is written; a failed write leaves no file', async () => {
    const { a, b, folder } = await twoOffices();
    await seed(a.store, 3);
    const officeId = a.officeIds.get('Västerås')!;
    const failingSync: FolderIo = {
      open: async (...args: Parameters<FolderIo['open']>) => {
        const handle = await fs.promises.open(...args);
        handle.sync = () => Promise.reject(new Error('disk full'));
        return handle;
      },
      rename: fs.promises.rename,
      unlink: fs.promises.unlink,
    };
    await expectRefused(
      'exchange.folder.writeFailed',
      () => sendChanges(a.store.db, officeId, { ...a.store.deps, folderIo: failingSync }),
      async () => ({ db: await bookkeeping(a.store.db), files: fs.readdirSync(folder) }),
    );
    expect(fs.readdirSync(folder)).toEqual([]);

    // A name taken by a folder: the rename fails on the real file system; the temporary file goes too.
    const taken = path.join(folder, 'taken');
    fs.mkdirSync(taken);
    const blockedRename: FolderIo = { ...failingSync, open: fs.promises.open, rename: (from) => fs.promises.rename(from, taken) };
    fs.writeFileSync(path.join(taken, 'x'), 'x');
    await expectRefused('exchange.folder.writeFailed', () =>
      sendChanges(a.store.db, officeId, { ...a.store.deps, folderIo: blockedRename }),
    );
    expect(fs.readdirSync(folder)).toEqual(['taken']);
    expect((await bookkeeping(a.store.db)).exchange_marks).toEqual([]);

    const sent = await send(a, b);
    expect(sent).toMatchObject({ sequence: 1, full: true, companies: 3 });
    expect(fs.readdirSync(folder).sort()).toEqual([sent.fileName, 'taken'].sort());
    const { exchange_marks: marks, exchange_sent: sentRows } = await bookkeeping(a.store.db);
    expect(marks).toHaveLength(3 + 6);
    expect(sentRows).toEqual([{ office_id: officeId, sequence: 1, sent_at: expect.any(String), file_name: sent.fileName, full: 1 }]);
  });

  it('refuses without an exchange folder, or with one that is gone, and stores nothing', async () => {
    const { a, folder } = await twoOffices();
    await seed(a.store, 1);
    const officeId = a.officeIds.get('Västerås')!;
    const state = () => bookkeeping(a.store.db);
    await updateSettings(a.store.db, { exchangeFolder: null }, a.store.deps);
    await expectRefused('exchange.folder.notSet', () => sendChanges(a.store.db, officeId, a.store.deps), state);
    await updateSettings(a.store.db, { exchangeFolder: path.join(folder, 'not-there') }, a.store.deps);
    await expectRefused('exchange.folder.unavailable', () => sendChanges(a.store.db, officeId, a.store.deps), state);
    await expectRefused('offices.notFound', () => sendChanges(a.store.db, 'no-such-office', a.store.deps), state);
  });

  it('takes only a full path as the exchange folder (macOS and Linux, a Windows drive, a network share), or none', () => {
    const parse = (exchangeFolder: string | null) => api['settings.update'].input.safeParse({ exchangeFolder });
    for (const ok of ['/Users/karin/Delad', 'C:\\Delad\\Växtkraft', 'd:/delad', '\\\\server\\delad', '', null]) {
      expect(parse(ok).success, String(ok)).toBe(true);
    }
    for (const bad of ['Delad', './delad', 'C:', '~/Delad']) {
      expect(
        parse(bad).error?.issues.map((i) => i.message),
        bad,
      ).toEqual(['folderPath']);
    }
  });
});
