import { useMutation, useQueryClient } from '@tanstack/react-query';
import { userSchema, type UpdateUser, type User } from '@tumor-board/shared';
import { apiFetch, isApiError } from '../../../lib/api/client';
import { adminKeys } from './admin-keys';

export interface UpdateUserVariables {
  id: string;
  /** `version` is the one read with the user; the other fields only where they changed. */
  changes: UpdateUser;
}

/**
 * `PATCH /api/admin/users/:id`. Answers 409 with the user as it is now (`current`) when someone
 * changed it since `version` was read. Changing roles or deactivating ends the user's sessions.
 */
export function updateUser({ id, changes }: UpdateUserVariables): Promise<User> {
  return apiFetch(`/api/admin/users/${encodeURIComponent(id)}`, { method: 'PATCH', body: changes, schema: userSchema });
}

/** The current user from a 409 answer to `updateUser`, or null for any other error. */
export function currentUserFromConflict(error: unknown): User | null {
  if (!isApiError(error) || error.status !== 409) return null;
  const parsed = userSchema.safeParse(error.extensions.current);
  return parsed.success ? parsed.data : null;
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: adminKeys.users() }),
      queryClient.invalidateQueries({ queryKey: adminKeys.audit() }),
    ]);
  return useMutation({
    mutationFn: updateUser,
    onSuccess: refresh,
    // A 409 means the list is out of date too.
    onError: (error) => (currentUserFromConflict(error) ? refresh() : undefined),
  });
}
