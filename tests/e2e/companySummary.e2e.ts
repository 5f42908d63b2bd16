import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en, sv } from '@shared/i18n/resources';
import { orgNumberFor } from '../helpers/tempStore';
import { ENROLLED, axeProblems, must, newPage, screen, shot, useDemoHost } from './harness';

const PASSPHRASE = 'en lång lösenfras för sammanfattningen';

const focusedTag = (page: Page) => page.evaluate('document.activeElement?.tagName') as Promise<string>;
const kindOf = (page: Page) =>
  page.locator('[data-testid="company-summary"][data-ready="true"] [data-testid="summary-next"]').getAttribute('data-kind');

describe('the company page opens with where the company stands and what to do next', () => {
  const env = useDemoHost('vaxtkraft-summary-', 2, PASSPHRASE);

  it('a prospect is asked to enrol first (with what is missing) and is never offered the baseline', async () => {
    const prospect = await must(env.host, 'companies.create', { name: 'Intressent AB', orgNumber: orgNumberFor(961) });
    await must(env.host, 'session.setLanguage', { language: 'sv' });
    const { page, context } = await newPage(env.browser, { locale: 'sv-SE', width: 1280, height: 800 });
    await page.goto(`${env.host.url}#/companies/${prospect.id}`);
    await screen(page, 'company');
    await expect.poll(() => kindOf(page)).toBe('enrol');
    expect(await page.getByTestId('summary-needs').getByRole('listitem').allTextContents()).toEqual([
      sv.summary.next.need.ambition,
      sv.summary.next.need.consent,
    ]);
    expect(await page.getByTestId('start-baseline').count()).toBe(0);
    expect(await page.getByTestId('assessments-empty').textContent()).toBe(sv.summary.next.enrol);
    expect(await axeProblems(page)).toEqual([]);
    await shot(page, 'summary-prospect-sv-1280');
    // The company's actions menu, open, passes axe too (its focus trap's hidden first child was not a menu item).
    await page.getByTestId('company-actions').click();
    await page.getByRole('menu').waitFor();
    expect(await axeProblems(page, { all: true })).toEqual([]);
    await page.keyboard.press('Escape');
    // The button takes the advisor to where enrolment happens.
    await page.getByTestId('summary-action').click();
    await expect.poll(() => page.evaluate(`document.activeElement?.closest('[data-testid="section-programme"]') !== null`)).toBe(true);
    await context.close();
  });

  it('an enrolled company starts its baseline from the summary, then continues it at the step it was left', async () => {
    const company = await must(env.host, 'companies.create', { name: 'Inskrivet AB', orgNumber: orgNumberFor(962), ...ENROLLED });
    await must(env.host, 'session.setLanguage', { language: 'en' });
    await must(env.host, 'people.create', { companyId: company.id, name: 'Ägare Inskrivet', role: 'owner' });
    const { page, context } = await newPage(env.browser, { locale: 'en-GB', width: 1024, height: 640 });
    await page.goto(`${env.host.url}#/companies/${company.id}`);
    await screen(page, 'company');
    await expect.poll(() => kindOf(page)).toBe('startBaseline');
    // The summary comes before the registration details.
    const order = (await page.evaluate(`[...document.querySelectorAll('[data-testid="company-summary"], [data-testid="section-programme"]')]
      .map((e) => e.dataset.testid)`)) as string[];
    expect(order).toEqual(['company-summary', 'section-programme']);
    expect(await axeProblems(page)).toEqual([]);
    await shot(page, 'summary-start-en-1024');
    await page.getByTestId('summary-action').click();
    await page.getByRole('dialog').getByRole('textbox', { name: en.assessments.section.advisor }).fill('Karin Berg');
    await page.getByTestId('start-round-confirm').click();
    await screen(page, 'round');
    // Focus goes to the new screen's heading.
    await expect.poll(() => focusedTag(page)).toBe('H1');
    await page.getByTestId('next-step').click();
    await page.getByTestId('next-step').click();
    await page.locator('[data-testid="save-state"][data-state="saved"]').waitFor();
    await page.goBack();
    await screen(page, 'company');
    await expect.poll(() => kindOf(page)).toBe('continueRound');
    const continueText = en.summary.next.continueRound.replace('{{step}}', '3').replace('{{steps}}', '13');
    expect(await page.getByTestId('summary-next').textContent()).toContain(continueText);
    expect(await page.getByTestId('summary-profile').textContent()).toContain(en.assessments.kind.baseline);
    await shot(page, 'summary-continue-en-1024');
    await context.close();
  });

  it('a skip link leads past the header to the content, and moving to a screen focuses its heading', async () => {
    await must(env.host, 'session.setLanguage', { language: 'sv' });
    const { page, context } = await newPage(env.browser, { locale: 'sv-SE', width: 1280, height: 800 });
    await page.goto(`${env.host.url}#/companies`);
    await screen(page, 'companies');
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement?.textContent')).toBe(sv.shell.skipToContent);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(`document.activeElement?.closest('#main-content') !== null`)).toBe(true);
    expect(await page.evaluate('location.hash')).toBe('#/companies');
    await page.locator('#main-content a[href^="#/companies/"]').first().click();
    await screen(page, 'company');
    await expect.poll(() => focusedTag(page)).toBe('H1');
    const top = (await page.evaluate(`document.activeElement.getBoundingClientRect().top`)) as number;
    expect(top).toBeGreaterThanOrEqual(60);
    // An unknown round is said once, on the screen, not again in a notification.
    const companyId = await page.locator('[data-company-id]').getAttribute('data-company-id');
    await page.goto(`${env.host.url}#/companies/${companyId}/rounds/01a00000-0000-7000-8000-000000000000`);
    await screen(page, 'round');
    await page.getByText(sv.errors.assessment.roundNotFound).waitFor();
    await page.waitForTimeout(500);
    expect(await page.getByText(sv.errors.assessment.roundNotFound).count()).toBe(1);
    expect(await page.locator('.mantine-Notification-root').count()).toBe(0);
    await context.close();
  });
});
