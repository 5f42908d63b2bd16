import { useId, useRef } from 'react';
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
 * The ARIA radio-group pattern: one tab stop, arrows move and select, keys 1–5 select directly; the props of the group
 * and of each level's radio. A key held with Alt, Ctrl or Meta is a shortcut of the page (Alt+arrows move between
 * steps), never an answer.
 */
function useRadioGroup({ value, onChange, label, disabled, testId }: PickerProps) {
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
  const group = {
    role: 'radiogroup',
    'aria-label': label,
    'aria-disabled': disabled || undefined,
    onKeyDown,
    'data-testid': testId,
    'data-value': value ?? '',
  };
  const radio = (level: number) => ({
    ref: (el: HTMLButtonElement | null) => {
      refs.current[level - 1] = el;
    },
    role: 'radio',
    'aria-checked': value === level,
    tabIndex: disabled ? -1 : tabStop(level),
    disabled,
    onClick: () => pick(level),
    'data-checked': value === level || undefined,
  });
  return { group, radio };
}

interface CompactPickerProps extends PickerProps {
  size?: 'sm' | 'xl';
  /** What each level means (index 0 is level 1): read by screen readers as the description of each level's button. */
  descriptions?: readonly string[] | null;
  /** The level under the pointer or keyboard focus, null when neither is on the picker (for a hint that follows them). */
  onActive?(level: number | null): void;
}

/** A compact 1–5 picker for tables; `xl` gives the large controls of the self-assessment. */
export function LevelPicker({ size = 'sm', descriptions, onActive, ...props }: CompactPickerProps) {
  const { group, radio } = useRadioGroup(props);
  const idBase = useId();
  const describedBy = (level: number) => (descriptions?.[level - 1] ? `${idBase}-${level}` : undefined);
  return (
    <>
      <Group
        {...group}
        gap={size === 'xl' ? 'sm' : 4}
        wrap="nowrap"
        onMouseLeave={() => onActive?.(null)}
        onBlur={(e) => !e.currentTarget.contains(e.relatedTarget as Node | null) && onActive?.(null)}
      >
        {LEVELS.map((level) => (
          <UnstyledButton
            key={level}
            {...radio(level)}
            className={classes.pill}
            data-size={size}
            aria-describedby={describedBy(level)}
            onFocus={() => onActive?.(level)}
            onMouseEnter={() => onActive?.(level)}
          >
            {level}
          </UnstyledButton>
        ))}
      </Group>
      {/* Hidden, outside the radio group (which owns only its radios): a description is read from hidden text too. */}
      {descriptions &&
        LEVELS.map((level) => (
          <span key={level} id={describedBy(level)} hidden>
            {descriptions[level - 1]}
          </span>
        ))}
    </>
  );
}

/** The five levels of a question as large cards, each with its label and descriptor. */
export function LevelCards({ levels, ...props }: PickerProps & { levels: Array<{ level: number; title: ReactNode; text: string }> }) {
  const { group, radio } = useRadioGroup(props);
  return (
    <SimpleGrid {...group} cols={{ base: 1, sm: 5 }} spacing="xs">
      {levels.map((l) => (
        <UnstyledButton key={l.level} {...radio(l.level)} className={classes.card}>
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
