import { createTheme } from '@mantine/core';
import type { CSSVariablesResolver, MantineColorsTuple } from '@mantine/core';

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

export const theme = createTheme({
  primaryColor: 'forest',
  primaryShade: { light: 8, dark: 6 },
  colors: { forest },
  defaultRadius: 'md',
  cursorType: 'pointer',
  headings: { fontWeight: '650' },
  components: {
    Modal: { defaultProps: { centered: true } },
  },
});

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
