import { useMutation } from '@tanstack/react-query';
import type { SetupRequest } from '@tumor-board/shared';
import { apiFetch } from '../../../lib/api/client';

/** `POST /api/auth/setup` (204): the first administrator, with the one-time token printed at first start. */
export function setupFirstAdmin(body: SetupRequest): Promise<void> {
  return apiFetch('/api/auth/setup', { method: 'POST', body });
}

// Creates no cached resource: nobody is signed in yet, so there is nothing to invalidate.
export const useSetupFirstAdmin = () => useMutation({ mutationFn: setupFirstAdmin });
