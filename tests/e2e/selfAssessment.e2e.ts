import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelsWhere } from '@shared/api';
import { orgNumberFor } from '../helpers/tempStore';
import { hostApi, launchBrowser, makeDataDir, must, newPage, removeDir, screen, shot, startHostProcess, type RunningHost } from './harness';

const PASSPHRASE = 'ett långt testlösen för överlämningen';

/**
 * Issue 11: self-assessment mode lived only in memory, so a person handed the laptop could quit, start again and
 * read every company. Here the host is killed without warning (SIGKILL: no exit handler runs) and started again,
 * unlocked by the environment as a keychain would unlock it, and only the person's own questions answer.
 */
describe('self-assessment mode survives a restart of the browser host', () => {
  let browser: Browser;
  let dataDir: string;
  let host: RunningHost;

  beforeAll(async () => {
    dataDir = await makeDataDir();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await host?.stop();
    await browser?.close();
    await removeDir(dataDir);
  });

  it('resumes the mode after a kill: every other channel refused, the own questions served, the screen the self-assessment', async () => {
    host = await startHostProcess(dataDir, { VAXTKRAFT_PASSPHRASE: PASSPHRASE });
    const enrolled = { status: 'enrolled' as const, growthAmbition: true, growthAmbitionDate: '2025-01-15' };
    const consent = { consentBy: 'Ägaren', consentAt: '2025-01-15', consentScope: 'Kartläggning' };
    const firm = { name: 'Hemlig Firma AB', orgNumber: orgNumberFor(971), ...enrolled, ...consent };
    const company = await must(host, 'companies.create', firm);
    const person = await must(host, 'people.create', { companyId: company.id, name: 'Erik Egen', role: 'employee' });
    await must(host, 'people.create', { companyId: company.id, name: 'Olle Annan', role: 'owner' });
    const round = await must(host, 'rounds.start', { companyId: company.id, kind: 'baseline', date: '2025-03-01', advisor: 'Karin' });
    const own = { roundId: round.id, personId: person.id };
    await must(host, 'selfAssessment.enter', { ...own, language: 'sv' });

    // The host process itself (tsx runs it as a child), named by its lock file, then tsx.
    const { pid } = JSON.parse(await readFile(join(dataDir, 'vaxtkraft.lock'), 'utf8')) as { pid: number };
    const killed = new Promise((r) => host.process.once('exit', r));
    process.kill(pid, 'SIGKILL');
    host.process.kill('SIGKILL');
    await killed;
    host = await startHostProcess(dataDir, { VAXTKRAFT_PASSPHRASE: PASSPHRASE });

    expect((await must(host, 'session.status', {})).selfAssessment).toEqual({ ...own, language: 'sv' });
    for (const channel of channelsWhere((p) => p.selfAssessment === 'refused')) {
      const reply = await hostApi(host, channel, { companyId: company.id, roundId: round.id, personId: person.id });
      expect(reply, channel).toEqual({ ok: false, error: { code: 'selfAssessment.active' } });
    }
    const view = await must(host, 'selfAssessment.get', own);
    expect(view.name).toBe('Erik Egen');
    expect(JSON.stringify(view)).not.toContain('Olle Annan');
    expect(JSON.stringify(view)).not.toContain('Hemlig Firma');

    const { context, page } = await newPage(browser, { locale: 'sv-SE' });
    try {
      await page.goto(`${host.url}#/companies/${company.id}`);
      await screen(page, 'self');
      await shot(page, 'self-assessment-after-restart');
      expect(await page.locator('body').innerText()).not.toContain('Hemlig Firma');
    } finally {
      await context.close();
    }

    expect(await must(host, 'selfAssessment.exit', { passphrase: PASSPHRASE })).toEqual({ exited: true });
    expect((await must(host, 'companies.list', {})).total).toBe(1);
  });
});
