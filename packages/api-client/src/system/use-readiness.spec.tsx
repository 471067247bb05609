import type { Readiness } from '@interlude/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { ApiClientProvider, useApiClient } from '../ApiClientProvider';
import { systemKeys } from '../query-keys';
import { createFakeApiClient } from '../testing/fake-api-client';
import { READINESS_REFETCH_INTERVAL_MS, useReadiness } from './use-readiness';

const readiness: Readiness = {
  status: 'ready',
  version: '0.1.0',
  mode: 'standard',
  checks: { database: 'up', queue: 'up' },
};

function setup() {
  const getReadiness = jest.fn<Promise<Readiness>, [AbortSignal?]>().mockResolvedValue(readiness);
  const client = createFakeApiClient({ getReadiness });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <ApiClientProvider client={client}>{children}</ApiClientProvider>
    </QueryClientProvider>
  );
  return { getReadiness, queryClient, wrapper };
}

afterEach(() => {
  jest.useRealTimers();
});

describe('useReadiness', () => {
  it('loads the readiness through the provided client under the system key', async () => {
    const { getReadiness, queryClient, wrapper } = setup();

    const { result } = renderHook(() => useReadiness(), { wrapper });

    await waitFor(() => expect(result.current.data).toEqual(readiness));
    expect(getReadiness).toHaveBeenCalledTimes(1);
    expect(queryClient.getQueryData(systemKeys.readiness())).toEqual(readiness);
  });

  it('asks again every 15 seconds', async () => {
    jest.useFakeTimers();
    const { getReadiness, wrapper } = setup();

    const { result } = renderHook(() => useReadiness(), { wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(getReadiness).toHaveBeenCalledTimes(1);

    await act(async () => {
      await jest.advanceTimersByTimeAsync(READINESS_REFETCH_INTERVAL_MS);
    });
    expect(getReadiness).toHaveBeenCalledTimes(2);
  });
});

describe('useApiClient', () => {
  it('fails loudly without a provider', () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => renderHook(() => useApiClient())).toThrow(/ApiClientProvider/);
  });
});
