import { execFileSync, spawn } from 'node:child_process';
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
const SCRIPT = '/usr/bin/script';

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

/**
 * `age -d -o out in` of a passphrase file, as an advisor runs it: age reads the passphrase from a terminal only, so
 * `script` gives it one (util-linux) and types the passphrase; without `script`, the file is opened in-process with
 * the same age format.
 */
async function ageDecryptWithPassphrase(file: string, out: string, passphrase: string): Promise<void> {
  if (!fs.existsSync(SCRIPT)) {
    fs.writeFileSync(out, await decrypt(fs.readFileSync(file), passphrase), { mode: 0o600 });
    return;
  }
  await new Promise<void>((resolve, reject) => {
    const child = spawn(SCRIPT, ['-qec', `${AGE} -d -o '${out}' '${file}'`, '/dev/null'], { stdio: ['pipe', 'ignore', 'ignore'] });
    // After age has asked (it reads from the terminal, not from a pipe written before the prompt).
    setTimeout(() => child.stdin.end(`${passphrase}\n`), 500);
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`age -d exited with ${code}`))));
  });
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

  it('opens with the standard age tool: `age -d` of the key file, then `age -d -i` of a file sent to this office', async (ctx) => {
    if (!fs.existsSync(AGE)) {
      ctx.skip(`${AGE} is not installed (CI installs it: apt-get install age); the recovery path is not checked here`);
      return;
    }
    const a = await office('Örebro kontor');
    const sender = await office('Västerås kontor');
    await seed(sender, 1);
    const sent = await fileFor(sender, a);
    const dir = fs.mkdtempSync(path.join(a.dataDir, 'age-'));
    const keyFile = path.join(dir, 'office-key.age');
    fs.writeFileSync(keyFile, Buffer.from((await exported(a)).base64, 'base64'));
    await ageDecryptWithPassphrase(keyFile, path.join(dir, 'identity.txt'), KEY_PASS);
    const identityText = fs.readFileSync(path.join(dir, 'identity.txt'), 'utf8');
    expect(identityText).toMatch(/^# Växtkraft office key: Örebro kontor\n/);
    fs.writeFileSync(path.join(dir, 'file.vaxtkraft'), sent);
    const plain = execFileSync(AGE, ['-d', '-i', path.join(dir, 'identity.txt'), path.join(dir, 'file.vaxtkraft')]);
    const content = JSON.parse(unpack(plain)) as { companies: { name: string }[]; sender: { name: string } };
    expect(content.sender.name).toBe('Västerås kontor');
    expect(content.companies.map((c) => c.name)).toEqual(['Företag 0 Åkesson AB']);
  });
});
