import 'dayjs/locale/sv';
import 'dayjs/locale/en-gb';
import { useMemo } from 'react';
import type { ReactNode } from 'react';
import { DatesProvider } from '@mantine/dates';
import type { DatesProviderSettings } from '@mantine/dates';
import { useTranslation } from 'react-i18next';

/**
 * The calendars (lib/DateField.tsx) in the app's language: dayjs's month and weekday names, weeks from Monday as in
 * Sweden and Britain. Set once, at the root; its own file, so that the start screen does not load the calendar.
 */
export function AppDatesProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const sv = i18n.language === 'sv';
  const settings = useMemo<DatesProviderSettings>(() => ({ locale: sv ? 'sv' : 'en-gb', firstDayOfWeek: 1, weekendDays: [0, 6] }), [sv]);
  return <DatesProvider settings={settings}>{children}</DatesProvider>;
}
