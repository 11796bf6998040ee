import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { paths } from '../../../app/paths';
import { apiFetch, isApiError } from '../../../lib/api/client';
import { clearTabStorage } from '../../../lib/tab-storage';
import { setSignedOut } from './get-session';

/** `POST /api/auth/logout` (204): ends the session on the server and clears both cookies. */
export function logout(): Promise<void> {
  return apiFetch('/api/auth/logout', { method: 'POST' });
}

/**
 * Signs out and goes to the sign-in page, which drops every cached query of the user, and clears the
 * drafts kept in the tab (they may hold PHI). A 401 means the session had already ended, which is as
 * good as signed out. A session that merely expires keeps the drafts, so signing back in resumes them.
 */
export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const signedOut = () => {
    clearTabStorage();
    setSignedOut(queryClient, 'signed-out');
    void navigate(paths.login, { replace: true });
  };
  return useMutation({
    mutationFn: logout,
    meta: { expectsUnauthorized: true },
    onSuccess: signedOut,
    onError: (error) => {
      if (isApiError(error) && error.status === 401) signedOut();
    },
  });
}
