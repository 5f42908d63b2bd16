import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { Checkbox, NumberInput, Select, TextInput, Textarea } from '@mantine/core';
import type { ComboboxData } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { thousandSeparator } from './numberFormat';
import { DateField } from './DateField';
import type { DateFieldProps } from './DateField';

const TEXT_DEBOUNCE_MS = 600;

interface BaseProps {
  label: ReactNode;
  description?: ReactNode;
  placeholder?: string;
  /** Already translated. */
  error?: string | null;
  disabled?: boolean;
  required?: boolean;
  name: string;
}

/**
 * Keeps what the user types while they type, and follows the stored value otherwise
 * (after a save, or when another field's save changed the record).
 */
function useDraft<T>(value: T) {
  const [draft, setShown] = useState(value);
  // What was last typed, for the save when the field is left, whatever render the blur handler comes from.
  const latest = useRef(value);
  const editingRef = useRef(false);
  useEffect(() => {
    if (editingRef.current) return;
    latest.current = value;
    setShown(value);
  }, [value]);
  // Typing is editing, whenever the focus handler runs: Mantine's NumberInput (react-number-format) calls onFocus in a
  // timer, after keystrokes typed at once (a paste, a fast typist, a test driver) — once that reset the typed value.
  const setDraft = (next: T) => {
    editingRef.current = true;
    latest.current = next;
    setShown(next);
  };
  return { draft, setDraft, latest, editingRef };
}

/** Empty text means "not given". */
export const emptyToNull = (v: string): string | null => (v.trim() === '' ? null : v);

export function AutoText({
  value,
  onCommit,
  type = 'text',
  multiline = false,
  ...props
}: BaseProps & {
  value: string | null;
  onCommit(value: string): void;
  type?: 'text' | 'email' | 'tel';
  multiline?: boolean;
}) {
  const { draft, setDraft, latest, editingRef } = useDraft(value ?? '');
  const commit = useDebouncedCallback((next: string) => onCommit(next), TEXT_DEBOUNCE_MS);
  const common = {
    ...props,
    value: draft,
    error: props.error || undefined,
    onFocus: () => {
      editingRef.current = true;
    },
    onBlur: () => {
      editingRef.current = false;
      commit.cancel();
      onCommit(latest.current);
    },
  };
  if (multiline) {
    return (
      <Textarea
        {...common}
        autosize
        minRows={2}
        maxRows={6}
        onChange={(e) => {
          setDraft(e.currentTarget.value);
          commit(e.currentTarget.value);
        }}
      />
    );
  }
  return (
    <TextInput
      {...common}
      type={type}
      autoComplete="off"
      onChange={(e) => {
        setDraft(e.currentTarget.value);
        commit(e.currentTarget.value);
      }}
    />
  );
}

/**
 * A calendar date (lib/DateField.tsx); an empty field means "not given" (null). Saved as soon as a whole date is
 * typed or picked, and text that is no date when the field is left (the contract's rule then names it).
 */
export function AutoDate({
  onCommit,
  placeholder: _placeholder,
  ...props
}: BaseProps & Omit<DateFieldProps, 'onChange'> & { onCommit(value: string | null): void }) {
  return <DateField {...props} onChange={(v) => onCommit(emptyToNull(v))} />;
}

/** Whole numbers; an empty field means "not given" (null). `grouped`: thousands grouped as the UI language writes them (2 500). */
export function AutoNumber({
  value,
  onCommit,
  min,
  max,
  grouped,
  ...props
}: BaseProps & { value: number | null; onCommit(value: number | null): void; min?: number; max?: number; grouped?: boolean }) {
  const { i18n } = useTranslation();
  const { draft, setDraft, latest, editingRef } = useDraft(value === null ? '' : String(value));
  const toValue = (raw: string): number | null => (raw.trim() === '' ? null : Number(raw));
  const commit = useDebouncedCallback((next: string) => onCommit(toValue(next)), TEXT_DEBOUNCE_MS);
  return (
    <NumberInput
      {...props}
      error={props.error || undefined}
      value={draft}
      min={min}
      max={max}
      allowDecimal={false}
      allowNegative={false}
      thousandSeparator={grouped ? thousandSeparator(i18n.language) : undefined}
      hideControls
      clampBehavior="none"
      onFocus={() => {
        editingRef.current = true;
      }}
      onBlur={() => {
        editingRef.current = false;
        commit.cancel();
        onCommit(toValue(latest.current));
      }}
      onChange={(next) => {
        const raw = String(next);
        setDraft(raw);
        commit(raw);
      }}
    />
  );
}

/** Hours and kronor may have decimals; typed with the UI language's decimal separator. Saved when the field is left. */
export function AutoDecimal({
  value,
  onCommit,
  onDraft,
  ...props
}: BaseProps & { value: number | null; onCommit(value: number | null): void; onDraft?(value: number | null): void }) {
  const { i18n } = useTranslation();
  // The typed value stays in the field after it is left, until the saved value comes back (no blank moment between);
  // focusing never resets it (see useDraft).
  const { draft, setDraft, latest, editingRef } = useDraft<string | number>(value ?? '');
  return (
    <NumberInput
      {...props}
      value={draft}
      error={props.error || undefined}
      decimalSeparator={i18n.language === 'sv' ? ',' : '.'}
      allowNegative
      hideControls
      clampBehavior="none"
      onFocus={() => {
        editingRef.current = true;
      }}
      onChange={(next) => {
        setDraft(next);
        // What is typed, before it is saved (a check that warns as the advisor types).
        onDraft?.(next === '' ? null : Number(next));
      }}
      onBlur={() => {
        editingRef.current = false;
        onCommit(latest.current === '' ? null : Number(latest.current));
      }}
    />
  );
}

export function AutoSelect<V extends string>({
  value,
  onCommit,
  data,
  clearable = false,
  ...props
}: BaseProps & { value: V | null; onCommit(value: V | null): void; data: ComboboxData; clearable?: boolean }) {
  return (
    <Select
      {...props}
      error={props.error || undefined}
      value={value}
      data={data}
      clearable={clearable}
      allowDeselect={clearable}
      checkIconPosition="right"
      comboboxProps={{ withinPortal: true }}
      onChange={(next) => onCommit(next as V | null)}
    />
  );
}

export function AutoCheckbox({
  checked,
  onCommit,
  ...props
}: Omit<BaseProps, 'placeholder'> & { checked: boolean; onCommit(checked: boolean): void }) {
  return <Checkbox {...props} error={props.error || undefined} checked={checked} onChange={(e) => onCommit(e.currentTarget.checked)} />;
}
