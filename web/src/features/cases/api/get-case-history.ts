import { queryOptions, useQuery } from '@tanstack/react-query';
import { caseHistorySchema, type CaseHistory } from '@tumor-board/shared';
import { apiFetch } from '../../../lib/api/client';
import { caseKeys, casePath } from './case-keys';

/** `GET /api/cases/:caseId/history`: every status change, oldest first. */
export function getCaseHistory(caseId: string, signal?: AbortSignal): Promise<CaseHistory> {
  return apiFetch(casePath(caseId, '/history'), { schema: caseHistorySchema, signal });
}

export const caseHistoryQueryOptions = (caseId: string) =>
  queryOptions({
    queryKey: caseKeys.history(caseId),
    queryFn: ({ signal }) => getCaseHistory(caseId, signal),
  });

export const useCaseHistory = (caseId: string) => useQuery(caseHistoryQueryOptions(caseId));
