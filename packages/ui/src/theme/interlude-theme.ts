import { type CSSVariablesResolver, createTheme, type MantineColorsTuple, Modal } from '@mantine/core';

/**
 * A muted blue-green, quiet rather than cheerful. Shade 7 is the primary shade: white text on it
 * and it as text on white both reach 5.3:1, above the 4.5:1 WCAG AA minimum.
 */
const harbor: MantineColorsTuple = [
  '#eef5f5',
  '#dcebeb',
  '#b9d7d8',
  '#93c2c3',
  '#73afb1',
  '#5a9fa1',
  '#4a8f91',
  '#3a7577',
  '#2f6264',
  '#224d4f',
];

export const interludeTheme = createTheme({
  colors: { harbor },
  primaryColor: 'harbor',
  primaryShade: 7,
  autoContrast: true,
  respectReducedMotion: true,
  focusRing: 'auto',
  cursorType: 'pointer',
  defaultRadius: 'md',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '600' },
  spacing: { xs: '0.625rem', sm: '0.875rem', md: '1.25rem', lg: '1.75rem', xl: '2.5rem' },
  components: {
    // Mantine's close button is an icon alone: give it a name screen readers can say.
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } }),
  },
});

/**
 * Mantine's default dimmed grey (gray.6) is only 3.3:1 on white; gray.7 is 8.2:1. Its error red (red.6,
 * used for field errors) is 3.6:1; red.9 is 5.5:1.
 */
export const interludeCssVariables: CSSVariablesResolver = (theme) => ({
  variables: {},
  light: { '--mantine-color-dimmed': theme.colors.gray[7], '--mantine-color-error': theme.colors.red[9] },
  dark: {},
});
