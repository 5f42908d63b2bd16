import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeProblems, must, newPage, openSettings, screen, shot, useTwoOffices } from './harness';
import type { RunningHost } from './harness';

/**
 * Two offices, start to finish, through the UI (issue 12, "Done when"): two browser-host data folders set one shared
 * exchange folder in Settings, give each other their public cards, read the fingerprints back and mark them
 * verified, send a full file, edit on both sides, send changes both ways through the folder and apply them from
 * each inbox, and end with the same data (read through the UI and through the API). axe on every screen used;
 * screenshots at 1280×800 in sv and en.
 */

const PASSPHRASE = 'två kontor lösenfras';
const NAMES = { a: 'Örebro kontor', b: 'Västerås kontor' } as const;

type Lang = 'sv' | 'en';

/** The Exchange screen's tab, loaded: the address book, or the folder's send panel and (once a folder is set) inbox. */
async function exchangeTab(page: Page, host: RunningHost, tab: 'offices' | 'folder', inbox = true): Promise<void> {
  await page.goto(`${host.url}#/exchange`);
  await screen(page, 'exchange');
  await page.getByTestId(`tab-${tab}`).click();
  const ready = tab === 'offices' ? ['offices-panel'] : inbox ? ['send-panel', 'inbox-panel'] : ['send-panel'];
  for (const id of ready) await page.locator(`[data-testid="${id}"][data-ready="true"]`).waitFor();
}

const compact = (s: string | null) => (s ?? '').replace(/\s+/g, '');

/** A full-page screenshot from the top: scrolled, the sticky header would be drawn halfway down the page. */
async function shotFromTop(page: Page, name: string): Promise<void> {
  await page.evaluate('window.scrollTo(0, 0)');
  await shot(page, name);
}

describe('two offices exchange through a shared folder and end with the same data', () => {
  const offices = useTwoOffices('vaxtkraft-two-', PASSPHRASE, NAMES);
  let browser: Browser;
  let folder: string;
  let a: RunningHost;
  let b: RunningHost;
  const hosts = () => ({ a, b });

  /** A page on the office's host in the language given, at 1280×800. */
  async function open(host: RunningHost, lang: Lang) {
    await must(host, 'session.setLanguage', { language: lang });
    return newPage(browser, { width: 1280, height: 800, locale: lang === 'sv' ? 'sv-SE' : 'en-GB' });
  }

  beforeAll(() => {
    ({ browser, folder, a, b } = offices);
  });

  it('sets the shared exchange folder in Settings at both offices', async () => {
    for (const [key, host] of Object.entries(hosts())) {
      const lang: Lang = key === 'a' ? 'sv' : 'en';
      const { context, page } = await open(host, lang);
      await exchangeTab(page, host, 'folder', false);
      await page.getByTestId('folder-not-set').waitFor();
      const settings = await openSettings(page);
      await settings.locator('input[name="exchangeFolder"]').fill(folder);
      await page.keyboard.press('Tab');
      await expect.poll(async () => (await must(host, 'settings.get', {})).exchangeFolder).toBe(folder);
      expect(await axeProblems(page, { all: true })).toEqual([]);
      await shotFromTop(page, `two-offices-settings-${lang}-1280x800`);
      await context.close();
    }
  });

  it('exchanges the public cards, reads the fingerprints back and marks them verified', async () => {
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      // The card and fingerprint as the other office shows them (copied, and read out over the phone).
      const other = await open(to, 'en');
      await exchangeTab(other.page, to, 'offices');
      const card = await other.page.getByTestId('own-card').inputValue();
      const spoken = compact(await other.page.getByTestId('fingerprint').first().textContent());
      await other.context.close();

      const lang: Lang = from === a ? 'sv' : 'en';
      const { context, page } = await open(from, lang);
      await exchangeTab(page, from, 'offices');
      await page.getByTestId('office-card').fill(card);
      await page.getByTestId('add-office-submit').click();
      const [added] = await must(from, 'offices.list', {});
      const row = page.getByTestId(`office-${added!.id}`);
      await row.waitFor();
      expect(compact(await row.getByTestId('fingerprint').textContent())).toBe(spoken);
      expect(added!.name).toBe(from === a ? NAMES.b : NAMES.a);
      await row.getByTestId('verify-office').click();
      await expect.poll(async () => (await must(from, 'offices.list', {}))[0]!.verifiedAt).not.toBeNull();
      expect(await axeProblems(page, { all: true })).toEqual([]);
      await shotFromTop(page, `two-offices-book-${lang}-1280x800`);
      await context.close();
    }
  });

  /** Sends the office's changes to the other through the folder tab. */
  async function sendChanges(host: RunningHost, to: string, lang: Lang, name: string) {
    const { context, page } = await open(host, lang);
    await exchangeTab(page, host, 'folder');
    const row = page.getByTestId(`send-office-${to}`);
    await row.getByTestId('send-changes').click();
    await page.getByTestId('send-done').waitFor();
    expect(await axeProblems(page, { all: true })).toEqual([]);
    await shotFromTop(page, `two-offices-${name}-${lang}-1280x800`);
    await context.close();
  }

  /** Checks and applies every file of the office's inbox in order, from the folder tab. */
  async function applyInbox(host: RunningHost, lang: Lang, name: string) {
    const { context, page } = await open(host, lang);
    await exchangeTab(page, host, 'folder');
    const inbox = await must(host, 'exchange.inbox', {});
    expect(inbox.files.length).toBeGreaterThan(0);
    for (const [i, f] of inbox.files.entries()) {
      await page.getByTestId(`inbox-file-${f.sequence}`).getByRole('button').click();
      await page.getByTestId('inbox-preview').waitFor();
      await page.getByTestId('import-sender').waitFor();
      await expect(page.getByTestId('import-sender').getAttribute('data-status')).resolves.toBe('valid');
      if (i === 0) {
        expect(await axeProblems(page, { all: true })).toEqual([]);
        await shotFromTop(page, `two-offices-${name}-${lang}-1280x800`);
      }
      await page.getByTestId('inbox-apply').click();
      await page.getByTestId('inbox-applied').waitFor();
      await page.locator('[data-testid="inbox-panel"][data-ready="true"]').waitFor();
    }
    expect((await must(host, 'exchange.inbox', {})).files).toEqual([]);
    await context.close();
  }

  it('sends a full file from one office to the other, applied from the inbox', async () => {
    await sendChanges(a, NAMES.b, 'sv', 'send');
    await sendChanges(a, NAMES.b, 'en', 'send');
    const files = fs.readdirSync(folder).filter((f) => f.endsWith('.vaxtkraft'));
    expect(files).toHaveLength(2);
    await applyInbox(b, 'sv', 'inbox-full');
    expect((await must(b, 'companies.list', {})).total).toBe(3);
  });

  it('edits on both sides, sends changes both ways and applies them', async () => {
    const companies = (await must(a, 'companies.list', {})).items;
    await must(a, 'companies.update', { id: companies[0]!.id, patch: { name: 'Ändrad i Örebro AB' } });
    await must(a, 'people.create', { companyId: companies[1]!.id, name: 'Ny i Örebro', role: 'employee' });
    await must(b, 'companies.update', { id: companies[2]!.id, patch: { contactName: 'Kontakt från Västerås' } });
    await must(b, 'people.create', { companyId: companies[0]!.id, name: 'Ny i Västerås', role: 'manager' });
    await sendChanges(a, NAMES.b, 'sv', 'send-changes');
    await sendChanges(b, NAMES.a, 'en', 'send-changes');
    await applyInbox(b, 'sv', 'inbox-changes');
    await applyInbox(a, 'en', 'inbox-changes');
  });

  /** What both offices must agree on, through the API: every company with its fields and its people. */
  async function shared(host: RunningHost) {
    const { items } = await must(host, 'companies.list', {});
    const out = [];
    for (const c of items.sort((x, y) => x.id.localeCompare(y.id))) {
      const { createdAt: _c, ...company } = await must(host, 'companies.get', { id: c.id });
      const people = await must(host, 'people.list', { companyId: c.id });
      out.push({ company, people: people.map((p) => [p.id, p.name, p.role, p.revision]).sort() });
    }
    return out;
  }

  it('ends with the same data at both offices, through the API and the UI', async () => {
    const [atA, atB] = [await shared(a), await shared(b)];
    expect(atB).toEqual(atA);
    expect(atA.map((c) => c.company.name)).toContain('Ändrad i Örebro AB');
    expect(atA.map((c) => c.company.contactName)).toContain('Kontakt från Västerås');
    expect(atA.flatMap((c) => c.people.map((p) => p[1]))).toEqual(expect.arrayContaining(['Ny i Örebro', 'Ny i Västerås']));

    const rows: string[][] = [];
    for (const host of [a, b]) {
      const { context, page } = await open(host, 'en');
      await page.goto(`${host.url}#/companies`);
      await screen(page, 'companies');
      rows.push((await page.getByTestId('company-row').allTextContents()).sort());
      const changed = atA.find((c) => c.company.name === 'Ändrad i Örebro AB')!;
      await page.goto(`${host.url}#/companies/${changed.company.id}`);
      await screen(page, 'company');
      await page.getByText('Ny i Västerås').first().waitFor();
      await context.close();
    }
    expect(rows[1]).toEqual(rows[0]);
    expect(rows[0]!.some((r) => r.includes('Ändrad i Örebro AB'))).toBe(true);
  });
});
