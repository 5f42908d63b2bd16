import { useRef } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { Group, Paper, SimpleGrid, Stack, Text, UnstyledButton } from '@mantine/core';
import classes from './levels.module.css';
import { LEVELS } from './types';

/** Alt, Ctrl or Meta held: the key belongs to a shortcut, not to the level picker. Shift is not a modifier here. */
export function withModifier(e: KeyboardEvent): boolean {
  return e.altKey || e.ctrlKey || e.metaKey;
}

interface PickerProps {
  value: number | null;
  onChange(level: number): void;
  /** The accessible name of the group (already translated). */
  label: string;
  disabled?: boolean;
  testId?: string;
}

/**
 * The ARIA radio-group pattern: one tab stop, arrows move and select, keys 1–5 select directly.
 * Returns the key handler so that a surrounding card can offer keys 1–5 too.
 * A key held with Alt, Ctrl or Meta is a shortcut of the page (Alt+arrows move between steps), never an answer.
 */
function useRadioKeys(value: number | null, onChange: (level: number) => void, disabled: boolean | undefined) {
  const refs = useRef<Array<HTMLElement | null>>([]);
  const pick = (level: number) => {
    if (disabled) return;
    onChange(level);
    refs.current[level - 1]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (withModifier(e)) return;
    const current = value ?? 0;
    if (/^[1-5]$/.test(e.key)) pick(Number(e.key));
    else if (e.key === 'ArrowRight' || e.key === 'ArrowDown') pick(current >= 5 ? 1 : current + 1);
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') pick(current <= 1 ? 5 : current - 1);
    else return;
    e.preventDefault();
  };
  const tabStop = (level: number) => ((value ?? 1) === level ? 0 : -1);
  return { refs, pick, onKeyDown, tabStop };
}

/** A compact 1–5 picker for tables; `xl` gives the large controls of the self-assessment. */
export function LevelPicker({ value, onChange, label, disabled, testId, size = 'sm' }: PickerProps & { size?: 'sm' | 'xl' }) {
  const { refs, pick, onKeyDown, tabStop } = useRadioKeys(value, onChange, disabled);
  return (
    <Group
      gap={size === 'xl' ? 'sm' : 4}
      wrap="nowrap"
      role="radiogroup"
      aria-label={label}
      aria-disabled={disabled || undefined}
      onKeyDown={onKeyDown}
      data-testid={testId}
      data-value={value ?? ''}
    >
      {LEVELS.map((level) => (
        <UnstyledButton
          key={level}
          ref={(el) => {
            refs.current[level - 1] = el;
          }}
          role="radio"
          aria-checked={value === level}
          tabIndex={disabled ? -1 : tabStop(level)}
          disabled={disabled}
          onClick={() => pick(level)}
          className={classes.pill}
          data-size={size}
          data-checked={value === level || undefined}
        >
          {level}
        </UnstyledButton>
      ))}
    </Group>
  );
}

/** The five levels of a question as large cards, each with its label and descriptor. */
export function LevelCards({
  value,
  onChange,
  label,
  disabled,
  testId,
  levels,
}: PickerProps & { levels: Array<{ level: number; title: ReactNode; text: string }> }) {
  const { refs, pick, onKeyDown, tabStop } = useRadioKeys(value, onChange, disabled);
  return (
    <SimpleGrid
      cols={{ base: 1, sm: 5 }}
      spacing="xs"
      role="radiogroup"
      aria-label={label}
      aria-disabled={disabled || undefined}
      onKeyDown={onKeyDown}
      data-testid={testId}
      data-value={value ?? ''}
    >
      {levels.map((l) => (
        <UnstyledButton
          key={l.level}
          ref={(el) => {
            refs.current[l.level - 1] = el;
          }}
          role="radio"
          aria-checked={value === l.level}
          tabIndex={disabled ? -1 : tabStop(l.level)}
          disabled={disabled}
          onClick={() => pick(l.level)}
          className={classes.card}
          data-checked={value === l.level || undefined}
        >
          <Paper p="sm" radius="md" h="100%" bg="transparent">
            <Stack gap={4}>
              {/* The label goes under the number when the card is narrow, instead of breaking a word in two. */}
              <Group gap={6} wrap="wrap">
                <Text fw={800} size="lg" className={classes.number}>
                  {l.level}
                </Text>
                <Text fw={600} size="sm">
                  {l.title}
                </Text>
              </Group>
              <Text size="sm">{l.text}</Text>
            </Stack>
          </Paper>
        </UnstyledButton>
      ))}
    </SimpleGrid>
  );
}
