import { useState } from 'react';
import { Modal } from '@mantine/core';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clockFrom } from '@shared/clock';
import { ApiError } from '../../src-renderer/api/client';
import { setClock } from '../../src-renderer/lib/clock';
import { DateField } from '../../src-renderer/lib/DateField';
import { formatDate, formatDay, parseDate } from '../../src-renderer/lib/dates';
import { translateError } from '../../src-renderer/lib/errors';
import { AutoDate } from '../../src-renderer/lib/fields';
import { i18n } from '../../src-renderer/lib/i18n';
import { renderInApp } from './render';
import { en, sv } from '@shared/i18n';

/** A date field holding its value as a form would, reporting each value it gives out. */
function Held({ initial = '', onChange, ...props }: { initial?: string; onChange(v: string): void; required?: boolean; past?: boolean }) {
  const [value, setValue] = useState(initial);
  return (
    <DateField
      label="Entry"
      name="entry"
      value={value}
      onChange={(v) => {
        setValue(v);
        onChange(v);
      }}
      {...props}
    />
  );
}

const input = () => screen.getByRole('textbox', { name: /^Entry/ }) as HTMLInputElement;

beforeEach(() => {
  setClock(clockFrom(() => new Date('2026-11-30T10:00:00Z')));
});

afterEach(async () => {
  await i18n().changeLanguage('en');
});

describe('reading and writing dates', () => {
  it('reads ISO, compact ISO, the English and Swedish forms and day-first numbers; a half-typed date is none', () => {
    for (const typed of ['2026-11-30', '20261130', '30 Nov 2026', '30 nov. 2026', '30 november 2026', '30/11/2026', '30.11.2026']) {
      expect(parseDate(typed), typed).toBe('2026-11-30');
    }
    expect(parseDate('3 Sept 2026')).toBe('2026-09-03');
    expect(parseDate('1 maj 2026')).toBe('2026-05-01');
    for (const typed of ['2026-11-3', '2026-11', '30 Nov 202', '31 Nov 2026', '2026-02-29', '30 No 2026', 'i morgon', '']) {
      expect(parseDate(typed), typed).toBeNull();
    }
  });

  it('writes one format per language, a moment as its Swedish day', () => {
    expect(formatDate('2026-11-30', 'sv')).toBe('2026-11-30');
    expect(formatDate('2026-11-30', 'en')).toBe('30 Nov 2026');
    expect(formatDate('not a date', 'en')).toBe('not a date');
    // 23:30 UTC on 30 November is 1 December in Stockholm.
    expect(formatDay('2026-11-30T23:30:00.000Z', 'sv')).toBe('2026-12-01');
  });

  it('writes a date in an error message the same way', () => {
    const error = new ApiError({ code: 'assessment.dateBeforePrevious', params: { previousDate: '2026-11-01' } });
    expect(translateError(error)).toContain('(1 Nov 2026)');
    const completed = { completedAt: '2026-11-30T23:30:00.000Z', completedBy: 'Karin' };
    expect(translateError(new ApiError({ code: 'assessment.roundCompleted', params: completed }))).toContain('on 1 Dec 2026 by Karin');
  });
});

describe('the date field', () => {
  it('in English: takes a typed ISO date at once, shows it as 30 Nov 2026 when left, and a typed English date too', async () => {
    const changed = vi.fn();
    renderInApp(<Held onChange={changed} />);
    const user = userEvent.setup();
    await user.type(input(), '2026-11-3');
    expect(changed).not.toHaveBeenCalled();
    await user.type(input(), '0');
    expect(changed).toHaveBeenLastCalledWith('2026-11-30');
    await user.tab();
    expect(input().value).toBe('30 Nov 2026');
    await user.clear(input());
    expect(changed).toHaveBeenLastCalledWith('');
    await user.type(input(), '1 Dec 2026');
    expect(changed).toHaveBeenLastCalledWith('2026-12-01');
  });

  it('in Swedish: shows 2026-11-30 and reads "30 november 2026"', async () => {
    await i18n().changeLanguage('sv');
    const changed = vi.fn();
    renderInApp(<Held initial="2026-11-01" onChange={changed} />);
    expect(input().value).toBe('2026-11-01');
    expect(input().placeholder).toBe(sv.common.dateField.placeholder);
    const user = userEvent.setup();
    await user.clear(input());
    await user.type(input(), '30 november 2026');
    await user.tab();
    expect(changed).toHaveBeenLastCalledWith('2026-11-30');
    expect(input().value).toBe('2026-11-30');
  });

  it('gives text that is no date out as typed when left, for the rule to name, and shows an error as other fields do', async () => {
    const changed = vi.fn();
    const { rerender } = renderInApp(<DateField label="Entry" value="" onChange={changed} />);
    const user = userEvent.setup();
    await user.type(input(), '2026-13-40');
    await user.tab();
    expect(changed).toHaveBeenLastCalledWith('2026-13-40');
    expect(input().value).toBe('2026-13-40');
    rerender(<DateField label="Entry" value="2026-13-40" onChange={changed} error={en.errors.field.date} />);
    expect(input().getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(en.errors.field.date)).toBeTruthy();
  });

  it('is cleared with its button when optional (none saved as null), and has no clear button when required', async () => {
    const committed = vi.fn();
    renderInApp(<AutoDate name="entry" label="Entry" value="2026-11-02" onCommit={committed} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: en.common.clear }));
    expect(committed).toHaveBeenCalledWith(null);
    expect(input().value).toBe('');
  });

  it('has no clear button when required', () => {
    renderInApp(<Held initial="2026-11-02" onChange={() => undefined} required />);
    expect(screen.queryByRole('button', { name: en.common.clear })).toBeNull();
  });

  it('opens a Swedish calendar from the keyboard, moves with the arrows and picks with Enter; no day after today', async () => {
    await i18n().changeLanguage('sv');
    setClock(clockFrom(() => new Date('2026-11-25T10:00:00Z')));
    const changed = vi.fn();
    renderInApp(<Held initial="2026-11-20" onChange={changed} past required />);
    const user = userEvent.setup();
    await user.click(input());
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: sv.common.dateField.openCalendar }));
    await user.keyboard('{Enter}');
    const calendar = await screen.findByRole('dialog', { name: 'Entry' });
    expect(within(calendar).getByText('november 2026')).toBeTruthy();
    // Weeks start on Monday.
    expect(within(calendar).getAllByRole('columnheader')[0]!.textContent).toBe('må');
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('20 november 2026'));
    expect(within(calendar).getByRole('button', { name: '26 november 2026' }).hasAttribute('disabled')).toBe(true);
    await user.keyboard('{ArrowRight}{ArrowUp}{Enter}');
    expect(changed).toHaveBeenLastCalledWith('2026-11-14');
    expect(input().value).toBe('2026-11-14');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('closes the calendar with Escape, and not the dialog the field is in', async () => {
    const closed = vi.fn();
    renderInApp(
      <Modal opened onClose={closed} title="Contact">
        <Held initial="2026-11-20" onChange={() => undefined} required />
      </Modal>,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: en.common.dateField.openCalendar }));
    await screen.findByRole('dialog', { name: 'Entry' });
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('20 November 2026'));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Entry' })).toBeNull());
    expect(closed).not.toHaveBeenCalled();
    expect(document.activeElement?.getAttribute('aria-label')).toBe(en.common.dateField.openCalendar);
  });

  it('shows an English calendar in English', async () => {
    renderInApp(<Held initial="2026-11-20" onChange={() => undefined} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: en.common.dateField.openCalendar }));
    const calendar = await screen.findByRole('dialog', { name: 'Entry' });
    expect(within(calendar).getByText('November 2026')).toBeTruthy();
    expect(within(calendar).getAllByRole('columnheader')[0]!.textContent).toBe('Mo');
    expect(within(calendar).getByRole('button', { name: en.common.dateField.nextMonth })).toBeTruthy();
  });
});
