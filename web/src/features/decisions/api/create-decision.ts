import { useMutation, useQueryClient } from '@tanstack/react-query';
import { decisionSchema, type Decision, type DecisionCreate } from '@tumor-board/shared';
import { apiFetch } from '../../../lib/api/client';
import { decisionKeys } from './decision-keys';

/** `POST /api/cases/:caseId/decisions`: opens the case's draft decision (409 if one exists). */
export function createDecision(caseId: string, body: Partial<DecisionCreate>): Promise<Decision> {
  return apiFetch(`/api/cases/${encodeURIComponent(caseId)}/decisions`, {
    method: 'POST',
    body,
    schema: decisionSchema,
  });
}

export function useCreateDecision(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<DecisionCreate>) => createDecision(caseId, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: decisionKeys.decisions(caseId) }),
  });
}
