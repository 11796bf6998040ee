import { useMutation } from '@tanstack/react-query';
import type { SetPasswordRequest } from '@tumor-board/shared';
import { apiFetch } from '../../../lib/api/client';

/** `POST /api/auth/password` (204): sets a password from an invitation or reset link; ends the user's sessions. */
export function setPassword(body: SetPasswordRequest): Promise<void> {
  return apiFetch('/api/auth/password', { method: 'POST', body });
}

// Public and cache-free: the page may be opened signed out, or by an admin testing a link.
export const useSetPassword = () => useMutation({ mutationFn: setPassword });
