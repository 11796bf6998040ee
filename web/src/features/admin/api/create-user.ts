import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createdUserSchema, type CreatedUser, type CreateUser } from '@tumor-board/shared';
import { apiFetch } from '../../../lib/api/client';
import { adminKeys } from './admin-keys';

/**
 * `POST /api/admin/users` (201). Without a password the answer carries a one-time invitation link,
 * which the server keeps only as a hash: show it once. 409 (with `body.email`) when the email is taken.
 */
export function createUser(body: CreateUser): Promise<CreatedUser> {
  return apiFetch('/api/admin/users', { method: 'POST', body, schema: createdUserSchema });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: adminKeys.users() }),
        queryClient.invalidateQueries({ queryKey: adminKeys.audit() }),
      ]),
  });
}
