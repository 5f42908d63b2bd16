import { describe, expect, it } from 'vitest';
import { api } from '@shared/api';
import { clockFrom } from '@shared/clock';
import { createRouter } from '../../src-main/ipc/router';
import { exportCompanies } from '../../src-main/services/exchange';
import { decrypt, encryptFor, pack, unpack } from '../../src-main/services/exchange/crypto';
import { addOffice, openFile, ownOffice } from '../../src-main/services/offices';
import { ownIdentity } from '../../src-main/services/offices/identity';
import { FAST, PASS, call, data, preview, seed, useExchangeStores } from '../helpers/exchangeStores';
import type { TempStore } from '../helpers/tempStore';
import { expectRefused, refusal, tableState } from '../helpers/refusal';

/** Office keys (issue 12): files sealed for offices, signed, opened with the office's own identity. */

const store = useExchangeStores();

async function office(name: string): Promise<TempStore> {
  const s = await store();
  await call(s, 'settings.update', { office: name });
  await ownOffice(s.db, s.deps);
  return s;
}

/** `to` gets `from`'s card in its address book; returns the office id there. */
async function knows(to: TempStore, from: TempStore): Promise<string> {
  const card = (await ownOffice(from.db, from.deps)).card;
  return (await addOffice(to.db, api['offices.add'].input.parse({ card }), to.deps)).id;
}

async function exportTo(s: TempStore, officeIds: string[]) {
  const input = api['exchange.export'].input.parse({ companyIds: 'all', officeIds });
  return exportCompanies(s.db, input, { ...clockFrom(s.clock.now), scryptWorkFactor: FAST });
}

const bytes = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));

describe('files sealed for offices', () => {
  it('goes from office A to office B, opened with B’s own key, signed by a known office', async () => {
    const a = await office('Örebro kontor');
    const b = await office('Västerås kontor');
    await seed(a, 3);
    const bId = await knows(a, b);
    const aId = await knows(b, a);
    const file = await exportTo(a, [bId]);
    const p = await preview(b, file.base64, undefined as unknown as string);
    const own = await ownOffice(a.db, a.deps);
    expect(p.sender).toEqual({ name: 'Örebro kontor', fingerprint: own.fingerprint, officeId: aId, signature: 'valid' });
    expect(p.counts.companies.new).toBe(3);
    await call(b, 'exchange.apply', { previewId: p.previewId });
    expect(await data(b.db)).toEqual(await data(a.db));
  });

  it('is opened by each office it was sent to, and not by another: “not for this office”, not “wrong passphrase”', async () => {
    const [a, b, c, d] = [await office('A'), await office('B'), await office('C'), await office('D')];
    await seed(a, 1);
    const file = await exportTo(a, [await knows(a, b), await knows(a, c)]);
    for (const s of [b, c]) expect((await openFile(s.db, bytes(file.base64), undefined, s.deps)).sender.signature).toBe('valid');
    await expectRefused(
      'exchange.notForThisOffice',
      () => createRouter(d.session).handle('exchange.preview', { base64: file.base64 }),
      () => tableState(d.db),
    );
    // A passphrase does not change that: the file has no passphrase stanza.
    expect((await refusal(() => openFile(d.db, bytes(file.base64), PASS, d.deps))).code).toBe('exchange.notForThisOffice');
  });

  it('names an unknown office whose signature is good, and calls changed but re-encrypted content invalid', async () => {
    const a = await office('A');
    const b = await office('B');
    await seed(a, 2);
    const file = await exportTo(a, [await knows(a, b)]);
    const opened = await openFile(b.db, bytes(file.base64), undefined, b.deps);
    expect(opened.sender).toMatchObject({ name: 'A', officeId: null, signature: 'valid' });

    // Anyone can encrypt to B's public key: a changed company name keeps the signature and so is caught.
    const identity = await ownIdentity(b.db, b.deps);
    const json = unpack(await decrypt(bytes(file.base64), { identity: identity.age_identity }));
    const changed = json.replace('Företag 0 Åkesson AB', 'Företag 0 Falsk AB');
    expect(changed).not.toBe(json);
    const forged = await encryptFor(pack(changed), { recipients: [identity.recipient] });
    expect((await openFile(b.db, forged, undefined, b.deps)).sender.signature).toBe('invalid');
    // Such a file is refused at preview: nothing to apply, nothing stored.
    const base64 = Buffer.from(forged).toString('base64');
    await expectRefused(
      'exchange.signatureMismatch',
      () => createRouter(b.session).handle('exchange.preview', { base64 }),
      () => tableState(b.db),
    );
  });

  it('reads old unsigned passphrase files as unsigned, and asks for the passphrase of a passphrase file', async () => {
    const a = await office('A');
    const b = await office('B');
    await seed(a, 1);
    const file = (await exportTo(a, [await knows(a, b)])).base64;
    expect((await openFile(b.db, bytes(file), undefined, b.deps)).sender.signature).toBe('valid');
    const input = api['exchange.export'].input.parse({ companyIds: 'all', passphrase: PASS, confirmation: PASS });
    const pass = await exportCompanies(a.db, input, { ...clockFrom(a.clock.now), scryptWorkFactor: FAST });
    expect((await openFile(b.db, bytes(pass.base64), PASS, b.deps)).sender).toMatchObject({ name: 'A', signature: 'valid' });
    const previewWithout = () => createRouter(b.session).handle('exchange.preview', { base64: pass.base64 });
    await expectRefused('exchange.passphraseNeeded', previewWithout, () => tableState(b.db));
    const json = unpack(await decrypt(bytes(pass.base64), PASS));
    const { sender: _s, signature: _sig, ...old } = JSON.parse(json) as Record<string, unknown>;
    const plain = await encryptFor(pack(JSON.stringify({ ...old, formatVersion: 4 })), { passphrase: PASS }, FAST);
    const unsigned = { name: 'A', fingerprint: '', officeId: null, signature: 'unsigned' };
    expect((await openFile(b.db, plain, PASS, b.deps)).sender).toEqual(unsigned);
  });
});
