import { queryOptions, useQuery } from '@tanstack/react-query';
import { decisionListSchema, type Decision } from '@tumor-board/shared';
import { apiFetch } from '../../../lib/api/client';
import { decisionKeys } from './decision-keys';

/** `GET /api/cases/:caseId/decisions`: the draft and every signed version, newest first. */
export function getDecisions(caseId: string, signal?: AbortSignal): Promise<Decision[]> {
  return apiFetch(`/api/cases/${encodeURIComponent(caseId)}/decisions`, { schema: decisionListSchema, signal }).then(
    (list) => list.items,
  );
}

export const decisionsQueryOptions = (caseId: string) =>
  queryOptions({ queryKey: decisionKeys.decisions(caseId), queryFn: ({ signal }) => getDecisions(caseId, signal) });

export const useDecisions = (caseId: string) => useQuery(decisionsQueryOptions(caseId));
