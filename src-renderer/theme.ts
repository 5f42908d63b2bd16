import { createTheme } from '@mantine/core';
import type { CSSVariablesResolver, MantineColorsTuple, MantineThemeOverride } from '@mantine/core';

/** A green that keeps WCAG AA contrast with white text from shade 6 up. */
const forest: MantineColorsTuple = [
  '#eef8f0',
  '#d8eedd',
  '#b3ddbc',
  '#8ccb99',
  '#66b878',
  '#48a65e',
  '#2f7a40',
  '#2b7139',
  '#276b37',
  '#1f5c2e',
];

const base = {
  primaryColor: 'forest',
  primaryShade: { light: 8, dark: 6 },
  colors: { forest },
  defaultRadius: 'md',
  cursorType: 'pointer',
  headings: { fontWeight: '650' },
} satisfies MantineThemeOverride;

/**
 * The theme in the current language: Mantine's icon-only buttons (a dialog's close button, a field's clear
 * button, a passphrase's show/hide button) have no text of their own, so their accessible names come from here.
 */
export function themeFor(labels: { close: string; clear: string; showHide: string }): MantineThemeOverride {
  const close = { 'aria-label': labels.close, title: labels.close };
  const clear = { 'aria-label': labels.clear, title: labels.clear };
  return createTheme({
    ...base,
    components: {
      Modal: { defaultProps: { centered: true, closeButtonProps: close } },
      Drawer: { defaultProps: { closeButtonProps: close } },
      Select: { defaultProps: { clearButtonProps: clear } },
      MultiSelect: { defaultProps: { clearButtonProps: clear } },
      // Mantine names the show/hide button in English whatever the language; its pressed state says which it is.
      PasswordInput: { defaultProps: { visibilityToggleButtonProps: { 'aria-label': labels.showHide, title: labels.showHide } } },
      // Mantine's grey description (gray 6, 3.3:1 on white) is below AA: an error's message is read in the dimmed text colour.
      Notification: { defaultProps: { closeButtonProps: close }, styles: { description: { color: 'var(--mantine-color-dimmed)' } } },
    },
  });
}

/** Mantine's dimmed and placeholder greys are below 4.5:1 on white; darken them for AA. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#5c636a',
    '--mantine-color-placeholder': '#6c757d',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-disabled-color': '#6c757d',
  },
  dark: {},
});
