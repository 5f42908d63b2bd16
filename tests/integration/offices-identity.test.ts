import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { api } from '@shared/api';
import { clockFrom } from '@shared/clock';
import { REPLACE_IDENTITY_PHRASES } from '@shared/api/offices';
import { createRouter } from '../../src-main/ipc/router';
import { exportCompanies } from '../../src-main/services/exchange';
import { decrypt, unpack } from '../../src-main/services/exchange/crypto';
import { addOffice, exportIdentity, importIdentity, openFile, ownOffice } from '../../src-main/services/offices';
import { FAST, call, seed, useExchangeStores } from '../helpers/exchangeStores';
import { expectRefused, tableState } from '../helpers/refusal';
import type { TempStore } from '../helpers/tempStore';

/** The office's identity on its way to another laptop, and recovery with the standard age tool. */

const store = useExchangeStores();
const KEY_PASS = 'laptop change passphrase 2026';
const AGE = '/usr/bin/age';

const deps = (s: TempStore) => ({ ...clockFrom(s.clock.now), scryptWorkFactor: FAST });

async function office(name: string): Promise<TempStore> {
  const s = await store();
  await call(s, 'settings.update', { office: name });
  return s;
}

async function exported(s: TempStore) {
  const input = api['offices.exportIdentity'].input.parse({ passphrase: KEY_PASS, confirmation: KEY_PASS });
  return exportIdentity(s.db, input, deps(s));
}

async function fileFor(from: TempStore, to: TempStore): Promise<Uint8Array> {
  const card = (await ownOffice(to.db, to.deps)).card;
  const { id } = await addOffice(from.db, api['offices.add'].input.parse({ card }), from.deps);
  const input = api['exchange.export'].input.parse({ companyIds: 'all', officeIds: [id] });
  return new Uint8Array(Buffer.from((await exportCompanies(from.db, input, deps(from))).base64, 'base64'));
}

describe('the office identity', () => {
  it('moves to another laptop: the new store opens files sent to the old one and signs as the same office', async () => {
    const a = await office('Örebro kontor');
    const laptop = await office('Örebro kontor');
    const sender = await office('Västerås kontor');
    await seed(sender, 2);
    const before = await ownOffice(a.db, a.deps);
    const file = await exported(a);
    expect(file.fileName).toBe('orebro-kontor-office-key-2025-03-01.age');
    const sent = await fileFor(sender, a);

    const input = api['offices.importIdentity'].input.parse({ base64: file.base64, passphrase: KEY_PASS, confirmation: 'REPLACE KEY' });
    const after = await importIdentity(laptop.db, input, deps(laptop));
    expect(after).toEqual(before);
    expect((await openFile(laptop.db, sent, undefined, laptop.deps)).file.companies).toHaveLength(2);
  });

  it('is left as it was after a wrong passphrase, a damaged file or a missing confirmation', async () => {
    const a = await office('A');
    const b = await office('B');
    await ownOffice(b.db, b.deps);
    const file = await exported(a);
    const router = createRouter(b.session);
    const state = () => tableState(b.db);
    const base = { base64: file.base64, passphrase: KEY_PASS, confirmation: REPLACE_IDENTITY_PHRASES[0]! };
    const attempt = (change: Partial<typeof base>) => () => router.handle('offices.importIdentity', { ...base, ...change });
    await expectRefused('offices.identityWrongPassphrase', attempt({ passphrase: 'not it' }), state);
    const damaged = Buffer.from(file.base64, 'base64');
    damaged[damaged.length - 5]! ^= 1;
    await expectRefused('offices.identityInvalid', attempt({ base64: damaged.toString('base64') }), state);
    await expectRefused('validation', attempt({ confirmation: 'yes' }), state);
  });

  it('opens with the standard age tool: `age -d -i` of the exported identity reads a file sent to this office', async (ctx) => {
    if (!fs.existsSync(AGE)) {
      ctx.skip(`${AGE} is not installed (CI installs it: apt-get install age); the recovery path is not checked here`);
      return;
    }
    const a = await office('Örebro kontor');
    const sender = await office('Västerås kontor');
    await seed(sender, 1);
    const sent = await fileFor(sender, a);
    // What `age -d orebro-kontor-office-key.age > identity.txt` gives (the passphrase prompt needs a terminal).
    const identityText = Buffer.from(await decrypt(Buffer.from((await exported(a)).base64, 'base64'), KEY_PASS)).toString('utf8');
    expect(identityText).toMatch(/^# Växtkraft office key: Örebro kontor\n/);
    const dir = fs.mkdtempSync(path.join(a.dataDir, 'age-'));
    fs.writeFileSync(path.join(dir, 'identity.txt'), identityText, { mode: 0o600 });
    fs.writeFileSync(path.join(dir, 'file.vaxtkraft'), sent);
    const plain = execFileSync(AGE, ['-d', '-i', path.join(dir, 'identity.txt'), path.join(dir, 'file.vaxtkraft')]);
    const content = JSON.parse(unpack(plain)) as { companies: { name: string }[]; sender: { name: string } };
    expect(content.sender.name).toBe('Västerås kontor');
    expect(content.companies.map((c) => c.name)).toEqual(['Företag 0 Åkesson AB']);
  });
});
