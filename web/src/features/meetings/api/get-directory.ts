import { queryOptions, useQuery } from '@tanstack/react-query';
import { directorySchema, type Directory } from '@tumor-board/shared';
import { apiFetch } from '../../../lib/api/client';

/** `GET /api/users/directory`: active board staff by name and discipline, for the people pickers. */
export function getDirectory(signal?: AbortSignal): Promise<Directory> {
  return apiFetch('/api/users/directory', { schema: directorySchema, signal });
}

export const directoryQueryOptions = () =>
  queryOptions({
    queryKey: ['users', 'directory'] as const,
    queryFn: ({ signal }) => getDirectory(signal),
    // People join and leave the board rarely; a meeting page need not refetch them on every focus.
    staleTime: 5 * 60_000,
  });

export const useDirectory = (enabled = true) => useQuery({ ...directoryQueryOptions(), enabled });
