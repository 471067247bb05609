import { MantineProvider } from '@mantine/core';
import type { ReactNode } from 'react';
import { interludeCssVariables, interludeTheme } from './interlude-theme';

export interface InterludeProviderProps {
  children: ReactNode;
  /** `test` turns off transitions and portals, so tests see modals in place. */
  env?: 'default' | 'test';
}

/** The one place the theme is applied. Light only until a dark palette is checked for contrast. */
export function InterludeProvider({ children, env = 'default' }: InterludeProviderProps) {
  return (
    <MantineProvider
      theme={interludeTheme}
      cssVariablesResolver={interludeCssVariables}
      forceColorScheme="light"
      env={env}
    >
      {children}
    </MantineProvider>
  );
}
