import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AutoDecimal, AutoNumber, AutoText } from '../../src-renderer/lib/fields';
import { renderInApp } from './render';

/**
 * Typed at once after focusing (a paste, a fast typist, a test driver): Mantine's NumberInput calls the focus
 * handler in a timer, after the keystroke, and the decimal field's focus handler once reset the draft to the stored
 * value, so leaving the field saved nothing (an advisor's hourly rate was lost that way).
 */
describe('autosaving fields save what was typed last when they are left', () => {
  const cases = [
    [
      'AutoDecimal',
      (onCommit: (v: unknown) => void) => <AutoDecimal name="rate" label="Rate" value={null} onCommit={onCommit} />,
      '1000',
      1000,
    ],
    [
      'AutoNumber',
      (onCommit: (v: unknown) => void) => <AutoNumber name="count" label="Count" value={null} onCommit={onCommit} />,
      '12',
      12,
    ],
    [
      'AutoText',
      (onCommit: (v: unknown) => void) => <AutoText name="name" label="Name" value={null} onCommit={onCommit} />,
      'Anna',
      'Anna',
    ],
  ] as const;

  for (const [name, render, typed, saved] of cases) {
    it(`${name}: typed before the focus handler ran, then left`, async () => {
      const onCommit = vi.fn();
      renderInApp(render(onCommit));
      const input = screen.getByRole('textbox');
      fireEvent.focus(input);
      fireEvent.change(input, { target: { value: typed } });
      // Let the number input's deferred focus handler run, as it does between a paste and the Tab key.
      await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
      fireEvent.blur(input);
      expect(onCommit).toHaveBeenLastCalledWith(saved);
      // Until the saved value comes back, the field keeps showing what was typed (no blank moment).
      expect((input as HTMLInputElement).value).toBe(typed);
    });
  }
});
