import { clockFrom } from '@shared/clock';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api } from '@shared/api';
import type { ChannelName, InputOf, ResultOf } from '@shared/api';
import type { ErrorCode } from '@shared/api/errors';
import type { ExchangePreview } from '@shared/api/exchange';
import { createRouter } from '../../src-main/ipc/router';
import { situationFramework } from '../../src-main/services/frameworks';
import { createCompany, deleteCompany, updateCompany } from '../../src-main/services/companies';
import { createPerson, deletePerson, updatePerson } from '../../src-main/services/people';
import { updateSettings } from '../../src-main/services/settings';
import { encrypt, pack } from '../../src-main/services/exchange/crypto';
import { buildExchangeFile, exportCompanies } from '../../src-main/services/exchange';
import { applyImport, clearPreviews, importLog, previewImport } from '../../src-main/services/exchange';
import type { Database } from '../../src-main/store/schema';
import { makeTempDir, makeTempStore, orgNumberFor, registerState } from '../helpers/tempStore';
import type { TempStore } from '../helpers/tempStore';
import { expectRefused, tableState } from '../helpers/refusal';

const PASS = 'exchange passphrase 2025';
/** age's default work factor is slow in pure JS; the format is the same at any factor. */
const FAST = 10;

const stores: TempStore[] = [];
async function store(): Promise<TempStore> {
  const s = await makeTempStore();
  stores.push(s);
  return s;
}
beforeEach(() => clearPreviews());
afterEach(() => {
  for (const s of stores.splice(0)) s.cleanup();
});

/** Every table, every row, in a fixed order: the logical dump two states are compared by. */
const dump = async (db: Kysely<Database>): Promise<string> => JSON.stringify(await tableState(db));

/** The travelling data without the exchange bookkeeping. */
async function data(db: Kysely<Database>) {
  return JSON.stringify(await registerState(db));
}

async function seed(s: TempStore, n: number, from = 0) {
  const ids: string[] = [];
  for (let i = from; i < from + n; i++) {
    const c = await createCompany(
      s.db,
      api['companies.create'].input.parse({
        name: `Företag ${i} Åkesson AB`,
        orgNumber: orgNumberFor(i),
        municipalityCode: '1880',
        sniCode: '62010',
        employees: i % 40,
        growthAmbition: i % 2 === 0,
        contactEmail: `info${i}@example.se`,
      }),
      s.deps,
    );
    ids.push(c.id);
    await createPerson(s.db, api['people.create'].input.parse({ companyId: c.id, name: `Ägare ${i}`, role: 'owner' }), s.deps);
    await createPerson(
      s.db,
      api['people.create'].input.parse({ companyId: c.id, name: `Anställd ${i}`, role: 'employee', followupConsent: true, birthYear: 1980 }),
      s.deps,
    );
  }
  return ids;
}

async function exportAll(s: TempStore, ids: string[] | 'all' = 'all', factor = FAST) {
  const input = api['exchange.export'].input.parse({ companyIds: ids, passphrase: PASS, confirmation: PASS } satisfies InputOf<'exchange.export'>);
  return exportCompanies(s.db, input, { ...clockFrom(s.clock.now), scryptWorkFactor: factor });
}

const preview = (s: TempStore, base64: string, passphrase = PASS) => previewImport(s.db, { base64, passphrase }, s.deps);
const apply = (s: TempStore, p: ExchangePreview, resolutions: Record<string, 'mine' | 'theirs'> = {}) =>
  applyImport(s.db, { previewId: p.previewId, resolutions }, s.deps);

async function importFile(s: TempStore, base64: string, resolutions: Record<string, 'mine' | 'theirs'> = {}) {
  const p = await preview(s, base64);
  return { preview: p, counts: await apply(s, p, resolutions) };
}

async function seal(content: unknown): Promise<string> {
  return Buffer.from(await encrypt(pack(JSON.stringify(content)), PASS, FAST)).toString('base64');
}

async function validFile(s: TempStore) {
  return JSON.parse(JSON.stringify(await buildExchangeFile(s.db, 'all', { office: 'Örebro', advisor: 'Karin', exportedAt: s.clock.now().toISOString() }))) as Record<string, unknown> & {
    companies: Record<string, unknown>[];
    people: Record<string, unknown>[];
  };
}

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
    expect(log[0]).toMatchObject({ advisor: 'Per Ek', office: 'Projektkontoret', sourceOffice: 'Örebro kontor', sourceAdvisor: 'Karin Berg' });
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
    expect(Object.fromEntries(p.companies.map((c) => [c.id, c.kind]))).toEqual({ [ids[0]!]: 'updated', [ids[1]!]: 'unchanged', [added!]: 'new' });
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
    expect(await a.db.selectFrom('people').select('job_title').where('id', '=', personA.id).executeTakeFirstOrThrow()).toEqual({ job_title: 'Ägare' });
  });

  it('plans again at apply when the store changed after the preview', async () => {
    const { a, b, ids } = await synced();
    await updateCompany(a.db, { id: ids[0]!, patch: { name: 'Från A AB' } }, a.deps);
    const p = await preview(b, (await exportAll(a)).base64);
    expect(p.counts.companies).toMatchObject({ updated: 1, conflicts: 0 });
    // Changed here between the preview and the import: now it is a conflict, and nothing is decided silently.
    await updateCompany(b.db, { id: ids[0]!, patch: { contactName: 'Ändrad här' } }, b.deps);
    await expectRefused('exchange.unresolvedConflicts', () => apply(b, p), () => dump(b.db));
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
    expectRefused(code, () => preview(b, base64, passphrase), () => dump(b.db));

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
    file['formatVersion'] = 4;
    const err = await refused(await seal(file), 'exchange.newerFormat');
    expect(err.params).toEqual({ found: 4, known: 3 });
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
      const content = JSON.parse(zlib.gunzipSync(fs.readFileSync(out)).toString('utf8')) as { format: string; companies: unknown[]; people: unknown[] };
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

// ---------- format 2: rounds, competences, plans, activities, providers ----------

const ENROLLED = {
  status: 'enrolled' as const,
  growthAmbition: true,
  growthAmbitionDate: '2025-01-15',
  consentBy: 'Anna Ägare',
  consentAt: '2025-01-15',
  consentScope: 'Kartläggning och uppföljning',
};

async function call<C extends ChannelName>(s: TempStore, channel: C, input: InputOf<C>): Promise<ResultOf<C>> {
  const r = await createRouter(s.session).handle(channel, input);
  if (!r.ok) throw new Error(`${channel} failed: ${JSON.stringify(r.error)}`);
  return r.value as ResultOf<C>;
}

/**
 * A company with a completed baseline round (answers, vision, a goal, a strategy, an area target, ratings with a
 * company-specific competence), an open follow-up (one goal deleted, one answer changed), and a plan with two
 * activities and the provider they use.
 */
async function assessed(s: TempStore, n = 1) {
  const c = await call(s, 'companies.create', { name: `Rundföretag ${n} AB`, orgNumber: orgNumberFor(900 + n), ...ENROLLED });
  const owner = await call(s, 'people.create', { companyId: c.id, name: 'Anna Ägare', role: 'owner', followupConsent: true, followupConsentAt: '2025-02-01', gender: 'woman' });
  const employee = await call(s, 'people.create', { companyId: c.id, name: 'Erik Anställd', role: 'employee' });
  await call(s, 'people.create', { companyId: c.id, name: 'Framtida säljare', role: 'prospective' });
  const custom = await call(s, 'competences.createCustom', { companyId: c.id, name: { sv: 'Svetsning', en: 'Welding' } });
  const baseline = await call(s, 'rounds.start', { companyId: c.id, kind: 'baseline', date: '2025-02-15', advisor: 'Karin Berg' });
  const fw = situationFramework(baseline.frameworkVersion);
  let i = 0;
  for (const area of fw.areas) for (const q of area.questions) await call(s, 'rounds.saveAnswer', { roundId: baseline.id, questionId: q.id, level: (i++ % 5) + 1 });
  await call(s, 'rounds.saveVision', { roundId: baseline.id, vision: 'Tio anställda om fem år.' });
  const areaId = fw.areas[0]!.id;
  await call(s, 'rounds.saveGoal', { roundId: baseline.id, kind: 'employees', currentValue: 3, targetValue: 10, targetYear: 2030, areaIds: [areaId] });
  await call(s, 'rounds.saveGoal', { roundId: baseline.id, kind: 'free', label: 'Export', areaIds: [] });
  await call(s, 'rounds.saveStrategy', { roundId: baseline.id, text: 'Anställ en säljare', areaIds: [areaId] });
  await call(s, 'rounds.saveAreaTarget', { roundId: baseline.id, areaId, targetLevel: 4 });
  const detail = await call(s, 'rounds.get', { roundId: baseline.id });
  const ownerCompetences = detail.people.find((p) => p.personId === owner.id)!.competences.map((x) => x.competenceId);
  await call(s, 'rounds.setPersonCompetences', { roundId: baseline.id, personId: owner.id, competenceIds: [...ownerCompetences, custom.id] });
  for (const p of (await call(s, 'rounds.get', { roundId: baseline.id })).people) {
    for (const x of p.competences) {
      await call(s, 'rounds.saveRating', {
        roundId: baseline.id,
        personId: p.personId,
        competenceId: x.competenceId,
        required: 4,
        ...(p.role === 'prospective' ? {} : { selfLevel: 3, advisorLevel: 2 }),
      });
    }
  }
  await call(s, 'rounds.complete', { roundId: baseline.id, completedBy: 'Karin Berg' });
  s.clock.advance(86_400_000);
  const followup = await call(s, 'rounds.start', { companyId: c.id, kind: 'followup', date: '2025-03-02', advisor: 'Karin Berg' });
  const goals = (await call(s, 'rounds.get', { roundId: followup.id })).goals;
  await call(s, 'rounds.deleteGoal', { roundId: followup.id, id: goals.find((g) => g.kind === 'free')!.id });
  await call(s, 'rounds.saveAnswer', { roundId: followup.id, questionId: fw.areas[1]!.questions[0]!.id, level: 5 });

  const provider = await call(s, 'providers.create', { name: `Utbildning ${n} AB`, kind: 'education_provider', municipalityCode: '1880', topics: ['ekonomi'] });
  await call(s, 'providers.create', { name: `Oanvänd ${n}`, kind: 'consultant' });
  const a1 = await call(s, 'activities.create', {
    companyId: c.id,
    title: 'Ekonomikurs',
    typeId: 'course',
    level: 'individual',
    personIds: [owner.id, employee.id],
    competenceIds: [ownerCompetences[0]!, custom.id],
    providerId: provider.id,
    plannedStart: '2025-04-01',
    plannedEnd: '2025-04-30',
    hours: 16,
    costSek: 4500,
  });
  const a2 = await call(s, 'activities.create', { companyId: c.id, title: 'Nätverksträff', typeId: 'network_meeting' });
  return { company: c, owner, employee, custom, baseline, followup, provider, activities: [a1, a2] };
}

/** Every table the exchange carries, row for row (the import's own bookkeeping aside). */
async function carried(db: Kysely<Database>): Promise<Record<string, unknown[]>> {
  const all = JSON.parse(await dump(db)) as Record<string, unknown[]>;
  // Bookkeeping of this store (who imported what, the local settings, status events with local ids).
  for (const t of ['import_log', 'exchange_base', 'settings', 'company_status_events']) delete all[t];
  // Only the providers the exported activities use travel.
  const used = new Set(all['activities']!.map((r) => (r as { provider_id: string | null }).provider_id));
  all['providers'] = all['providers']!.filter((r) => used.has((r as { id: string }).id));
  return all;
}

async function roundsOf(db: Kysely<Database>, companyId: string) {
  return sql<{ id: string; kind: string; revision: number; completed_at: string | null }>`
    SELECT id, kind, revision, completed_at FROM rounds WHERE company_id = ${companyId} ORDER BY date`.execute(db);
}

describe('exchange v2: rounds and plans', () => {
  it('round trip: every carried table is equal after importing into an empty store (ids, revisions, timestamps)', async () => {
    const a = await store();
    const b = await store();
    const x = await assessed(a);
    // Something deleted travels too: a provider that no plan uses any more.
    const unused = (await call(a, 'providers.list', {})).find((p) => p.activityCount === 0)!;
    await call(a, 'providers.delete', { id: unused.id });
    // Migration 0070's column travels with its activity.
    await sql`UPDATE activities SET accessibility_adaptations = 'Teckentolk', revision = revision + 1 WHERE id = ${x.activities[0]!.id}`.execute(a.db);

    const file = await exportAll(a);
    expect(file).toMatchObject({ companies: 1, people: 3, rounds: 2, activities: 2 });
    const { preview: p, counts } = await importFile(b, file.base64);
    expect(p.companies).toHaveLength(1);
    expect(p.companies[0]).toMatchObject({ id: x.company.id, kind: 'new', rounds: { new: 2 }, activities: { new: 2 } });
    expect(p.counts).toMatchObject({ rounds: { new: 2 }, customCompetences: { new: 1 }, plans: { new: 1 }, activities: { new: 2 }, providers: { new: 1 } });
    expect(counts).toMatchObject({ rounds: { new: 2 }, activities: { new: 2 }, providers: { new: 1 } });

    const want = await carried(a.db);
    expect(want['providers']).toHaveLength(1);
    const got = await carried(b.db);
    expect(got['rounds']).toHaveLength(2);
    expect(got['round_person_competences']!.length).toBeGreaterThan(10);
    expect(got['goals']).toHaveLength(3);
    expect(got['activities']).toHaveLength(2);
    expect(got['tombstones']!.map((t) => (t as { entity: string }).entity).sort()).toEqual(['goal', 'provider']);
    expect(got['activities']!.map((r) => (r as { accessibility_adaptations: string | null }).accessibility_adaptations)).toContain('Teckentolk');
    expect(got).toEqual(want);

    // A second import of the same file changes nothing.
    const before = await carried(b.db);
    const again = await importFile(b, file.base64);
    expect(again.counts).toMatchObject({ rounds: { unchanged: 2, new: 0 }, activities: { unchanged: 2 }, providers: { unchanged: 1 } });
    expect(await carried(b.db)).toEqual(before);
  });

  it('reads a version 1 file (no rounds, no plans)', async () => {
    const a = await store();
    const b = await store();
    await seed(a, 1);
    const file = await validFile(a);
    file['formatVersion'] = 1;
    for (const k of ['rounds', 'customCompetences', 'plans', 'activities', 'providers']) delete file[k];
    file['base'] = { company: {}, person: {} };
    const p = await preview(b, await seal(file));
    expect(p.counts.companies.new).toBe(1);
    expect(p.counts.rounds.new).toBe(0);
    await apply(b, p);
    expect(await data(b.db)).toBe(await data(a.db));
  });

  /** A and B share one assessed company after one exchange. */
  async function synced() {
    const a = await store();
    const b = await store();
    const x = await assessed(a);
    await importFile(b, (await exportAll(a)).base64);
    return { a, b, x };
  }

  it('an open round and an activity changed there are updated here, children and all', async () => {
    const { a, b, x } = await synced();
    const q = situationFramework(1).areas[2]!.questions[0]!.id;
    await call(a, 'rounds.saveAnswer', { roundId: x.followup.id, questionId: q, level: 1, note: 'Ny anteckning' });
    await call(a, 'activities.update', { id: x.activities[0]!.id, patch: { status: 'booked', hours: 20 } });
    const p = await preview(b, (await exportAll(a)).base64);
    expect(p.companies[0]).toMatchObject({ kind: 'updated', rounds: { updated: 1, unchanged: 1 }, activities: { updated: 1, unchanged: 1 } });
    await apply(b, p);
    expect(await carried(b.db)).toEqual(await carried(a.db));
  });

  it('a round and an activity changed on both sides are conflicts; each resolution applies', async () => {
    const { a, b, x } = await synced();
    const q = situationFramework(1).areas[3]!.questions[0]!.id;
    await call(a, 'rounds.saveAnswer', { roundId: x.followup.id, questionId: q, level: 1 });
    await call(b, 'rounds.saveAnswer', { roundId: x.followup.id, questionId: q, level: 5 });
    await call(a, 'activities.update', { id: x.activities[1]!.id, patch: { title: 'Träff i Örebro' } });
    await call(b, 'activities.update', { id: x.activities[1]!.id, patch: { title: 'Träff i Karlskoga' } });
    const file = (await exportAll(a)).base64;
    const before = await dump(b.db);
    const p = await preview(b, file);
    const keys = p.companies.flatMap((c) => c.conflicts.map((k) => [k.key, k.fields]));
    expect(keys).toEqual(expect.arrayContaining([[`round:${x.followup.id}`, ['answers']], [`activity:${x.activities[1]!.id}`, ['title']]]));
    expect(p.counts).toMatchObject({ rounds: { conflicts: 1 }, activities: { conflicts: 1 } });
    await expectRefused('exchange.unresolvedConflicts', () => apply(b, p, { [`round:${x.followup.id}`]: 'theirs' }));
    expect(await dump(b.db)).toBe(before);

    await apply(b, p, { [`round:${x.followup.id}`]: 'theirs', [`activity:${x.activities[1]!.id}`]: 'mine' });
    const answer = await sql<{ level: number }>`SELECT level FROM round_answers WHERE round_id = ${x.followup.id} AND question_id = ${q}`.execute(b.db);
    expect(answer.rows).toEqual([{ level: 1 }]);
    const activity = await sql<{ title: string; revision: number }>`SELECT title, revision FROM activities WHERE id = ${x.activities[1]!.id}`.execute(b.db);
    expect(activity.rows[0]!.title).toBe('Träff i Karlskoga');
    const aRevision = (await sql<{ revision: number }>`SELECT revision FROM activities WHERE id = ${x.activities[1]!.id}`.execute(a.db)).rows[0]!.revision;
    expect(activity.rows[0]!.revision).toBeGreaterThan(aRevision);
    // Kept mine wins when it travels back; taken theirs is now common ground.
    await importFile(a, (await exportAll(b)).base64);
    expect((await sql<{ title: string }>`SELECT title FROM activities WHERE id = ${x.activities[1]!.id}`.execute(a.db)).rows[0]!.title).toBe('Träff i Karlskoga');
  });

  it('a completed round is never changed by an import; two completed rounds that differ are the advisor\'s call', async () => {
    const { a, b, x } = await synced();
    // A completes the follow-up; B keeps working on its open copy: the completed one wins on both sides.
    const fw = situationFramework(1);
    for (const area of fw.areas) for (const q of area.questions) await call(a, 'rounds.saveAnswer', { roundId: x.followup.id, questionId: q.id, level: 2 });
    for (const p of (await call(a, 'rounds.get', { roundId: x.followup.id })).people) {
      for (const c of p.competences) {
        await call(a, 'rounds.saveRating', { roundId: x.followup.id, personId: p.personId, competenceId: c.competenceId, required: 3, ...(p.role === 'prospective' ? {} : { selfLevel: 3, advisorLevel: 3 }) });
      }
    }
    await call(a, 'rounds.complete', { roundId: x.followup.id, completedBy: 'Karin Berg' });
    await call(b, 'rounds.saveVision', { roundId: x.followup.id, vision: 'B:s vision' });
    await call(b, 'rounds.saveVision', { roundId: x.followup.id, vision: 'B:s vision igen' });
    const fileA = (await exportAll(a)).base64;
    const fileB = (await exportAll(b)).base64;
    const p = await preview(b, fileA);
    expect(p.counts.rounds).toMatchObject({ updated: 1, conflicts: 0 });
    await apply(b, p);
    const completed = (await roundsOf(b.db, x.company.id)).rows.find((r) => r.id === x.followup.id)!;
    expect(completed.completed_at).not.toBeNull();
    // B's open copy, even with a higher revision, never overwrites A's completed round.
    const back = await preview(a, fileB);
    expect(back.counts.rounds).toMatchObject({ keptLocal: 1, conflicts: 0, updated: 0 });
    const beforeA = await carried(a.db);
    await apply(a, back);
    const afterA = await carried(a.db);
    expect(afterA['rounds']).toEqual(beforeA['rounds']);
    expect(afterA['round_answers']).toEqual(beforeA['round_answers']);

    // Both completed and different (the same baseline tampered into two versions): a conflict.
    await sql`UPDATE rounds SET vision = 'Annan vision', revision = revision + 1 WHERE id = ${x.baseline.id}`.execute(b.db);
    await sql`UPDATE rounds SET vision = 'Tredje vision', revision = revision + 1 WHERE id = ${x.baseline.id}`.execute(a.db);
    const c = await preview(b, (await exportAll(a)).base64);
    expect(c.companies[0]!.conflicts.map((k) => [k.key, k.fields])).toEqual([[`round:${x.baseline.id}`, ['vision']]]);
    await apply(b, c, { [`round:${x.baseline.id}`]: 'mine' });
    expect((await sql<{ vision: string }>`SELECT vision FROM rounds WHERE id = ${x.baseline.id}`.execute(b.db)).rows[0]!.vision).toBe('Annan vision');
  });

  it('a company tombstone deletes its rounds, plan and activities too, in one transaction', async () => {
    const { a, b, x } = await synced();
    await call(a, 'companies.delete', { id: x.company.id });
    const p = await preview(b, (await exportAll(a)).base64);
    expect(p.counts.companies.deleted).toBe(1);
    await apply(b, p);
    for (const t of ['companies', 'people', 'rounds', 'round_answers', 'round_people', 'round_person_competences', 'goals', 'strategies', 'custom_competences', 'plans', 'activities']) {
      const n = await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(t)}`.execute(b.db);
      expect([t, n.rows[0]!.n]).toEqual([t, 0]);
    }
  });

  it('a company tombstone is a conflict when a round there changed here since the offices agreed', async () => {
    const { a, b, x } = await synced();
    await call(b, 'rounds.saveVision', { roundId: x.followup.id, vision: 'Ändrad här' });
    await call(a, 'companies.delete', { id: x.company.id });
    const p = await preview(b, (await exportAll(a)).base64);
    expect(p.companies[0]!.conflicts.map((k) => [k.key, k.fields])).toEqual([[`company:${x.company.id}`, ['deleted']]]);
    await apply(b, p, { [`company:${x.company.id}`]: 'mine' });
    expect((await roundsOf(b.db, x.company.id)).rows).toHaveLength(2);
  });

  describe('bad input leaves the database exactly as it was', () => {
    async function setup() {
      const a = await store();
      const b = await store();
      const x = await assessed(a);
      await seed(b, 1, 70);
      return { a, b, x };
    }

    it('a rating of level 7', async () => {
      const { a, b } = await setup();
      const file = (await validFile(a)) as unknown as Record<string, unknown> & { rounds: { ratings: Record<string, unknown>[] }[] };
      file.rounds[0]!.ratings[0]!['advisorLevel'] = 7;
      const sealed = await seal(file);
      const err = await expectRefused('exchange.invalidContent', () => preview(b, sealed), () => dump(b.db));
      expect(err.params).toEqual({ path: 'rounds.0.ratings.0.advisorLevel' });
    });

    it('an activity naming an unknown person', async () => {
      const { a, b } = await setup();
      const file = (await validFile(a)) as unknown as Record<string, unknown> & { activities: Record<string, unknown>[] };
      file.activities[0]!['personIds'] = ['01900000-0000-7000-8000-0000000000bb'];
      const sealed = await seal(file);
      const err = await expectRefused('exchange.unknownPerson', () => preview(b, sealed), () => dump(b.db));
      expect(err.params).toEqual({ id: '01900000-0000-7000-8000-0000000000bb' });
    });

    it('a round for a company neither in the file nor here', async () => {
      const { a, b } = await setup();
      const file = (await validFile(a)) as unknown as Record<string, unknown> & { rounds: Record<string, unknown>[] };
      file.rounds[1]!['companyId'] = '01900000-0000-7000-8000-0000000000cc';
      const sealed = await seal(file);
      const err = await expectRefused('exchange.missingReference', () => preview(b, sealed), () => dump(b.db));
      expect(err.params).toEqual({ entity: 'company', id: '01900000-0000-7000-8000-0000000000cc' });
    });
  });
});
