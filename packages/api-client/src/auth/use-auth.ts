import type {
  AcceptInvitationRequest,
  ChangePasswordRequest,
  ForgotPasswordRequest,
  LoginRequest,
  Me,
  MfaVerifyRequest,
  ResetPasswordRequest,
  SignupRequest,
} from '@interlude/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../ApiClientProvider';
import type { ApiClient } from '../api-client';
import { isApiError } from '../http/api-error';
import { publicKeys, sessionKeys } from '../query-keys';
import { meOf, replaceSession } from './session-cache';

/**
 * The signed-in person, or `null` when nobody is. A 401 while a person was signed in (or one that says
 * the session expired) is thrown, so the app's session-ended handling sees it.
 */
export const meQueryOptions = (client: ApiClient) =>
  queryOptions({
    queryKey: sessionKeys.me(),
    queryFn: async ({ signal, client: queryClient }): Promise<Me | null> => {
      try {
        return await client.getMe(signal);
      } catch (error) {
        const wasSignedIn = queryClient.getQueryData<Me | null>(sessionKeys.me()) != null;
        const signedOut = isApiError(error) && error.status === 401 && error.code !== 'session_expired';
        if (signedOut && !wasSignedIn) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });

export function useMe() {
  return useQuery(meQueryOptions(useApiClient()));
}

export function useSignIn() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginRequest) => client.signIn(body),
    onSuccess: (session) => replaceSession(queryClient, meOf(session)),
  });
}

export function useSignUp() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SignupRequest) => client.signUp(body),
    onSuccess: (session) => replaceSession(queryClient, meOf(session)),
  });
}

/** Signs out; the cache is emptied even when the server could not be told (the cookie may be gone already). */
export function useSignOut() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => client.signOut(),
    // A 401 here means the session had already ended: signing out is done either way.
    meta: { handlesSessionEnd: true },
    onSettled: () => replaceSession(queryClient, null),
  });
}

export function useChangePassword() {
  const client = useApiClient();
  return useMutation({ mutationFn: (body: ChangePasswordRequest) => client.changePassword(body) });
}

export function useStartMfaEnrolment() {
  const client = useApiClient();
  return useMutation({ mutationFn: () => client.startMfaEnrolment() });
}

/** Turns MFA on; `me` is refreshed, so `mfaEnabled` and `mfaEnrollmentRequired` follow. */
export function useVerifyMfaEnrolment() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MfaVerifyRequest) => client.verifyMfaEnrolment(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKeys.me() }),
  });
}

export function useRequestPasswordReset() {
  const client = useApiClient();
  return useMutation({ mutationFn: (body: ForgotPasswordRequest) => client.requestPasswordReset(body) });
}

export function useResetPassword() {
  const client = useApiClient();
  return useMutation({ mutationFn: (body: ResetPasswordRequest) => client.resetPassword(body) });
}

export const invitationPreviewQueryOptions = (client: ApiClient, token: string) =>
  queryOptions({
    queryKey: publicKeys.invitationPreview(token),
    queryFn: ({ signal }) => client.getInvitationPreview(token, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });

export function useInvitationPreview(token: string) {
  return useQuery(invitationPreviewQueryOptions(useApiClient(), token));
}

export function useAcceptInvitation(token: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AcceptInvitationRequest) => client.acceptInvitation(token, body),
    onSuccess: (session) => replaceSession(queryClient, meOf(session)),
  });
}
