import { useState } from 'react';
import type { KeyboardEvent } from 'react';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LevelCards, LevelPicker } from '../../src-renderer/features/assessments/LevelPicker';
import { renderInApp } from './render';

const LEVELS = [1, 2, 3, 4, 5].map((level) => ({ level, title: `Level ${level}`, text: `Descriptor ${level}` }));

/** A picker inside a page that, like the round screen, moves between steps on Alt+arrows. */
interface PageProps {
  initial: number | null;
  cards?: boolean;
  onChange(level: number): void;
  onStep(direction: number): void;
}

function Page({ initial, cards, onChange, onStep }: PageProps) {
  const [value, setValue] = useState<number | null>(initial);
  const change = (level: number) => {
    onChange(level);
    setValue(level);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey && (e.key === 'ArrowRight' || e.key === 'ArrowLeft')) onStep(e.key === 'ArrowRight' ? 1 : -1);
  };
  return (
    <div onKeyDown={onKeyDown}>
      {cards ? (
        <LevelCards label="How well" value={value} onChange={change} levels={LEVELS} testId="picker" />
      ) : (
        <LevelPicker label="How well" value={value} onChange={change} testId="picker" />
      )}
    </div>
  );
}

function setup(initial: number | null, cards = false) {
  const onChange = vi.fn();
  const onStep = vi.fn();
  renderInApp(<Page initial={initial} cards={cards} onChange={onChange} onStep={onStep} />);
  const value = () => screen.getByTestId('picker').dataset['value'];
  const checked = () =>
    screen
      .getAllByRole('radio')
      .filter((r) => r.getAttribute('aria-checked') === 'true')
      .map((r) => r.textContent);
  return { onChange, onStep, value, checked, user: userEvent.setup() };
}

describe.each([false, true])('level picker keys (cards: %s)', (cards) => {
  it('has one tab stop, on the chosen level (or the first when none is chosen)', async () => {
    const { user } = setup(null, cards);
    await user.tab();
    expect(document.activeElement?.textContent).toContain('1');
    expect(screen.getAllByRole('radio').filter((r) => r.tabIndex === 0)).toHaveLength(1);
  });

  it('keys 1–5 set the level', async () => {
    const { user, onChange, value } = setup(null, cards);
    await user.tab();
    for (const key of ['4', '2', '5', '1', '3']) {
      await user.keyboard(key);
      expect(value()).toBe(key);
    }
    expect(onChange.mock.calls.map(([l]) => l)).toEqual([4, 2, 5, 1, 3]);
  });

  it('arrows move and select, wrapping at the ends, and focus follows', async () => {
    const { user, value } = setup(4, cards);
    await user.tab();
    await user.keyboard('{ArrowRight}');
    expect(value()).toBe('5');
    await user.keyboard('{ArrowDown}');
    expect(value()).toBe('1');
    await user.keyboard('{ArrowLeft}');
    expect(value()).toBe('5');
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(value()).toBe('3');
    expect(document.activeElement?.getAttribute('aria-checked')).toBe('true');
  });

  it('Alt+ArrowRight and Alt+ArrowLeft move between steps and never change the answer', async () => {
    const { user, onChange, onStep, value } = setup(3, cards);
    await user.tab();
    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    await user.keyboard('{Alt>}{ArrowLeft}{/Alt}');
    expect(onChange).not.toHaveBeenCalled();
    expect(value()).toBe('3');
    expect(onStep.mock.calls).toEqual([[1], [-1]]);
  });

  it('a digit or an arrow held with Ctrl or Meta is not an answer either', async () => {
    const { user, onChange, value } = setup(2, cards);
    await user.tab();
    await user.keyboard('{Control>}4{ArrowRight}{/Control}{Meta>}5{ArrowLeft}{/Meta}');
    expect(onChange).not.toHaveBeenCalled();
    expect(value()).toBe('2');
  });

  it('other keys change nothing', async () => {
    const { user, onChange } = setup(2, cards);
    await user.tab();
    await user.keyboard('06a{Home}{End}{Escape}');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('a click picks a level', async () => {
    const { user, checked } = setup(null, cards);
    await user.click(screen.getAllByRole('radio')[3]!);
    expect(checked()).toHaveLength(1);
    expect(checked()[0]).toContain('4');
  });
});

describe('a disabled level picker', () => {
  it('takes no focus and ignores keys and clicks', async () => {
    const onChange = vi.fn();
    renderInApp(<LevelPicker label="How well" value={2} onChange={onChange} disabled />);
    const user = userEvent.setup();
    await user.tab();
    expect(document.activeElement).toBe(document.body);
    await user.click(screen.getAllByRole('radio')[4]!);
    expect(onChange).not.toHaveBeenCalled();
  });
});
