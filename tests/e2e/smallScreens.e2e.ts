import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { must, newPage, screen, shot, useDemoHost } from './harness';
import { go, prepareScreens, printVisits, sessionScreens, shellVisits, useEmptyHost, type ScreenData } from './screens';

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
    // A dialog or drawer whose content is wider than itself scrolls sideways inside.
    for (const el of document.querySelectorAll('.mantine-Modal-body, .mantine-Drawer-body')) {
      if (el.scrollWidth > el.clientWidth + 1) out.push('dialog ' + el.scrollWidth + ' > ' + el.clientWidth);
    }
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
  const empty = useEmptyHost();
  let data: ScreenData;
  beforeAll(async () => {
    data = await prepareScreens(env.host);
  });

  for (const language of ['sv', 'en'] as const) {
    it(`every screen, drawer and dialog fits 1024 px in ${language}`, async () => {
      await must(env.host, 'session.setLanguage', { language });
      const { page, context } = await newPage(env.browser, { width: 1024, height: 640 });
      page.setDefaultTimeout(15_000);
      await page.goto(`${env.host.url}#/overview`);
      await screen(page, 'overview');
      const problems: string[] = [];
      let shots = 0;
      const look = async (name: string) => {
        for (const p of await overflows(page)) problems.push(`${name}: ${p}`);
        // From the top: a full-page shot of a scrolled page draws the sticky header halfway down.
        await page.evaluate('window.scrollTo(0, 0)');
        await shot(page, `small-${language}-${String(shots++).padStart(2, '0')}-${name.replace(/[^a-z0-9]+/gi, '-')}`);
      };
      for (const visit of [...shellVisits(data), ...printVisits(data, language)]) {
        await go(page, visit);
        await look(visit.name);
      }
      await sessionScreens(page, { demo: env.host, empty: empty.host, passphrase: PASSPHRASE }, data, language, look);
      expect(problems).toEqual([]);
      await context.close();
    }, 600_000);
  }
});
