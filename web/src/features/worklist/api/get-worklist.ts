import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { worklistPageSchema, type WorklistPage } from '@tumor-board/shared';
import { apiFetch, type QueryParams } from '../../../lib/api/client';
import { caseKeys } from '../../cases/api/case-keys';
import type { WorklistFilters } from '../components/worklist-filters';

/** The worklist query string: lists are comma-separated (`status=ready,scheduled`), as the API reads them. */
function toQuery(filters: WorklistFilters, cursor: string | undefined): QueryParams {
  const list = (values: readonly string[]) => (values.length > 0 ? values.join(',') : undefined);
  return {
    q: filters.q || undefined,
    status: list(filters.status),
    urgency: list(filters.urgency),
    primary: list(filters.primary),
    presenterId: filters.presenterId,
    referrerId: filters.referrerId,
    from: filters.from,
    to: filters.to,
    sort: filters.sort,
    limit: filters.limit,
    cursor,
  };
}

/** `GET /api/cases`: one keyset page of the worklist; `nextCursor` asks for the next. */
export function getWorklist(filters: WorklistFilters, cursor?: string, signal?: AbortSignal): Promise<WorklistPage> {
  return apiFetch('/api/cases', { query: toQuery(filters, cursor), schema: worklistPageSchema, signal });
}

export const worklistQueryOptions = (filters: WorklistFilters) =>
  infiniteQueryOptions({
    queryKey: caseKeys.worklist(filters),
    queryFn: ({ pageParam, signal }) => getWorklist(filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // While a changed filter loads, the previous rows stay (marked busy) instead of a blank table.
    placeholderData: keepPreviousData,
  });

export const useWorklist = (filters: WorklistFilters) => useInfiniteQuery(worklistQueryOptions(filters));
