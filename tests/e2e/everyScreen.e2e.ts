import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VIEWPORTS, axeProblems, must, newPage, screen, shot, useDemoHost } from './harness';
import { go, prepareScreens, printVisits, sessionScreens, shellVisits, useEmptyHost, type ScreenData, type Visit } from './screens';

const PASSPHRASE = 'en lång lösenfras för varje skärm';

/** On two shared cores a whole set of screens can take minutes; each screen's own waits are bounded much lower. */
const LONG = 600_000;

/** `work`, or an error saying `what` after a minute. */
function bounded<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(what)), 60_000)));
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

const slug = (text: string) => text.replace(/[^a-z0-9]+/gi, '-').toLowerCase();

/**
 * Issue 17, "done when": axe (WCAG 2.1 AA, every impact) finds nothing on any screen, in Swedish and English, at
 * 1280×800 and 1024×640: every screen of the shell with its steps, tabs, drawers and dialogs, the printed documents,
 * the unlock and create screens and the self-assessment a person is handed. One page per language and size, moving
 * by hash; a screen with findings is photographed (test-results/e2e/axe-…png). AXE_ONLY=<regexp> checks only the
 * visits it names, AXE_TIMES=1 logs each visit's time and findings.
 */
describe('axe finds nothing on any screen, in both languages and at both sizes', () => {
  const env = useDemoHost('vaxtkraft-every-', 4, PASSPHRASE);
  const empty = useEmptyHost();
  let data: ScreenData;

  beforeAll(async () => {
    data = await prepareScreens(env.host);
  });

  async function check(page: Page, label: string, name: string, problems: string[], within?: string): Promise<void> {
    const first = await axeProblems(page, { all: true, within });
    if (first.length === 0) return;
    // What the finding is, for the reader of the log: each node's markup and axe's reason.
    const detail = await new AxeBuilder({ page }).withRules([...new Set(first.map((f) => f.split(':')[0]!))]).analyze();
    for (const n of detail.violations.flatMap((v) => v.nodes)) console.log(`${label} ${name}: ${n.html}\n${n.failureSummary ?? ''}`);
    // A finding that is gone a second later was a screen caught between two states (a transition axe did not see
    // running): logged above, not counted. One that stays is what a person sees.
    await page.waitForTimeout(1_000);
    const found = (await axeProblems(page, { all: true, within })).map((p) => `${name}: ${p}`);
    if (found.length === 0) return;
    problems.push(...found);
    await shot(page, `axe-${label}-${slug(name)}`);
  }

  /** Each visit's findings, or that it was not reached; a visit that hangs (a busy machine) costs a reload, not the run. */
  async function visitAll(page: Page, label: string, visits: Visit[]): Promise<string[]> {
    const problems: string[] = [];
    const only = process.env['AXE_ONLY'];
    for (const visit of visits.filter((v) => !only || new RegExp(only).test(v.name))) {
      const started = Date.now();
      try {
        await bounded(go(page, visit), `${visit.name}: not reached`);
        await bounded(check(page, label, visit.name, problems, visit.within), `${visit.name}: axe did not answer`);
      } catch (error) {
        problems.push(String(error).split('\n')[0]!);
        await page.goto(`${env.host.url}#/overview`);
      }
      if (process.env['AXE_TIMES']) console.log(`${label} ${visit.name}: ${Date.now() - started} ms`);
    }
    return problems;
  }

  for (const language of ['sv', 'en'] as const) {
    for (const size of VIEWPORTS) {
      const label = `${language}-${size.width}`;
      describe(`${language}, ${size.width}×${size.height}`, () => {
        let context: BrowserContext;
        let page: Page;
        beforeAll(async () => {
          await must(env.host, 'session.setLanguage', { language });
          ({ context, page } = await newPage(env.browser, { locale: language === 'sv' ? 'sv-SE' : 'en-GB', ...size }));
          page.setDefaultTimeout(10_000);
          await page.goto(`${env.host.url}#/overview`);
          await screen(page, 'overview');
        });
        afterAll(async () => context?.close());

        it(
          'every screen of the shell, with its steps, tabs, drawers and dialogs',
          async () => {
            expect(await visitAll(page, label, shellVisits(data))).toEqual([]);
          },
          LONG,
        );

        it(
          'the printed documents',
          async () => {
            expect(await visitAll(page, label, printVisits(data, language))).toEqual([]);
          },
          LONG,
        );

        it(
          'the unlock screen, the self-assessment handed over and the create screen',
          async () => {
            const problems: string[] = [];
            const hosts = { demo: env.host, empty: empty.host, passphrase: PASSPHRASE };
            await sessionScreens(page, hosts, data, language, (name) => check(page, label, name, problems));
            expect(problems).toEqual([]);
          },
          LONG,
        );
      });
    }
  }
});
