import { useMutation, useQueryClient } from '@tanstack/react-query';
import { followUpSchema, type FollowUp } from '@tumor-board/shared';
import { apiFetch } from '../../../lib/api/client';
import { inboxKeys } from './inbox-keys';

/** `POST /api/decisions/:id/acknowledge`: the referring oncologist has read the decision. */
export function acknowledgeDecision(decisionId: string): Promise<FollowUp> {
  return apiFetch(`/api/decisions/${encodeURIComponent(decisionId)}/acknowledge`, {
    method: 'POST',
    schema: followUpSchema,
  });
}

export function useAcknowledgeDecision() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (decisionId: string) => acknowledgeDecision(decisionId),
    // Acknowledging also marks the inbox entry read.
    onSettled: () => queryClient.invalidateQueries({ queryKey: inboxKeys.all }),
  });
}
