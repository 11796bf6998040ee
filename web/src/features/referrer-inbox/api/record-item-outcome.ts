import { useMutation, useQueryClient } from '@tanstack/react-query';
import { followUpSchema, type FollowUp, type ItemOutcomeRequest } from '@tumor-board/shared';
import { apiFetch } from '../../../lib/api/client';
import { inboxKeys } from './inbox-keys';

/** `PUT /api/decisions/:id/items/:itemId/outcome`: done, modified or not done (with why) and when. */
export function recordItemOutcome(decisionId: string, itemId: string, body: ItemOutcomeRequest): Promise<FollowUp> {
  return apiFetch(`/api/decisions/${encodeURIComponent(decisionId)}/items/${encodeURIComponent(itemId)}/outcome`, {
    method: 'PUT',
    body,
    schema: followUpSchema,
  });
}

export function useRecordItemOutcome(decisionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ itemId, body }: { itemId: string; body: ItemOutcomeRequest }) =>
      recordItemOutcome(decisionId, itemId, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: inboxKeys.followUp(decisionId) }),
  });
}
