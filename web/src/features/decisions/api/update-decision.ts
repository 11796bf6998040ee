import { useMutation, useQueryClient } from '@tanstack/react-query';
import { decisionSchema, type Decision, type DecisionUpdate } from '@tumor-board/shared';
import { apiFetch, isApiError } from '../../../lib/api/client';
import { decisionKeys } from './decision-keys';

/** `PATCH /api/cases/:caseId/decisions/:id` with the version read; 409 carries the current draft. */
export function updateDecision(caseId: string, id: string, body: DecisionUpdate): Promise<Decision> {
  return apiFetch(`/api/cases/${encodeURIComponent(caseId)}/decisions/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body,
    schema: decisionSchema,
  });
}

/** The other person's draft from a 409, or null when the error is something else. */
export function conflictingDecision(error: unknown): Decision | null {
  if (!isApiError(error) || error.status !== 409) return null;
  const parsed = decisionSchema.safeParse(error.extensions.current);
  return parsed.success ? parsed.data : null;
}

export function useUpdateDecision(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: DecisionUpdate }) => updateDecision(caseId, id, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: decisionKeys.decisions(caseId) }),
  });
}
