import { queryOptions, useQuery } from '@tanstack/react-query';
import { liveRoomSchema, type LiveRoom } from '@tumor-board/shared';
import { apiFetch } from '../../../lib/api/client';
import { liveKeys, livePath } from './live-keys';

/** `GET /api/meetings/:id/live`: the meeting and every case on its agenda, in one answer. */
export function getLiveRoom(meetingId: string, signal?: AbortSignal): Promise<LiveRoom> {
  return apiFetch(livePath(meetingId), { schema: liveRoomSchema, signal });
}

/**
 * Refetched when the socket announces a change. Decisions and recommendations are not announced by
 * the server, so while the meeting runs the room also refreshes every 15 s.
 */
export const liveRoomQueryOptions = (meetingId: string) =>
  queryOptions({
    queryKey: liveKeys.room(meetingId),
    queryFn: ({ signal }) => getLiveRoom(meetingId, signal),
    staleTime: 5_000,
    refetchInterval: (query) => (query.state.data?.meeting.status === 'in_progress' ? 15_000 : false),
  });

export const useLiveRoom = (meetingId: string) => useQuery(liveRoomQueryOptions(meetingId));
