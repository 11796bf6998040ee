import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { paths } from '../../../app/paths';
import { apiFetch, isApiError } from '../../../lib/api/client';
import { setSignedOut } from './get-session';

/** `POST /api/auth/logout` (204): ends the session on the server and clears both cookies. */
export function logout(): Promise<void> {
  return apiFetch('/api/auth/logout', { method: 'POST' });
}

/**
 * Signs out and goes to the sign-in page, which drops every cached query of the user. A 401 means
 * the session had already ended, which is as good as signed out.
 */
export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const signedOut = () => {
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
