import { useMutation, useQueryClient } from '@tanstack/react-query';
import { followUpSchema, type CaseOutcomeRequest, type FollowUp } from '@tumor-board/shared';
import { apiFetch } from '../../../lib/api/client';
import { inboxKeys } from './inbox-keys';

/** `PUT /api/decisions/:id/outcomes`: the outcome at 30 or 90 days. */
export function recordOutcome(decisionId: string, body: CaseOutcomeRequest): Promise<FollowUp> {
  return apiFetch(`/api/decisions/${encodeURIComponent(decisionId)}/outcomes`, {
    method: 'PUT',
    body,
    schema: followUpSchema,
  });
}

export function useRecordOutcome(decisionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CaseOutcomeRequest) => recordOutcome(decisionId, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: inboxKeys.followUp(decisionId) }),
  });
}
