import { DEFAULT_THEME, createTheme } from '@mantine/core';
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

/**
 * Mantine's light colours made readable: a filled button or badge uses shade 8 under white text, a light one shade 9
 * on shade 1, and for these six both were below WCAG AA's 4.5:1 (orange 3.6, yellow 2.5, green 3.5). Shades 8 and 9
 * darkened just enough (4.7:1 or more); the lighter shades that charts and tints use stay Mantine's.
 */
const DARKER: Record<string, readonly [string, string]> = {
  cyan: ['#0b7e91', '#0b7285'],
  teal: ['#08835e', '#087756'],
  green: ['#278338', '#267937'],
  lime: ['#4e800b', '#4b780b'],
  yellow: ['#a86200', '#a65600'],
  orange: ['#c54c0a', '#b83d0d'],
};

const readable = Object.fromEntries(
  Object.entries(DARKER).map(([name, [eight, nine]]) => {
    const shades = DEFAULT_THEME.colors[name]!;
    return [name, [...shades.slice(0, 8), eight, nine] as unknown as MantineColorsTuple];
  }),
);

const base = {
  primaryColor: 'forest',
  primaryShade: { light: 8, dark: 6 },
  colors: { ...readable, forest },
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
