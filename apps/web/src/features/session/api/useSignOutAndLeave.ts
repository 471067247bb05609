import { endSession, useSignOut } from '@interlude/api-client';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { signInPath } from '../session-paths';

/** Signs out, forgets the person's data, and opens the sign-in screen, which confirms it. */
export function useSignOutAndLeave() {
  const signOut = useSignOut();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return {
    signOut: () =>
      signOut.mutate(undefined, {
        onSettled: () => {
          endSession(queryClient, 'signed-out');
          void navigate(signInPath('signed-out'), { replace: true });
        },
      }),
    isPending: signOut.isPending,
  };
}
