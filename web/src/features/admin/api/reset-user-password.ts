import { useMutation, useQueryClient } from '@tanstack/react-query';
import { credentialLinkSchema, type CredentialLink } from '@tumor-board/shared';
import { apiFetch } from '../../../lib/api/client';
import { adminKeys } from './admin-keys';

/**
 * `POST /api/admin/users/:id/password-reset` (201): a one-time reset link (valid 24 h) to pass on to
 * the user, shown once. The user's sessions end at once.
 */
export function resetUserPassword(id: string): Promise<CredentialLink> {
  return apiFetch(`/api/admin/users/${encodeURIComponent(id)}/password-reset`, {
    method: 'POST',
    schema: credentialLinkSchema,
  });
}

export function useResetUserPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetUserPassword,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: adminKeys.users() }),
        queryClient.invalidateQueries({ queryKey: adminKeys.audit() }),
      ]),
  });
}
