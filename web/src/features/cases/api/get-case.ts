import { queryOptions, useQuery } from '@tanstack/react-query';
import { caseDetailSchema, type CaseDetail } from '@tumor-board/shared';
import { apiFetch } from '../../../lib/api/client';
import { caseKeys, casePath } from './case-keys';

/** `GET /api/cases/:caseId`: the case with its patient, people, readiness and allowed moves. */
export function getCase(caseId: string, signal?: AbortSignal): Promise<CaseDetail> {
  return apiFetch(casePath(caseId), { schema: caseDetailSchema, signal });
}

export const caseQueryOptions = (caseId: string) =>
  queryOptions({
    queryKey: caseKeys.detail(caseId),
    queryFn: ({ signal }) => getCase(caseId, signal),
  });

export const useCase = (caseId: string) => useQuery(caseQueryOptions(caseId));
