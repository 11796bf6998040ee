import { queryOptions, useQuery } from '@tanstack/react-query';
import { userListSchema, type UserList } from '@tumor-board/shared';
import { apiFetch } from '../../../lib/api/client';
import { adminKeys } from './admin-keys';

/** `GET /api/admin/users`: every account, sorted by name (admin only). */
export function getUsers(signal?: AbortSignal): Promise<UserList> {
  return apiFetch('/api/admin/users', { schema: userListSchema, signal });
}

export const usersQueryOptions = () =>
  queryOptions({
    queryKey: adminKeys.userList(),
    queryFn: ({ signal }) => getUsers(signal),
  });

export const useUsers = () => useQuery(usersQueryOptions());
