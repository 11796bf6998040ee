import { queryOptions, useQuery } from '@tanstack/react-query';
import { readinessSchema, type Readiness } from '@tumor-board/shared';
import { apiFetch } from '../../../lib/api/client';
import { HEALTH_REFRESH_MS, healthKeys } from './health-keys';

/**
 * `GET /api/health/ready`: database reachable and migrations applied. The server answers 503 with
 * the same document when it is not ready, so 503 is data here, not an error.
 */
export function getReadiness(signal?: AbortSignal): Promise<Readiness> {
  return apiFetch('/api/health/ready', { schema: readinessSchema, acceptStatuses: [503], signal });
}

export const readinessQueryOptions = () =>
  queryOptions({
    queryKey: healthKeys.readiness(),
    queryFn: ({ signal }) => getReadiness(signal),
    refetchInterval: HEALTH_REFRESH_MS,
  });

export const useReadiness = () => useQuery(readinessQueryOptions());
