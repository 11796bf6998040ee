import { queryOptions, useQuery } from '@tanstack/react-query';
import { healthSchema, type Health } from '@tumor-board/shared';
import { apiFetch } from '../../../lib/api/client';
import { HEALTH_REFRESH_MS, healthKeys } from './health-keys';

/** `GET /api/health`: liveness, answered by the process without touching the database. */
export function getHealth(signal?: AbortSignal): Promise<Health> {
  return apiFetch('/api/health', { schema: healthSchema, signal });
}

export const healthQueryOptions = () =>
  queryOptions({
    queryKey: healthKeys.liveness(),
    queryFn: ({ signal }) => getHealth(signal),
    refetchInterval: HEALTH_REFRESH_MS,
  });

export const useHealth = () => useQuery(healthQueryOptions());
