import { useMutation, useQueryClient } from '@tanstack/react-query';
import { decisionSchema, type Decision } from '@tumor-board/shared';
import { apiFetch } from '../../../lib/api/client';
import { decisionKeys } from './decision-keys';

/** `POST /api/cases/:caseId/decisions/:id/amendments` (chair): a new draft that will supersede it. */
export function amendDecision(caseId: string, id: string, reason: string): Promise<Decision> {
  return apiFetch(`/api/cases/${encodeURIComponent(caseId)}/decisions/${encodeURIComponent(id)}/amendments`, {
    method: 'POST',
    body: { reason },
    schema: decisionSchema,
  });
}

export function useAmendDecision(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) => amendDecision(caseId, id, reason),
    onSettled: () => queryClient.invalidateQueries({ queryKey: decisionKeys.decisions(caseId) }),
  });
}
