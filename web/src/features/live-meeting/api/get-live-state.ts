import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { liveStateSchema, type LiveState } from '@tumor-board/shared';
import { apiFetch } from '../../../lib/api/client';
import { liveKeys, livePath } from './live-keys';

/** `GET /api/meetings/:id/live/state`: current case, timer, presenter and outcomes. */
export function getLiveState(meetingId: string, signal?: AbortSignal): Promise<LiveState> {
  return apiFetch(`${livePath(meetingId)}/state`, { schema: liveStateSchema, signal });
}

/** Fetched once; after that the socket (and command answers) keep it current. */
export const liveStateQueryOptions = (meetingId: string) =>
  queryOptions({
    queryKey: liveKeys.state(meetingId),
    queryFn: ({ signal }) => getLiveState(meetingId, signal),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });

export const useLiveState = (meetingId: string) => useQuery(liveStateQueryOptions(meetingId));

/** Keeps a pushed or answered state unless a newer one (higher `sequence`) is already held. */
export function applyLiveState(queryClient: QueryClient, state: LiveState): boolean {
  const key = liveKeys.state(state.meetingId);
  const held = queryClient.getQueryData<LiveState>(key);
  if (held && held.sequence >= state.sequence) return false;
  queryClient.setQueryData(key, state);
  return true;
}
