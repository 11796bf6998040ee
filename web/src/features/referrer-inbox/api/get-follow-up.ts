import { queryOptions, useQuery } from '@tanstack/react-query';
import { followUpSchema, type FollowUp } from '@tumor-board/shared';
import { apiFetch } from '../../../lib/api/client';
import { inboxKeys } from './inbox-keys';

/** `GET /api/decisions/:id/follow-up`: acknowledgement, item outcomes and 30/90-day outcomes. */
export function getFollowUp(decisionId: string, signal?: AbortSignal): Promise<FollowUp> {
  return apiFetch(`/api/decisions/${encodeURIComponent(decisionId)}/follow-up`, { schema: followUpSchema, signal });
}

export const followUpQueryOptions = (decisionId: string) =>
  queryOptions({ queryKey: inboxKeys.followUp(decisionId), queryFn: ({ signal }) => getFollowUp(decisionId, signal) });

export const useFollowUp = (decisionId: string) => useQuery(followUpQueryOptions(decisionId));
