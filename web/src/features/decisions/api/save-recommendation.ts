import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  recommendationSchema,
  type Recommendation,
  type RecommendationCreate,
  type RecommendationUpdate,
} from '@tumor-board/shared';
import { apiFetch } from '../../../lib/api/client';
import { decisionKeys } from './decision-keys';

export type SaveRecommendation = { id: null; body: RecommendationCreate } | { id: string; body: RecommendationUpdate };

/**
 * `POST /api/cases/:caseId/recommendations` (first save of a discipline's opinion) or
 * `PATCH …/:id` with the version read (edit, propose, withdraw; 409 when someone saved first).
 */
export function saveRecommendation(caseId: string, input: SaveRecommendation): Promise<Recommendation> {
  const base = `/api/cases/${encodeURIComponent(caseId)}/recommendations`;
  if (input.id === null) return apiFetch(base, { method: 'POST', body: input.body, schema: recommendationSchema });
  return apiFetch(`${base}/${encodeURIComponent(input.id)}`, {
    method: 'PATCH',
    body: input.body,
    schema: recommendationSchema,
  });
}

export function useSaveRecommendation(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SaveRecommendation) => saveRecommendation(caseId, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: decisionKeys.recommendations(caseId) }),
  });
}
