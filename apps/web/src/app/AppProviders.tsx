import { type ApiClient, ApiClientProvider } from '@interlude/api-client';
import { InterludeProvider } from '@interlude/ui';
import { Notifications } from '@mantine/notifications';
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';

export interface AppProvidersProps {
  queryClient: QueryClient;
  apiClient: ApiClient;
  env?: 'default' | 'test';
  children: ReactNode;
}

export function AppProviders({ queryClient, apiClient, env, children }: AppProvidersProps) {
  return (
    <InterludeProvider env={env}>
      <Notifications position="bottom-right" limit={3} />
      <QueryClientProvider client={queryClient}>
        <ApiClientProvider client={apiClient}>{children}</ApiClientProvider>
      </QueryClientProvider>
    </InterludeProvider>
  );
}
