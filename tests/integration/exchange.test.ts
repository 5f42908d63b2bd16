import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ErrorCode } from '@shared/api/errors';
import { createRouter } from '../../src-main/ipc/router';
import { deleteCompany, updateCompany } from '../../src-main/services/companies';
import { deletePerson, updatePerson } from '../../src-main/services/people';
import { updateSettings } from '../../src-main/services/settings';
import { encrypt, pack } from '../../src-main/services/exchange/crypto';
import { importLog } from '../../src-main/services/exchange';
import { FORMAT_VERSION } from '../../src-main/services/exchange/format';
import { makeTempDir } from '../helpers/tempStore';
import type { TempStore } from '../helpers/tempStore';
import { expectRefused } from '../helpers/refusal';
import {
  PASS,
  FAST,
  dump,
  data,
  seed,
  exportAll,
  preview,
  apply,
  importFile,
  seal,
  validFile,
  useExchangeStores,
} from '../helpers/exchangeStores';

const store = useExchangeStores();

describe('exchange: round trip', () => {
  it('exports from one data folder and imports into an empty one with equal data', async () => {
    const a = await store();
    const b = await store();
    await updateSettings(a.db, { office: 'Örebro kontor', advisorName: 'Karin Berg' }, a.deps);
    await updateSettings(b.db, { office: 'Projektkontoret', advisorName: 'Per Ek' }, b.deps);
    const ids = await seed(a, 3);
    const people = await a.db.selectFrom('people').select('id').where('company_id', '=', ids[0]!).execute();
    await deletePerson(a.db, { id: people[1]!.id }, a.deps);
    await updateCompany(a.db, { id: ids[1]!, patch: { contactName: 'Eva Öberg' } }, a.deps);

    const file = await exportAll(a);
    expect(file.fileName).toBe('orebro-kontor-2025-03-01.vaxtkraft');
    expect(file).toMatchObject({ companies: 3, people: 5 });
    expect(Buffer.from(file.base64, 'base64').subarray(0, 21).toString()).toBe('age-encryption.org/v1');

    const { preview: p, counts } = await importFile(b, file.base64);
    expect(p.source).toMatchObject({ office: 'Örebro kontor', advisor: 'Karin Berg' });
    expect(p.companies.map((c) => c.kind)).toEqual(['new', 'new', 'new']);
    expect(p.counts.companies).toMatchObject({ new: 3, conflicts: 0 });
    expect(p.counts.people).toMatchObject({ new: 5 });
    expect(counts.companies.new).toBe(3);
    expect(counts.people.new).toBe(5);
    expect(await data(b.db)).toBe(await data(a.db));

    const log = await importLog(b.db);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      advisor: 'Per Ek',
      office: 'Projektkontoret',
      sourceOffice: 'Örebro kontor',
      sourceAdvisor: 'Karin Berg',
    });
    expect(log[0]!.fileSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(log[0]!.counts.people.new).toBe(5);
  });

  it('exports only the chosen companies and their people', async () => {
    const a = await store();
    const b = await store();
    const ids = await seed(a, 3);
    const file = await exportAll(a, [ids[2]!]);
    expect(file).toMatchObject({ companies: 1, people: 2 });
    await importFile(b, file.base64);
    expect((await b.db.selectFrom('companies').select('id').execute()).map((r) => r.id)).toEqual([ids[2]]);
  });

  it('importing the same file twice changes nothing the second time', async () => {
    const a = await store();
    const b = await store();
    await seed(a, 2);
    const file = await exportAll(a);
    await importFile(b, file.base64);
    const before = await dump(b.db);
    const { preview: p, counts } = await importFile(b, file.base64);
    expect(p.companies.every((c) => c.kind === 'unchanged')).toBe(true);
    expect(counts.companies).toMatchObject({ new: 0, updated: 0, deleted: 0, unchanged: 2 });
    const after = JSON.parse(await dump(b.db)) as Record<string, unknown[]>;
    const was = JSON.parse(before) as Record<string, unknown[]>;
    // Only the log grows (it records the second import); every other table is byte for byte the same.
    expect(after['import_log']).toHaveLength(2);
    delete after['import_log'];
    delete was['import_log'];
    expect(JSON.stringify(after)).toBe(JSON.stringify(was));
  });
});

describe('exchange: merge', () => {
  /** A and B share the same two companies after one exchange. */
  async function synced() {
    const a = await store();
    const b = await store();
    const ids = await seed(a, 2);
    await importFile(b, (await exportAll(a)).base64);
    return { a, b, ids };
  }

  it('takes a newer revision when this side is unchanged, and adds new companies', async () => {
    const { a, b, ids } = await synced();
    await updateCompany(a.db, { id: ids[0]!, patch: { name: 'Nytt Namn AB' } }, a.deps);
    const [added] = await seed(a, 1, 10);
    const { preview: p, counts } = await importFile(b, (await exportAll(a)).base64);
    expect(Object.fromEntries(p.companies.map((c) => [c.id, c.kind]))).toEqual({
      [ids[0]!]: 'updated',
      [ids[1]!]: 'unchanged',
      [added!]: 'new',
    });
    expect(counts.companies).toMatchObject({ new: 1, updated: 1, unchanged: 1 });
    const row = await b.db.selectFrom('companies').selectAll().where('id', '=', ids[0]!).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ name: 'Nytt Namn AB', revision: 2 });
    expect(await data(b.db)).toBe(await data(a.db));
  });

  it('never lets an older revision overwrite a newer one', async () => {
    const { a, b, ids } = await synced();
    await updateCompany(b.db, { id: ids[1]!, patch: { contactName: 'Ny kontakt' } }, b.deps);
    const before = await data(b.db);
    const { preview: p, counts } = await importFile(b, (await exportAll(a)).base64);
    expect(p.counts.companies).toMatchObject({ keptLocal: 1, conflicts: 0 });
    expect(counts.companies.keptLocal).toBe(1);
    expect(await data(b.db)).toBe(before);
  });

  it('raises a conflict when both sides changed since the common revision, and applies each resolution', async () => {
    const { a, b, ids } = await synced();
    await updateCompany(a.db, { id: ids[0]!, patch: { name: 'A:s namn AB' } }, a.deps);
    await updateCompany(b.db, { id: ids[0]!, patch: { contactName: 'B:s kontakt' } }, b.deps);
    const personA = (await a.db.selectFrom('people').selectAll().where('company_id', '=', ids[1]!).orderBy('id').execute())[0]!;
    await updatePerson(a.db, { id: personA.id, patch: { jobTitle: 'VD' } }, a.deps);
    await updatePerson(b.db, { id: personA.id, patch: { jobTitle: 'Ägare' } }, b.deps);
    const file = (await exportAll(a)).base64;

    const before = await dump(b.db);
    const p = await preview(b, file);
    const conflicts = p.companies.flatMap((c) => c.conflicts);
    expect(conflicts.map((c) => [c.key, c.fields])).toEqual(
      expect.arrayContaining([
        [`company:${ids[0]}`, ['name', 'contactName']],
        [`person:${personA.id}`, ['jobTitle']],
      ]),
    );
    expect(p.companies.filter((c) => c.kind === 'conflict')).toHaveLength(2);
    expect(p.counts.companies.conflicts).toBe(1);
    // Nothing is decided silently: one missing resolution and nothing is written.
    const resolutions = { [`company:${ids[0]}`]: 'theirs' as const };
    const err = await expectRefused('exchange.unresolvedConflicts', () => apply(b, p, resolutions));
    expect(err.params).toEqual({ count: 1 });
    expect(await dump(b.db)).toBe(before);

    const counts = await apply(b, p, { [`company:${ids[0]}`]: 'theirs', [`person:${personA.id}`]: 'mine' });
    expect(counts.companies.updated).toBe(1);
    expect(counts.people.keptLocal).toBeGreaterThanOrEqual(1);
    const company = await b.db.selectFrom('companies').selectAll().where('id', '=', ids[0]!).executeTakeFirstOrThrow();
    const fromA = await a.db.selectFrom('companies').selectAll().where('id', '=', ids[0]!).executeTakeFirstOrThrow();
    expect(company).toEqual(fromA);
    const person = await b.db.selectFrom('people').selectAll().where('id', '=', personA.id).executeTakeFirstOrThrow();
    expect(person).toMatchObject({ job_title: 'Ägare', revision: 3 });

    // The same file again: no conflict is raised twice, nothing changes.
    const again = await preview(b, file);
    expect(again.counts.companies.conflicts + again.counts.people.conflicts).toBe(0);
    const state = await data(b.db);
    await apply(b, again);
    expect(await data(b.db)).toBe(state);

    // And the kept version wins when it travels back.
    await importFile(a, (await exportAll(b)).base64);
    expect(await a.db.selectFrom('people').select('job_title').where('id', '=', personA.id).executeTakeFirstOrThrow()).toEqual({
      job_title: 'Ägare',
    });
  });

  it('plans again at apply when the store changed after the preview', async () => {
    const { a, b, ids } = await synced();
    await updateCompany(a.db, { id: ids[0]!, patch: { name: 'Från A AB' } }, a.deps);
    const p = await preview(b, (await exportAll(a)).base64);
    expect(p.counts.companies).toMatchObject({ updated: 1, conflicts: 0 });
    // Changed here between the preview and the import: now it is a conflict, and nothing is decided silently.
    await updateCompany(b.db, { id: ids[0]!, patch: { contactName: 'Ändrad här' } }, b.deps);
    await expectRefused(
      'exchange.unresolvedConflicts',
      () => apply(b, p),
      () => dump(b.db),
    );
  });

  it('a tombstone deletes only the record it names, and only when unchanged here', async () => {
    const { a, b, ids } = await synced();
    const peopleA = await a.db.selectFrom('people').selectAll().where('company_id', '=', ids[0]!).orderBy('id').execute();
    await deletePerson(a.db, { id: peopleA[0]!.id }, a.deps);
    await deleteCompany(a.db, { id: ids[1]! }, a.deps);
    const p = await preview(b, (await exportAll(a)).base64);
    expect(p.counts.people.deleted).toBe(3);
    expect(p.counts.companies.deleted).toBe(1);
    await apply(b, p);
    expect(await b.db.selectFrom('people').select('id').where('company_id', '=', ids[0]!).execute()).toEqual([{ id: peopleA[1]!.id }]);
    expect(await b.db.selectFrom('companies').select('id').execute()).toEqual([{ id: ids[0] }]);
    expect(await data(b.db)).toBe(await data(a.db));
  });

  it('a tombstone for a record changed here is a conflict', async () => {
    const { a, b, ids } = await synced();
    const person = (await a.db.selectFrom('people').selectAll().where('company_id', '=', ids[0]!).execute())[0]!;
    await deletePerson(a.db, { id: person.id }, a.deps);
    await updatePerson(b.db, { id: person.id, patch: { jobTitle: 'Ekonomi' } }, b.deps);
    const p = await preview(b, (await exportAll(a)).base64);
    const conflict = p.companies.flatMap((c) => c.conflicts)[0]!;
    expect(conflict).toMatchObject({ entity: 'person', id: person.id, fields: ['deleted'] });
    await apply(b, p, { [conflict.key]: 'theirs' });
    expect(await b.db.selectFrom('people').select('id').where('id', '=', person.id).execute()).toEqual([]);
  });
});

describe('exchange: bad input leaves the database exactly as it was', () => {
  let a: TempStore;
  let b: TempStore;
  let good: string;
  let before: string;

  beforeEach(async () => {
    a = await store();
    b = await store();
    await seed(a, 2);
    await seed(b, 1, 50);
    good = (await exportAll(a)).base64;
    before = await dump(b.db);
  });

  const refused = (base64: string, code: ErrorCode, passphrase = PASS) =>
    expectRefused(
      code,
      () => preview(b, base64, passphrase),
      () => dump(b.db),
    );

  const bytes = (b64: string) => Buffer.from(b64, 'base64');
  const b64 = (buf: Buffer) => buf.toString('base64');

  it('wrong passphrase', async () => {
    await refused(good, 'exchange.wrongPassphrase', 'not the right passphrase');
  });

  it('a truncated file (in the payload, and in the header)', async () => {
    const file = bytes(good);
    await refused(b64(file.subarray(0, Math.floor(file.length / 2))), 'exchange.truncated');
    await refused(b64(file.subarray(0, 60)), 'exchange.truncated');
    await refused(b64(file.subarray(0, file.length - 1)), 'exchange.truncated');
  });

  it('a tampered file (one byte flipped in the payload, or in the header)', async () => {
    const payload = bytes(good);
    payload[payload.length - 40]! ^= 0x01;
    await refused(b64(payload), 'exchange.tampered');
    const header = bytes(good);
    const mac = header.indexOf('\n--- ');
    header[mac + 8]! ^= 0x01;
    await refused(b64(header), 'exchange.tampered');
  });

  it('a file that is not age at all', async () => {
    await refused(b64(Buffer.from('{"format":"vaxtkraft-exchange"}')), 'exchange.notAge');
    await refused(b64(zlib.gzipSync(Buffer.from('hello'))), 'exchange.notAge');
  });

  it('JSON that fails validation, with a short path', async () => {
    const file = await validFile(a);
    file.companies[1]!['orgNumber'] = '556036-0790';
    const err = await refused(await seal(file), 'exchange.invalidContent');
    expect(err.params).toEqual({ path: 'companies.1.orgNumber' });
    await refused(await seal({ hello: 'world' }), 'exchange.invalidContent');
    await refused(Buffer.from(await encrypt(pack('{not json'), PASS, FAST)).toString('base64'), 'exchange.invalidContent');
  });

  it('a newer format version', async () => {
    const file = await validFile(a);
    file['formatVersion'] = FORMAT_VERSION + 1;
    const err = await refused(await seal(file), 'exchange.newerFormat');
    expect(err.params).toEqual({ found: FORMAT_VERSION + 1, known: FORMAT_VERSION });
  });

  it('duplicate ids', async () => {
    const file = await validFile(a);
    file.people.push({ ...file.people[0]!, name: 'Dubblett' });
    const err = await refused(await seal(file), 'exchange.duplicateIds');
    expect(err.params).toMatchObject({ entity: 'person', id: file.people[0]!['id'] });
  });

  it('a reference to a record that is neither in the file nor here', async () => {
    const file = await validFile(a);
    file.people[0]!['companyId'] = '01900000-0000-7000-8000-0000000000aa';
    const err = await refused(await seal(file), 'exchange.missingReference');
    expect(err.params).toEqual({ entity: 'company', id: '01900000-0000-7000-8000-0000000000aa' });
  });

  it('more than the stated size limit', async () => {
    const err = await refused('A'.repeat(Math.ceil((40 * 1024 * 1024 * 4) / 3) + 8), 'exchange.tooLarge');
    expect(err.params).toEqual({ limitMb: 40 });
  });

  it('a decompression bomb: a gzip of a huge run of zeros inside a valid age file', async () => {
    const gzip = zlib.createGzip({ level: 9 });
    const parts: Buffer[] = [];
    gzip.on('data', (c: Buffer) => parts.push(c));
    const done = new Promise((resolve) => gzip.on('end', resolve));
    const zeros = Buffer.alloc(1024 * 1024);
    for (let i = 0; i < 256; i++) if (!gzip.write(zeros)) await new Promise((r) => gzip.once('drain', r));
    gzip.end();
    await done;
    const bomb = Buffer.concat(parts);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    // Padded to whole chunks like an export, so that only the unpacked size is wrong.
    const err = await refused(b64(Buffer.from(await encrypt(pack0(bomb), PASS, FAST))), 'exchange.decompressionBomb');
    expect(err.params).toEqual({ limitMb: 200 });
  }, 60_000);

  it('an expired preview', async () => {
    const p = await preview(b, good);
    b.clock.advance(31 * 60 * 1000);
    await expectRefused('exchange.previewExpired', () => apply(b, p));
    expect(await dump(b.db)).toBe(before);
  });

  it('travels through the router as a translated error code', async () => {
    const router = createRouter(b.session);
    const r = await router.handle('exchange.preview', { base64: good, passphrase: 'wrong passphrase!' });
    expect(r).toEqual({ ok: false, error: { code: 'exchange.wrongPassphrase', params: {} } });
    const ok = await router.handle('exchange.preview', { base64: good, passphrase: PASS });
    expect(ok.ok).toBe(true);
    const log = await router.handle('exchange.log', {});
    expect(log).toEqual({ ok: true, value: [] });
    expect(await dump(b.db)).toBe(before);
  });
});

/** Pads a gzip stream to whole 64 KiB chunks with an empty member, as `pack` does. */
function pack0(gz: Buffer): Buffer {
  const CHUNK = 64 * 1024;
  let pad = (CHUNK - (gz.length % CHUNK)) % CHUNK;
  if (pad > 0 && pad < 21) pad += CHUNK;
  if (pad === 0) return gz;
  const header = Buffer.from([0x1f, 0x8b, 0x08, 0x10, 0, 0, 0, 0, 0x00, 0xff]);
  const tail = Buffer.from([0x00, 0x03, 0x00, 0, 0, 0, 0, 0, 0, 0, 0]);
  return Buffer.concat([gz, header, Buffer.alloc(pad - 21, 0x70), tail]);
}

describe('exchange: interoperability', () => {
  it("Debian's `age -d` decrypts an exported file with the passphrase", async () => {
    const a = await store();
    await seed(a, 2);
    const exported = await exportAll(a, 'all', 18);
    const dir = makeTempDir('vaxtkraft-age-');
    try {
      const file = path.join(dir, exported.fileName);
      const out = path.join(dir, 'out.gz');
      fs.writeFileSync(file, Buffer.from(exported.base64, 'base64'));
      // age reads the passphrase from a terminal only: `script` gives it one, fed from stdin.
      execFileSync('script', ['-qec', `age -d -o '${out}' '${file}'`, '/dev/null'], { input: `${PASS}\n`, timeout: 30_000 });
      const content = JSON.parse(zlib.gunzipSync(fs.readFileSync(out)).toString('utf8')) as {
        format: string;
        companies: unknown[];
        people: unknown[];
      };
      expect(content.format).toBe('vaxtkraft-exchange');
      expect(content.companies).toHaveLength(2);
      expect(content.people).toHaveLength(4);
      const gunzip = execFileSync('gunzip', ['-c', out]).toString('utf8');
      expect(JSON.parse(gunzip)).toEqual(content);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
