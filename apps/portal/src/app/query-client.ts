import { shouldRetry } from '@interlude/api-client';
import { QueryClient } from '@tanstack/react-query';

export const createQueryClient = () =>
  new QueryClient({ defaultOptions: { queries: { retry: shouldRetry } } });
