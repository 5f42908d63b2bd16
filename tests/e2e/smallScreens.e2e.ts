import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { must, newPage, screen, shot, useDemoHost } from './harness';

const PASSPHRASE = 'en lång lösenfras för små skärmar';

/**
 * What overflows sideways on the current screen: the page itself (horizontal scroll), and any text cut short by its
 * box (a header button, a badge, a title) — an element whose content is wider than it while it hides the rest.
 */
async function overflows(page: Page): Promise<string[]> {
  return (await page.evaluate(`(() => {
    const out = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) out.push('page ' + root.scrollWidth + ' > ' + root.clientWidth);
    const header = document.querySelector('header');
    if (header && header.scrollHeight > header.clientHeight + 1) out.push('header wraps: ' + header.scrollHeight);
    const boxes = 'header a, header button, .mantine-Badge-root, .mantine-Badge-label, .mantine-Button-label, h1, h2, h3, [role="radio"]';
    for (const el of document.querySelectorAll(boxes)) {
      const style = getComputedStyle(el);
      // A level card's text that spills over its border is as unreadable as text cut off.
      const hides = style.overflow !== 'visible' || style.textOverflow === 'ellipsis' || el.getAttribute('role') === 'radio';
      if (hides && el.scrollWidth > el.clientWidth + 1 && el.getClientRects().length > 0) out.push('clipped: ' + el.textContent);
    }
    return out;
  })()`)) as string[];
}

describe('small screens: nothing scrolls sideways or is cut at 1024×640, in Swedish and English', () => {
  const env = useDemoHost('vaxtkraft-small-', 6, PASSPHRASE);

  /** The hashes of every screen, with a company that has a round and people. */
  async function screens(): Promise<Array<{ hash: string; name: string; prepare?: (page: Page) => Promise<void> }>> {
    const companies = await must(env.host, 'companies.list', {});
    for (const c of companies.items) {
      const rounds = await must(env.host, 'rounds.list', { companyId: c.id });
      const people = await must(env.host, 'people.list', { companyId: c.id });
      if (rounds.length === 0 || people.length === 0) continue;
      const round = rounds.at(-1)!;
      return [
        { hash: '#/overview', name: 'overview' },
        { hash: '#/companies', name: 'companies' },
        { hash: `#/companies/${c.id}`, name: 'company' },
        { hash: `#/companies/${c.id}/rounds/${round.id}`, name: 'round' },
        {
          hash: `#/companies/${c.id}/rounds/${round.id}`,
          name: 'round',
          prepare: async (page) => {
            await page.getByTestId('step-competences').click();
            await page.locator('[data-testid^="person-"]').first().waitFor();
          },
        },
        { hash: `#/companies/${c.id}/plan`, name: 'plan' },
        { hash: `#/companies/${c.id}/people/${people[0]!.id}/gaps`, name: 'personGaps' },
        { hash: '#/exchange', name: 'exchange' },
        { hash: '#/providers', name: 'providers' },
        { hash: '#/reports', name: 'reports' },
      ];
    }
    throw new Error('no demo company with a round and people');
  }

  for (const language of ['sv', 'en'] as const) {
    it(`every screen fits 1024 px in ${language}`, async () => {
      await must(env.host, 'session.setLanguage', { language });
      const { page, context } = await newPage(env.browser, { width: 1024, height: 640 });
      const problems: string[] = [];
      for (const [i, s] of (await screens()).entries()) {
        await page.goto(`${env.host.url}${s.hash}`);
        await screen(page, s.name);
        await s.prepare?.(page);
        for (const p of await overflows(page)) problems.push(`${s.hash}${s.prepare ? ' (competences)' : ''}: ${p}`);
        // From the top: a full-page shot of a scrolled page draws the sticky header halfway down.
        await page.evaluate('window.scrollTo(0, 0)');
        await shot(page, `small-${language}-${i}-${s.name}`);
      }
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});
