import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../src-renderer/lib/i18n';
import { AutoNumber } from '../../src-renderer/lib/fields';
import { formatGoalValue, goalFiguresText, thousandSeparator } from '../../src-renderer/lib/numberFormat';
import { PrintGoals } from '../../src-renderer/print/PrintGoals';
import { printFormat } from '../../src-renderer/print/format';
import { renderInApp } from './render';

/** The one format of a goal's value: Intl's grouping in each language (a no-break space in Swedish). */
const EXPECTED = { sv: '2\u00a0500', en: '2,500' } as const;

afterEach(() => void i18n().changeLanguage('en'));

describe('goal values: one number format per language, on screen and on paper', () => {
  it('formats as Intl groups thousands, and the input groups with the same separator', () => {
    for (const lang of ['sv', 'en'] as const) {
      expect(formatGoalValue(lang, 2500)).toBe(EXPECTED[lang]);
      expect(formatGoalValue(lang, 2500)).toBe(new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB').format(2500));
      expect(printFormat(lang).goal(2500)).toBe(EXPECTED[lang]);
      expect(formatGoalValue(lang, 2500).charAt(1)).toBe(thousandSeparator(lang));
    }
  });

  it('a goal line reads the same on screen and in the PDF: "2 500 → 3 000 till 2028"', async () => {
    await i18n().changeLanguage('sv');
    const t = i18n().t;
    const line = goalFiguresText(t, (n) => formatGoalValue('sv', n), { currentValue: 2500, targetValue: 3000, targetYear: 2028 });
    expect(line).toBe(' — 2\u00a0500 → 3\u00a0000 till 2028');
    expect(goalFiguresText(t, (n) => formatGoalValue('sv', n), { currentValue: null, targetValue: 12000, targetYear: null })).toBe(
      ' — ? → 12\u00a0000',
    );
    renderInApp(
      <PrintGoals
        goals={[{ kind: 'turnover', label: 'Omsättning', currentValue: 2500, targetValue: 3000, targetYear: 2028 }]}
        fmt={printFormat('sv')}
      />,
    );
    expect(screen.getByRole('listitem').textContent).toContain(line.trim());
  });

  for (const lang of ['sv', 'en'] as const) {
    it(`the goal input shows the stored number grouped, and what is typed stays a number (${lang})`, async () => {
      await i18n().changeLanguage(lang);
      const onCommit = vi.fn();
      renderInApp(<AutoNumber name="goal" label="Target" value={2500} onCommit={onCommit} grouped />);
      const input = screen.getByLabelText('Target');
      expect((input as HTMLInputElement).value).toBe(EXPECTED[lang]);
      await userEvent.clear(input);
      await userEvent.type(input, '1234567');
      expect((input as HTMLInputElement).value).toBe(formatGoalValue(lang, 1234567));
      await userEvent.tab();
      expect(onCommit).toHaveBeenLastCalledWith(1234567);
    });
  }

  it('a year is never grouped', () => {
    renderInApp(<AutoNumber name="year" label="Year" value={2028} onCommit={() => undefined} />);
    expect((screen.getByLabelText('Year') as HTMLInputElement).value).toBe('2028');
  });
});
