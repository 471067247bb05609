import type { Me, SessionResponse } from '@interlude/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { ApiClientProvider } from '../ApiClientProvider';
import type { ApiClient } from '../api-client';
import { ApiError } from '../http/api-error';
import { sessionKeys, staffKeys, systemKeys } from '../query-keys';
import { createFakeApiClient } from '../testing/fake-api-client';
import { useMe, useSignIn, useSignOut } from './use-auth';

const clinicId = '0192f1a4-7c1e-7d2b-9a55-0c3f4f1e2d10';
const me: Me = {
  user: {
    id: '0192f1a4-7c1e-7d2b-9a55-0c3f4f1e2d12',
    email: 'ana@example.org',
    name: 'Ana',
    mfaEnabled: false,
  },
  memberships: [
    {
      id: '0192f1a4-7c1e-7d2b-9a55-0c3f4f1e2d11',
      clinicId,
      clinicName: 'Riverside Counseling',
      roles: ['admin'],
      status: 'active',
    },
  ],
  mfaEnrollmentRequired: false,
};

const unauthorized = (code: string) =>
  new ApiError('problem', { type: 'about:blank', title: 'Unauthorized', status: 401, code });

function setup(methods: Partial<ApiClient>) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <ApiClientProvider client={createFakeApiClient(methods)}>{children}</ApiClientProvider>
    </QueryClientProvider>
  );
  return { queryClient, wrapper };
}

describe('useMe', () => {
  it('is null when nobody is signed in', async () => {
    const { wrapper } = setup({ getMe: () => Promise.reject(unauthorized('unauthenticated')) });

    const { result } = renderHook(() => useMe(), { wrapper });

    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toBeNull();
  });

  it('fails when the session expired, so the app can say so', async () => {
    const { wrapper } = setup({ getMe: () => Promise.reject(unauthorized('session_expired')) });

    const { result } = renderHook(() => useMe(), { wrapper });

    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toMatchObject({ status: 401, code: 'session_expired' });
  });

  it('fails on a 401 when someone was signed in', async () => {
    const { queryClient, wrapper } = setup({ getMe: () => Promise.reject(unauthorized('unauthenticated')) });
    queryClient.setQueryData(sessionKeys.me(), me);

    const { result } = renderHook(() => useMe(), { wrapper });
    // Read before the refetch: useQuery re-renders only for the result fields a test has looked at.
    expect(result.current.error).toBeNull();
    await act(() => result.current.refetch());

    await waitFor(() => expect(result.current.error).toMatchObject({ status: 401 }));
  });
});

describe('useSignIn', () => {
  it('keeps the person without the token and drops what the previous person could see', async () => {
    const session: SessionResponse = { ...me, token: 'bearer-for-api-clients' };
    const signIn = jest.fn().mockResolvedValue(session);
    const { queryClient, wrapper } = setup({ signIn });
    queryClient.setQueryData(staffKeys.list(clinicId, {}), { pages: [], pageParams: [] });
    queryClient.setQueryData(systemKeys.readiness(), { status: 'ready' });

    const { result } = renderHook(() => useSignIn(), { wrapper });
    await act(() =>
      result.current.mutateAsync({ email: 'ana@example.org', password: 'correct horse battery' }),
    );

    expect(signIn).toHaveBeenCalledWith({ email: 'ana@example.org', password: 'correct horse battery' });
    expect(queryClient.getQueryData(sessionKeys.me())).toEqual(me);
    expect(queryClient.getQueryData(staffKeys.list(clinicId, {}))).toBeUndefined();
    expect(queryClient.getQueryData(systemKeys.readiness())).toEqual({ status: 'ready' });
  });
});

describe('useSignOut', () => {
  it('forgets the person and their clinic data even when the server could not be told', async () => {
    const { queryClient, wrapper } = setup({
      signOut: () => Promise.reject(unauthorized('session_expired')),
    });
    queryClient.setQueryData(sessionKeys.me(), me);
    queryClient.setQueryData(staffKeys.list(clinicId, {}), { pages: [], pageParams: [] });

    const { result } = renderHook(() => useSignOut(), { wrapper });
    await act(() => result.current.mutateAsync().catch(() => undefined));

    expect(queryClient.getQueryData(sessionKeys.me())).toBeNull();
    expect(queryClient.getQueryData(staffKeys.list(clinicId, {}))).toBeUndefined();
  });
});
