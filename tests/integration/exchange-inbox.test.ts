/**
 * The shared folder's inbox (issue 12): files addressed to this office with the numbers missing from their sender; a
 * later file applies when nothing in it needs a missing one, and is refused (nothing stored) when something does; a
 * file applied twice and an older file after a newer one change nothing; partial, foreign, truncated and other
 * offices' files are left where they are, each with a note; an applied file moves to processed/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { api } from '@shared/api';
import { createCompany, updateCompany } from '../../src-main/services/companies';
import { createPerson } from '../../src-main/services/people';
import { buildExchangeFile } from '../../src-main/services/exchange';
import { encryptFor, pack } from '../../src-main/services/exchange/crypto';
import { ownOffice, sealFile } from '../../src-main/services/offices';
import type { ExchangeFile } from '../../src-main/services/exchange/format';
import { deliveryFileName } from '../../src-main/services/exchange/folder';
import { getSettings } from '../../src-main/services/settings';
import { data, seed, useExchangeStores } from '../helpers/exchangeStores';
import { inbox, linkOffices, previewFile, receive, send } from '../helpers/folderOffices';
import type { FolderOffice } from '../helpers/folderOffices';
import { expectRefused, tableState } from '../helpers/refusal';
import { orgNumberFor } from '../helpers/tempStore';

const store = useExchangeStores();
const folders: Array<() => void> = [];
afterEach(() => {
  for (const f of folders.splice(0)) f();
});

async function offices(count = 2) {
  const names = ['Örebro', 'Västerås', 'Karlstad'].slice(0, count);
  const stores = [];
  for (let i = 0; i < count; i++) stores.push(await store());
  const linked = await linkOffices(stores, names);
  folders.push(linked.cleanup);
  return { ...linked, offices: linked.offices as [FolderOffice, FolderOffice, FolderOffice] };
}

const rename = (o: FolderOffice, id: string, name: string) =>
  updateCompany(o.store.db, api['companies.update'].input.parse({ id, patch: { name } }), o.store.deps);

const newCompany = (o: FolderOffice, n: number) =>
  createCompany(o.store.db, api['companies.create'].input.parse({ name: `Nytt ${n} AB`, orgNumber: orgNumberFor(5000 + n) }), o.store.deps);

/**
 * A file numbered `sequence` from `from` to `to`, sealed and signed as sendChanges seals it, with the content `shape`
 * leaves of a full build: a delta that carries a record without what it refers to.
 */
async function sendOnly(from: FolderOffice, to: FolderOffice, sequence: number, shape: (file: ExchangeFile) => ExchangeFile) {
  const own = await ownOffice(to.store.db, to.store.deps);
  const built = await buildExchangeFile(from.store.db, 'all', {
    office: from.name,
    advisor: null,
    exportedAt: from.store.clock.now().toISOString(),
  });
  const file = { ...shape(built), tombstones: [], delivery: { to: own.fingerprint, sequence, full: false } };
  const bytes = await sealFile(from.store.db, file, { recipients: [own.recipient] }, from.store.deps);
  const fileName = deliveryFileName(from.name, sequence, own.fingerprint);
  fs.writeFileSync(path.join((await getSettings(from.store.db)).exchangeFolder!, fileName), bytes);
  return { fileName };
}

/** Moves a file out of the folder (lost, or not synced yet) and back. */
function hide(folder: string, name: string): () => void {
  const away = path.join(path.dirname(folder), `${path.basename(folder)}-${name}`);
  fs.renameSync(path.join(folder, name), away);
  return () => fs.renameSync(away, path.join(folder, name));
}

describe('inbox', () => {
  it('names the missing file; applies a later file that needs nothing from it; refuses one that does, storing nothing', async () => {
    const {
      offices: [a, b],
      folder,
    } = await offices();
    const [y] = await seed(a.store, 2);
    const first = await send(a, b);
    expect((await inbox(b)).files).toMatchObject([{ name: first.fileName, sequence: 1, full: true, missing: [], duplicate: false }]);
    const applied = await receive(b, first.fileName);
    expect(applied.result.movedTo).toBe(path.join(folder, 'processed', first.fileName));
    expect(fs.existsSync(path.join(folder, first.fileName))).toBe(false);

    // File 2 brings a new company; it goes missing on the way.
    const x = await newCompany(a, 1);
    const second = await send(a, b);
    const restore = hide(folder, second.fileName);

    // File 3 changes a company B has: it applies, with file 2 named as missing.
    await rename(a, y!, 'Omdöpt AB');
    const third = await send(a, b);
    const listed = await inbox(b);
    expect(listed.files).toMatchObject([{ name: third.fileName, sequence: 3, missing: [2] }]);
    const preview = await previewFile(b, third.fileName);
    expect(preview.inbox.missing).toEqual([2]);
    await receive(b, third.fileName);
    expect((await b.store.db.selectFrom('companies').select('name').where('id', '=', y!).executeTakeFirstOrThrow()).name).toBe('Omdöpt AB');

    // File 4 carries only a person added to the company of file 2 (what changed, without the company): it is refused,
    // naming file 2, nothing stored, the file left in place.
    a.store.clock.advance(1000);
    const input = api['people.create'].input.parse({ companyId: x.id, name: 'Ny Person', role: 'owner' });
    const person = await createPerson(a.store.db, input, a.store.deps);
    const fourth = await sendOnly(a, b, 4, (file) => ({ ...file, companies: [], people: file.people.filter((p) => p.id === person.id) }));
    const refused = await expectRefused(
      'exchange.dependsOnMissing',
      () => previewFile(b, fourth.fileName),
      async () => ({ db: await tableState(b.store.db), files: fs.readdirSync(folder).sort() }),
    );
    expect(refused.params).toMatchObject({ sender: 'Örebro', missing: '2', file: second.fileName });

    // File 2 arrives after all: it applies, and then file 4 does, with nothing missing any more.
    restore();
    await receive(b, second.fileName);
    expect((await inbox(b)).files).toMatchObject([{ name: fourth.fileName, missing: [] }]);
    await receive(b, fourth.fileName);
    expect(await data(b.store.db)).toEqual(await data(a.store.db));
    expect(fs.readdirSync(path.join(folder, 'processed')).sort()).toEqual([first, second, third, fourth].map((f) => f.fileName).sort());
  }, 60_000);

  it('a file applied twice, and an older file after a newer one, change nothing', async () => {
    const {
      offices: [a, b],
      folder,
    } = await offices();
    const [id] = await seed(a.store, 3);
    const first = await send(a, b);
    await receive(b, first.fileName);

    // Applied twice: a copy comes back into the folder (a sync client restoring it).
    fs.copyFileSync(path.join(folder, 'processed', first.fileName), path.join(folder, first.fileName));
    expect((await inbox(b)).files).toMatchObject([{ name: first.fileName, duplicate: true }]);
    const before = await tableState(b.store.db);
    const again = await receive(b, first.fileName);
    expect(again.result.duplicate).toBe(true);
    expect(await tableState(b.store.db)).toEqual(before);
    expect(fs.existsSync(path.join(folder, 'processed', first.fileName.replace('.vaxtkraft', '-2.vaxtkraft')))).toBe(true);

    // An older file after a newer one: file 2 renames the company, file 3 renames it again; 3 arrives first.
    await rename(a, id!, 'Andra namnet AB');
    const second = await send(a, b);
    a.store.clock.advance(1000);
    await rename(a, id!, 'Tredje namnet AB');
    const third = await send(a, b);
    await receive(b, third.fileName);
    const newer = await data(b.store.db);
    const older = await receive(b, second.fileName);
    expect(older.preview.inbox.sequence).toBe(2);
    expect(await data(b.store.db)).toEqual(newer);
    expect((await b.store.db.selectFrom('companies').select('name').where('id', '=', id!).executeTakeFirstOrThrow()).name).toBe(
      'Tredje namnet AB',
    );
    expect(await data(b.store.db)).toEqual(await data(a.store.db));
  }, 60_000);

  it('sends nothing back that came from the other office: what a file brought counts as sent to its sender', async () => {
    const {
      offices: [a, b],
    } = await offices();
    const [id] = await seed(a.store, 3);
    await receive(b, (await send(a, b)).fileName);
    await receive(a, (await send(b, a)).fileName);
    await rename(a, id!, 'Bytt namn AB');
    const change = await send(a, b);
    expect(change).toMatchObject({ companies: 1, people: 0 });
    await receive(b, change.fileName);
    // B changed nothing itself: its next file to A is empty, not an echo of A's change.
    expect(await send(b, a)).toMatchObject({ companies: 0, people: 0, rounds: 0, tombstones: 0 });
  });

  it('leaves partial, foreign, truncated and other offices’ files where they are, each with a note', async () => {
    const {
      offices: [a, b, c],
      folder,
    } = await offices(3);
    await seed(a.store, 2);
    const forB = await send(a, b);
    const forC = await send(a, c);
    const bytes = fs.readFileSync(forB.path);
    fs.writeFileSync(path.join(folder, `.${forB.fileName}.1a2b3c.partial`), bytes.subarray(0, 100));
    fs.writeFileSync(path.join(folder, 'minnesanteckningar.txt'), 'hej');
    fs.writeFileSync(path.join(folder, 'avklippt.vaxtkraft'), bytes.subarray(0, bytes.length - 70_000));
    fs.writeFileSync(path.join(folder, 'inte-age.vaxtkraft'), 'not an age file');
    // A file for C under a name without its recipient: opened, and found to be for another office.
    fs.copyFileSync(forC.path, path.join(folder, 'till-karlstad.vaxtkraft'));
    fs.mkdirSync(path.join(folder, 'arkiv'));
    // Made for B with B's key but not signed: anyone who has B's public card could have written it.
    const unsigned = await buildExchangeFile(a.store.db, 'all', { office: 'Örebro', advisor: null, exportedAt: new Date().toISOString() });
    const recipient = (await ownOffice(b.store.db, b.store.deps)).recipient;
    fs.writeFileSync(
      path.join(folder, 'osignerad.vaxtkraft'),
      await encryptFor(pack(JSON.stringify(unsigned)), { recipients: [recipient] }),
    );

    const before = fs.readdirSync(folder).sort();
    const listed = await inbox(b);
    expect(listed.files.map((f) => f.name)).toEqual([forB.fileName]);
    const reasons = Object.fromEntries(listed.ignored.map((n) => [n.name, n.reason]));
    expect(reasons).toEqual({
      [`.${forB.fileName}.1a2b3c.partial`]: 'partial',
      'minnesanteckningar.txt': 'foreign',
      'avklippt.vaxtkraft': 'truncated',
      'inte-age.vaxtkraft': 'foreign',
      'till-karlstad.vaxtkraft': 'otherOffice',
      'osignerad.vaxtkraft': 'unsigned',
      [forC.fileName]: 'otherOffice',
    });
    expect(fs.readdirSync(folder).sort()).toEqual(before);
    await expectRefused(
      'exchange.truncated',
      () => previewFile(b, 'avklippt.vaxtkraft'),
      () => tableState(b.store.db),
    );
    await expectRefused(
      'exchange.folder.notInInbox',
      () => previewFile(b, forC.fileName),
      () => tableState(b.store.db),
    );
    await expectRefused('exchange.folder.fileGone', () => previewFile(b, 'finns-inte.vaxtkraft'));
  }, 60_000);
});
