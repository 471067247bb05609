import { type RenderOptions, type RenderResult, render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { InterludeProvider } from '../theme/InterludeProvider';

const Wrapper = ({ children }: { children: ReactNode }) => (
  <InterludeProvider env="test">{children}</InterludeProvider>
);

export const renderWithTheme = (ui: ReactElement, options?: Omit<RenderOptions, 'wrapper'>): RenderResult =>
  render(ui, { wrapper: Wrapper, ...options });
