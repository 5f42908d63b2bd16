import { describe, expect, it } from 'vitest';
import { createI18n } from '@shared/i18n';

/** Counts shown to the advisor take i18next's plural forms in both languages ("1 dagar försenad" was wrong). */
describe('plurals where counts are shown', () => {
  const cases = [
    ['reports.overview.overdueBy', 1, '1 dag försenad', '1 day overdue'],
    ['reports.overview.overdueBy', 8, '8 dagar försenad', '8 days overdue'],
    ['reports.overview.dueIn', 1, 'om 1 dag', 'in 1 day'],
    ['reports.overview.dueIn', 18, 'om 18 dagar', 'in 18 days'],
    ['plans.providers.used', 1, 'Används av 1 aktivitet', 'Used by 1 activity'],
    ['summary.next.followUpOverdue', 1, 'Uppföljningen är 1 dag försenad.', 'The follow-up is 1 day overdue.'],
    ['summary.next.followUpDue', 2, 'Uppföljningen infaller om 2 dagar.', 'The follow-up is due in 2 days.'],
  ] as const;

  it.each(cases)('%s with %i', (key, count, svText, enText) => {
    expect(createI18n('sv').t(key, { count })).toBe(svText);
    expect(createI18n('en').t(key, { count })).toBe(enText);
  });
});
