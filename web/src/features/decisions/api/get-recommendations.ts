import { queryOptions, useQuery } from '@tanstack/react-query';
import { recommendationListSchema, type Recommendation } from '@tumor-board/shared';
import { apiFetch } from '../../../lib/api/client';
import { decisionKeys } from './decision-keys';

/** `GET /api/cases/:caseId/recommendations`: every discipline's opinion on the case. */
export function getRecommendations(caseId: string, signal?: AbortSignal): Promise<Recommendation[]> {
  return apiFetch(`/api/cases/${encodeURIComponent(caseId)}/recommendations`, {
    schema: recommendationListSchema,
    signal,
  }).then((list) => list.items);
}

export const recommendationsQueryOptions = (caseId: string) =>
  queryOptions({
    queryKey: decisionKeys.recommendations(caseId),
    queryFn: ({ signal }) => getRecommendations(caseId, signal),
  });

export const useRecommendations = (caseId: string) => useQuery(recommendationsQueryOptions(caseId));
