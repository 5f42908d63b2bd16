import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { en, sv } from '@shared/i18n';
import type { PlanTotals } from '@shared/api/plans';
import { i18n } from '../../src-renderer/lib/i18n';
import { participantHours, Totals } from '../../src-renderer/features/plans/Totals';
import { TypeTotals } from '../../src-renderer/print/planParts';
import { printFormat } from '../../src-renderer/print/format';
import type { Activity } from '@shared/api/plans';
import { renderInApp } from './render';

/** Two activities of 36 hours: 72 activity hours; 328 participant-hours over the people taking part. */
const TOTALS: PlanTotals = {
  totalHours: 72,
  totalActualHours: 10,
  totalCostSek: 25_000,
  hoursByPerson: [
    { personId: 'p1', name: 'Anna', hours: 72, actualHours: 10 },
    { personId: 'p2', name: 'Bo', hours: 72, actualHours: 0 },
  ],
  hoursByGender: { woman: 144, man: 112, non_binary: 0, not_stated: 72 },
  byStatus: {
    planned: { count: 1, hours: 36, costSek: 10_000 },
    booked: { count: 0, hours: 0, costSek: 0 },
    ongoing: { count: 1, hours: 36, costSek: 15_000 },
    done: { count: 0, hours: 0, costSek: 0 },
    cancelled: { count: 0, hours: 0, costSek: 0 },
  },
};

/** The figure a test id shows, read back as a number (either language's grouping). */
const figure = (testId: string) => Number((screen.getByTestId(testId).textContent ?? '').replace(/[\s\u00a0\u202f,]/g, ''));

afterEach(() => void i18n().changeLanguage('en'));

describe('plan hours named apart', () => {
  for (const [lang, res] of [
    ['en', en],
    ['sv', sv],
  ] as const) {
    it(`names activity hours and participant-hours apart, with what each means (${lang})`, async () => {
      await i18n().changeLanguage(lang);
      renderInApp(<Totals totals={TOTALS} />);
      const labels = screen.getByTestId('totals');
      expect(within(labels).getAllByText(res.plans.totals.activityHours).length).toBeGreaterThan(0);
      within(labels).getByText(res.plans.totals.participantHours);
      within(labels).getByText(res.plans.totals.participantHoursByGender);
      within(labels).getByText(res.plans.totals.participantHoursByPerson);
      expect(screen.getByTestId('hours-help').textContent).toContain(res.plans.totals.hoursHelp);
      // The old, shared label is gone: no figure is called plain "hours in total".
      expect(labels.textContent).not.toMatch(/Timmar totalt|Hours in total/);
      expect(figure('total-hours')).toBe(72);
      expect(figure('total-participant-hours')).toBe(328);
    });
  }

  it('the split by gender adds up to the participant-hours shown', () => {
    renderInApp(<Totals totals={TOTALS} />);
    const cells = within(screen.getByTestId('hours-by-gender')).getAllByRole('cell');
    const sum = cells.reduce((s, c) => s + Number((c.textContent ?? '').replace(/[\s,]/g, '')), 0);
    expect(sum).toBe(figure('total-participant-hours'));
    expect(participantHours(TOTALS)).toBe(328);
  });

  it('the printed plan has both columns: activity hours and participant-hours', () => {
    const base = { level: 'individual', status: 'planned', typeId: null, costSek: 100, programmeShareSek: 0 } as const;
    const activities = [
      { ...base, id: 'a1', hours: 36, personIds: ['p1', 'p2', 'p3'] },
      { ...base, id: 'a2', hours: 36, personIds: ['p1'] },
    ] as unknown as Activity[];
    renderInApp(<TypeTotals activities={activities} types={[]} everyone={3} language="en" fmt={printFormat('en')} />);
    const table = screen.getByTestId('plan-totals');
    const head = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(head).toContain(en.businessCheck.plan.activityHours);
    expect(head).toContain(en.businessCheck.plan.participantHours);
    const total = within(table).getAllByRole('row').at(-1)!;
    const cells = within(total)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells.slice(0, 3)).toEqual(['2', '72', '144']);
    screen.getByText(en.businessCheck.plan.hoursNote);
  });
});
