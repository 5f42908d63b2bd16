import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelsWhere } from '@shared/api';
import type { Result } from '@shared/api';
import type { Company, CompanyListResult } from '@shared/api/companies';
import type { Person } from '@shared/api/people';
import type { SessionStatus, Settings } from '@shared/api/session';
import { Session } from '../../src-main/store/session';
import { createRouter } from '../../src-main/ipc/router';
import type { Router } from '../../src-main/ipc/router';
import { handlers } from '../../src-main/ipc/handlers';
import { memoryLogger } from '../../src-main/log';
import { AppError } from '@shared/api/errors';
import { withCheckDigit } from '@shared/domain/orgNumber';
import { expectRefused, tableState } from '../helpers/refusal';

const PASSPHRASE = 'correct horse battery staple';

/** A valid legal-entity organisation number: 55 + 7 digits + Luhn check digit. */
function orgNumber(n: number): string {
  return withCheckDigit(`55${String(5000000 + n).padStart(7, '0')}`);
}

function expectOk<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value as T;
}

let dir: string;
let session: Session;
let router: Router;
let company: Company;
let person: Person;

/** Every row of every table: a malformed call must leave this exactly as it was. */
const dump = () => tableState(session.db);

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vaxtkraft-router-'));
  // Ten minutes pass at each reading: the wait after a wrong unlock (1, 2, 4 … s) is over by the next try.
  let clock = Date.now();
  const now = () => new Date((clock += 600_000));
  session = new Session({ dataDir: dir, unlockMode: 'passphrase', systemLocale: 'en-GB', now });
  router = createRouter(session);
  expectOk(await router.handle('session.create', { passphrase: PASSPHRASE, confirmation: PASSPHRASE }));
  company = expectOk<Company>(
    await router.handle('companies.create', {
      name: 'Ekbackens Snickeri AB',
      orgNumber: orgNumber(1),
      municipalityCode: '1880',
      employees: 3,
    }),
  );
  person = expectOk<Person>(await router.handle('people.create', { companyId: company.id, name: 'Anna Ek', role: 'owner' }));
});

afterAll(async () => {
  await session.close();
  await fs.rm(dir, { recursive: true, force: true });
});

describe('router: malformed payloads get typed errors and change nothing', () => {
  const hugeString = 'x'.repeat(200_000);
  const payloads: Array<[string, string, unknown]> = [
    ['companies.create', 'null', null],
    ['companies.create', 'undefined', undefined],
    ['companies.create', 'a string', 'Ekbackens'],
    ['companies.create', 'a number', 42],
    ['companies.create', 'an array', [{ name: 'A', orgNumber: orgNumber(2) }]],
    ['companies.create', 'missing fields', {}],
    ['companies.create', 'missing orgNumber', { name: 'Only a name AB' }],
    ['companies.create', 'wrong types', { name: 12, orgNumber: true }],
    ['companies.create', 'extra keys', { name: 'Extra AB', orgNumber: orgNumber(3), isAdmin: true }],
    ['companies.create', 'a huge name', { name: hugeString, orgNumber: orgNumber(4) }],
    ['companies.create', 'negative employees', { name: 'Neg AB', orgNumber: orgNumber(5), employees: -1 }],
    ['companies.create', 'absurd employees', { name: 'Big AB', orgNumber: orgNumber(6), employees: 1e9 }],
    ['companies.create', 'fractional employees', { name: 'Half AB', orgNumber: orgNumber(7), employees: 2.5 }],
    ['companies.create', 'NaN-like employees', { name: 'NaN AB', orgNumber: orgNumber(8), employees: 'NaN' }],
    ['companies.create', 'bad checksum', { name: 'Check AB', orgNumber: '556000-0002' }],
    ['companies.create', 'bad municipality', { name: 'Muni AB', orgNumber: orgNumber(9), municipalityCode: '0180' }],
    ['companies.create', 'bad status', { name: 'Status AB', orgNumber: orgNumber(10), status: 'deleted' }],
    ['companies.create', 'future founding year', { name: 'Future AB', orgNumber: orgNumber(11), yearFounded: 3000 }],
    ['companies.create', 'bad e-mail', { name: 'Mail AB', orgNumber: orgNumber(12), contactEmail: 'not an address' }],
    ['companies.create', 'impossible date', { name: 'Date AB', orgNumber: orgNumber(13), consentAt: '2023-02-30' }],
    ['companies.create', '__proto__ key', JSON.parse(`{"name":"Proto AB","orgNumber":"${orgNumber(14)}","__proto__":{"polluted":true}}`)],
    [
      'companies.create',
      'constructor key',
      JSON.parse(`{"name":"Ctor AB","orgNumber":"${orgNumber(15)}","constructor":{"prototype":{"polluted":true}}}`),
    ],
    [
      'companies.update',
      'patch with __proto__',
      JSON.parse('{"id":"00000000-0000-7000-8000-000000000000","patch":{"__proto__":{"polluted":true}}}'),
    ],
    ['companies.update', 'no patch', { id: '00000000-0000-7000-8000-000000000000' }],
    ['companies.update', 'id not a uuid', { id: "1' OR '1'='1", patch: { name: 'X' } }],
    ['companies.get', 'id as number', { id: 1 }],
    ['companies.get', 'id as object', { id: { $ne: null } }],
    ['companies.delete', 'no id', {}],
    ['companies.archive', 'archived as string', { id: '00000000-0000-7000-8000-000000000000', archived: 'yes' }],
    ['companies.list', 'limit too big', { limit: 1e9 }],
    ['companies.list', 'negative offset', { offset: -1 }],
    ['companies.list', 'query too long', { query: hugeString }],
    ['companies.list', 'unknown sort', { sort: 'password' }],
    ['companies.list', 'statuses not an array', { statuses: 'prospect' }],
    ['people.create', 'no company', { name: 'Nobody', role: 'owner' }],
    ['people.create', 'bad role', { companyId: '00000000-0000-7000-8000-000000000000', name: 'X', role: 'king' }],
    ['people.create', 'birth year absurd', { companyId: '00000000-0000-7000-8000-000000000000', name: 'X', role: 'owner', birthYear: -5 }],
    ['people.update', 'patch not an object', { id: '00000000-0000-7000-8000-000000000000', patch: 'name=X' }],
    ['people.list', 'array input', ['companyId']],
    ['settings.update', 'huge office', { office: hugeString }],
    ['settings.update', 'extra key', { office: 'Örebro', theme: 'dark' }],
    ['session.setLanguage', 'unknown language', { language: 'de' }],
    ['session.unlock', 'empty passphrase', { passphrase: '' }],
    ['session.create', 'mismatch', { passphrase: 'long enough one', confirmation: 'long enough two' }],
  ];

  it.each(payloads)('%s with %s -> validation', async (channel, _label, input) => {
    const error = await expectRefused('validation', () => router.handle(channel, input), dump);
    const issues = (error.params as { issues: Array<{ path: string; message: string }> }).issues;
    expect(Array.isArray(issues)).toBe(true);
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      expect(typeof issue.path).toBe('string');
      // Field messages are i18n keys, never zod's English sentences.
      expect(issue.message).toMatch(/^[a-zA-Z_]+(\.[a-zA-Z_]+)?$/);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(session.status().unlocked).toBe(true);
  });

  it('maps issues to field paths and known message keys', async () => {
    const input = { name: '', orgNumber: '556000-0002', employees: -1, sniCode: 'abc', extra: 1 };
    const refused = await expectRefused('validation', () => router.handle('companies.create', input), dump);
    const issues = (refused.params as { issues: Array<{ path: string; message: string }> }).issues;
    const byPath = Object.fromEntries(issues.map((i) => [i.path, i.message]));
    expect(byPath).toMatchObject({
      name: 'required',
      orgNumber: 'orgNumber.checksum',
      employees: 'negative',
      sniCode: 'sni',
      extra: 'invalid',
    });
  });

  it('uses "invalid" for zod messages that are not translation keys', async () => {
    const patch = { id: company.id, patch: { employees: 'many' } };
    const update = await expectRefused('validation', () => router.handle('companies.update', patch));
    expect((update.params as { issues: unknown[] }).issues).toContainEqual({ path: 'patch.employees', message: 'number' });
    const list = await expectRefused('validation', () => router.handle('companies.list', { sort: 'password' }));
    expect((list.params as { issues: unknown[] }).issues).toEqual([{ path: 'sort', message: 'invalid' }]);
  });

  it.each([
    ['unknown channel', 'companies.drop'],
    ['empty channel', ''],
    ['prototype name', '__proto__'],
    ['inherited name', 'toString'],
    ['constructor', 'constructor'],
  ])('refuses an %s', async (_label, channel) => {
    await expectRefused('unknownChannel', () => router.handle(channel, {}));
  });

  it('refuses a channel that is not a string', async () => {
    await expectRefused('unknownChannel', () => router.handle(42 as unknown as string, {}));
    await expectRefused('unknownChannel', () => router.handle(null as unknown as string, {}));
  });

  it('turns domain errors into their codes', async () => {
    const missing = '01900000-0000-7000-8000-000000000000';
    await expectRefused('company.notFound', () => router.handle('companies.get', { id: missing }));
    const copy = { name: 'Copy AB', orgNumber: company.orgNumber };
    await expectRefused('company.duplicateOrgNumber', () => router.handle('companies.create', copy), dump);
  });
});

describe('router: unexpected errors', () => {
  it('answers internal, logs the class and channel, never the payload', async () => {
    const log = memoryLogger();
    const failing = createRouter(session, {
      logger: log,
      handlers: {
        ...handlers,
        'companies.get': () => {
          throw new TypeError('secret name Ekbackens in message');
        },
      },
    });
    await expectRefused('internal', () => failing.handle('companies.get', { id: company.id }));
    expect(log.entries).toHaveLength(1);
    expect(log.entries[0]).toMatchObject({
      level: 'error',
      event: 'ipc.internal',
      fields: { channel: 'companies.get', errorClass: 'TypeError' },
    });
    expect(JSON.stringify(log.entries)).not.toMatch(/Ekbackens|secret/);
  });

  it('survives a handler that throws a non-error value', async () => {
    const failing = createRouter(session, {
      handlers: { ...handlers, 'settings.get': () => Promise.reject('just a string') },
    });
    await expectRefused('internal', () => failing.handle('settings.get', {}));
  });
});

describe('router: happy paths', () => {
  it('session.status', async () => {
    const status = expectOk<SessionStatus>(await router.handle('session.status', {}));
    expect(status).toMatchObject({ storeExists: true, unlocked: true, unlockMode: 'passphrase', systemLanguage: 'en' });
  });

  it('session.setLanguage', async () => {
    expect(expectOk<SessionStatus>(await router.handle('session.setLanguage', { language: 'sv' })).language).toBe('sv');
    expect(expectOk<SessionStatus>(await router.handle('session.setLanguage', { language: null })).language).toBeNull();
  });

  it('settings.get and settings.update', async () => {
    const updated = expectOk<Settings>(await router.handle('settings.update', { advisorName: 'Karin Berg', office: 'Örebro' }));
    expect(updated).toMatchObject({ advisorName: 'Karin Berg', office: 'Örebro', exchangeFolder: null });
    expect(expectOk<Settings>(await router.handle('settings.get', {}))).toEqual(updated);
  });

  it('companies.get, update, archive, list, checkOrgNumber', async () => {
    expect(expectOk<Company>(await router.handle('companies.get', { id: company.id })).name).toBe('Ekbackens Snickeri AB');
    const updated = expectOk<Company>(await router.handle('companies.update', { id: company.id, patch: { employees: 12 } }));
    expect(updated).toMatchObject({ employees: 12, sizeClass: 'small', revision: company.revision + 1 });

    const found = expectOk<CompanyListResult>(await router.handle('companies.list', { query: 'ekback' }));
    expect(found.items.map((c) => c.id)).toEqual([company.id]);
    expect(found.items[0]!.peopleCount).toBe(1);
    expect(expectOk<CompanyListResult>(await router.handle('companies.list', { query: 'no such company' })).total).toBe(0);

    const check = expectOk<{ duplicate: { id: string } | null; canonical: string }>(
      await router.handle('companies.checkOrgNumber', { orgNumber: company.orgNumber.replace('-', '') }),
    );
    expect(check).toEqual({ duplicate: { id: company.id, name: 'Ekbackens Snickeri AB' }, canonical: company.orgNumber });

    const archived = expectOk<Company>(await router.handle('companies.archive', { id: company.id, archived: true }));
    expect(archived.archivedAt).not.toBeNull();
    expect(expectOk<CompanyListResult>(await router.handle('companies.list', {})).total).toBe(0);
    expect(expectOk<CompanyListResult>(await router.handle('companies.list', { includeArchived: true })).total).toBe(1);
    expectOk(await router.handle('companies.archive', { id: company.id, archived: false }));
  });

  it('people.list, update, delete', async () => {
    expect(expectOk<Person[]>(await router.handle('people.list', { companyId: company.id })).map((p) => p.id)).toEqual([person.id]);
    const updated = expectOk<Person>(await router.handle('people.update', { id: person.id, patch: { jobTitle: 'VD' } }));
    expect(updated.jobTitle).toBe('VD');
    expect(expectOk(await router.handle('people.delete', { id: person.id }))).toEqual({ deleted: true });
    expect(expectOk<Person[]>(await router.handle('people.list', { companyId: company.id }))).toEqual([]);
  });

  it('companies.create and delete', async () => {
    const other = expectOk<Company>(await router.handle('companies.create', { name: '  Trim AB  ', orgNumber: orgNumber(40) }));
    expect(other.name).toBe('Trim AB');
    expect(expectOk(await router.handle('companies.delete', { id: other.id }))).toEqual({ deleted: true });
    await expectRefused('company.notFound', () => router.handle('companies.get', { id: other.id }));
  });
});

describe('router: a locked session', () => {
  it('refuses every data channel with store.locked and allows the public ones', async () => {
    expectOk(await router.handle('session.lock', {}));
    expect(session.status().unlocked).toBe(false);
    const dataChannels = [...channelsWhere((p) => !p.whileLocked)];
    expect(dataChannels.length).toBeGreaterThan(5);
    for (const channel of dataChannels) {
      // Even a malformed payload gets store.locked: nothing about the data is revealed while locked.
      await expectRefused('store.locked', () => router.handle(channel, { id: company.id }));
    }
    expect(expectOk<SessionStatus>(await router.handle('session.status', {})).unlocked).toBe(false);
    await expectRefused('store.wrongPassphrase', () => router.handle('session.unlock', { passphrase: 'wrong passphrase!' }));
    await expectRefused('store.locked', () => router.handle('companies.list', {}));
    expect(expectOk<SessionStatus>(await router.handle('session.unlock', { passphrase: PASSPHRASE })).unlocked).toBe(true);
    expect(expectOk<CompanyListResult>(await router.handle('companies.list', {})).total).toBe(1);
  });
});

describe('router: never logs payloads', () => {
  it('logs channels, codes and error classes of calls full of names and passphrases, never the names or passphrases', async () => {
    const log = memoryLogger();
    const secret = 'Karin Ekström';
    const logging = createRouter(session, {
      logger: log,
      // Every call counts as slow, so every call that reaches a handler leaves an entry.
      slowCallMs: -1,
      handlers: {
        ...handlers,
        'settings.get': () => {
          throw new TypeError(`${secret} typed ${PASSPHRASE}`);
        },
        'people.list': () => {
          throw new AppError('internal', { name: secret, passphrase: PASSPHRASE });
        },
      },
    });
    expectOk(await logging.handle('session.unlock', { passphrase: PASSPHRASE }));
    expectOk(await logging.handle('companies.list', { query: secret }));
    await expectRefused('validation', () => logging.handle('companies.create', { name: secret, orgNumber: `${secret} ${PASSPHRASE}` }));
    await expectRefused('internal', () => logging.handle('settings.get', {}));
    await expectRefused('internal', () => logging.handle('people.list', { companyId: company.id }));
    await expectRefused('unknownChannel', () => logging.handle(`companies.${secret}` as never, { name: secret }));

    expect(log.entries.map((e) => [e.level, e.event, e.fields['channel']])).toEqual([
      ['warn', 'ipc.slow', 'session.unlock'],
      ['warn', 'ipc.slow', 'companies.list'],
      ['warn', 'ipc.slow', 'companies.create'],
      ['error', 'ipc.internal', 'settings.get'],
      ['error', 'ipc.internal', 'people.list'],
    ]);
    expect(JSON.stringify(log.entries)).not.toMatch(/Karin|Ekström|correct horse|battery/);
  });
});
