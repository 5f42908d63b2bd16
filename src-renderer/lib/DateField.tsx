import { useEffect, useRef, useState } from 'react';
import type { CSSProperties, ReactNode } from 'react';
import { ActionIcon, CloseButton, Group, Popover, TextInput } from '@mantine/core';
import { DatePicker } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { clock } from './clock';
import { formatDate, isIsoDate, parseDate } from './dates';
import classes from './DateField.module.css';

export interface DateFieldProps {
  label: ReactNode;
  description?: ReactNode;
  /** Already translated. */
  error?: string | null;
  disabled?: boolean;
  required?: boolean;
  name?: string;
  /** A YYYY-MM-DD calendar date; empty or null for none. */
  value?: string | null;
  /**
   * A YYYY-MM-DD date as soon as the text is a whole date; '' when emptied; on leaving the field, text that is no
   * date as it was typed, so that the contract's rule names it ("not a valid date") at the field as for any field.
   */
  onChange(value: string): void;
  /** A form's own focus and blur (touched, validate on blur), called after the field's. */
  onFocus?(): void;
  onBlur?(): void;
  /** A date that has happened: the calendar offers no day after today (the rule itself is the domain's). */
  past?: boolean;
  /** The first and last day the calendar offers (YYYY-MM-DD), where the domain has them. */
  min?: string | null;
  max?: string | null;
  /** A clear button; by default when the field is optional. */
  clearable?: boolean;
  style?: CSSProperties;
  'data-testid'?: string;
  'data-autofocus'?: boolean;
}

const clamp = (day: string, min?: string, max?: string) => (min && day < min ? min : max && day > max ? max : day);

/**
 * The one date field: typed (YYYY-MM-DD always, and the app language's own format), shown in the language's format,
 * with a calendar in the app's language behind its button (Enter or Space opens it, the arrows move between days,
 * Enter picks, Escape closes). The value in and out is the ISO calendar date; "today" is the injected clock's.
 */
export function DateField({ value, onChange, onFocus, onBlur, past, min, max, clearable, ...props }: DateFieldProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const stored = value ?? '';
  const [text, setText] = useState(() => formatDate(stored, language));
  const editing = useRef(false);
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    if (!editing.current) setText(formatDate(stored, language));
  }, [stored, language]);

  const first = min || undefined;
  const last = max || (past ? clock.today() : undefined);
  const selected = isIsoDate(stored) ? stored : null;
  const focusDay = selected ?? clamp(clock.today(), first, last);
  const emit = (next: string) => {
    if (next !== stored) onChange(next);
  };
  const typed = (raw: string) => {
    setText(raw);
    const iso = raw.trim() === '' ? '' : parseDate(raw);
    if (iso !== null) emit(iso);
  };
  // On leaving the field or pressing Enter (which may submit the form): a date is shown in the language's format;
  // other text goes out as typed, for the rule to name.
  const settle = () => {
    const iso = parseDate(text);
    if (iso) setText(formatDate(iso, language));
    else if (text.trim() !== '') emit(text.trim());
  };
  const picked = (iso: string) => {
    setOpened(false);
    setText(formatDate(iso, language));
    emit(iso);
  };
  const clear = () => {
    setText('');
    emit('');
  };

  const showClear = (clearable ?? !props.required) && stored !== '' && !props.disabled;
  const calendar = (
    <CalendarButton
      label={typeof props.label === 'string' ? props.label : t('common.dateField.openCalendar')}
      opened={opened}
      setOpened={setOpened}
      disabled={props.disabled}
      selected={selected}
      focusDay={focusDay}
      first={first}
      last={last}
      onPick={picked}
    />
  );
  return (
    <TextInput
      {...props}
      error={props.error || undefined}
      value={text}
      placeholder={t('common.dateField.placeholder')}
      autoComplete="off"
      onFocus={() => {
        editing.current = true;
        onFocus?.();
      }}
      onBlur={() => {
        editing.current = false;
        settle();
        onBlur?.();
      }}
      onChange={(e) => typed(e.currentTarget.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') settle();
        // As a combobox opens its list: Alt+Down opens the calendar.
        if (e.altKey && e.key === 'ArrowDown') setOpened(true);
      }}
      rightSectionPointerEvents="all"
      rightSectionWidth={showClear ? 60 : 34}
      rightSection={
        <Group gap={2} wrap="nowrap">
          {showClear && <CloseButton size="sm" aria-label={t('common.clear')} onClick={clear} />}
          {calendar}
        </Group>
      }
    />
  );
}

interface CalendarButtonProps {
  /** Names the calendar: the field's label. */
  label: string;
  opened: boolean;
  setOpened(opened: boolean | ((o: boolean) => boolean)): void;
  disabled?: boolean;
  selected: string | null;
  /** The day that has focus when the calendar opens: the field's date, else today (within first…last). */
  focusDay: string;
  first?: string;
  last?: string;
  onPick(iso: string): void;
}

/** The field's calendar: a button that opens a dialog with the month in the app's language, worked by keyboard too. */
function CalendarButton({ label, opened, setOpened, disabled, selected, focusDay, first, last, onPick }: CalendarButtonProps) {
  const { t } = useTranslation();
  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      trapFocus
      returnFocus
      position="bottom-end"
      shadow="md"
      disabled={disabled}
      // The roles are set here: the calendar is named by its field, not by the button that opens it.
      withRoles={false}
    >
      <Popover.Target>
        <ActionIcon
          variant="subtle"
          aria-label={t('common.dateField.openCalendar')}
          aria-haspopup="dialog"
          aria-expanded={opened}
          disabled={disabled}
          onClick={() => setOpened((o) => !o)}
        >
          <IconCalendar size={18} aria-hidden />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown role="dialog" aria-label={label} data-testid="date-calendar">
        <DatePicker
          value={selected}
          onChange={(iso) => iso && onPick(iso)}
          defaultDate={focusDay}
          minDate={first}
          maxDate={last}
          highlightToday
          // Other months' days would be dimmed below 4.5:1; the month shows alone.
          hideOutsideDates
          // Escape in the calendar closes the calendar, not the dialog around the field (Mantine's Modal checks this mark).
          __stopPropagation
          classNames={{ day: classes.day }}
          getDayProps={(day) => ({ 'data-autofocus': day === focusDay || undefined, 'aria-pressed': day === selected })}
          ariaLabels={{
            previousMonth: t('common.dateField.previousMonth'),
            nextMonth: t('common.dateField.nextMonth'),
            previousYear: t('common.dateField.previousYear'),
            nextYear: t('common.dateField.nextYear'),
            previousDecade: t('common.dateField.previousDecade'),
            nextDecade: t('common.dateField.nextDecade'),
          }}
        />
      </Popover.Dropdown>
    </Popover>
  );
}
