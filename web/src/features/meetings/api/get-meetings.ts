import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { meetingListSchema, type MeetingList } from '@tumor-board/shared';
import { apiFetch } from '../../../lib/api/client';
import { meetingKeys } from './meeting-keys';

/** `GET /api/meetings?from&to`: the meetings starting in the range (ISO instants), for the calendar. */
export function getMeetings(from: string, to: string, signal?: AbortSignal): Promise<MeetingList> {
  return apiFetch('/api/meetings', { query: { from, to }, schema: meetingListSchema, signal });
}

export const meetingsQueryOptions = (from: string, to: string) =>
  queryOptions({
    queryKey: meetingKeys.list(from, to),
    queryFn: ({ signal }) => getMeetings(from, to, signal),
    placeholderData: keepPreviousData,
  });

export const useMeetings = (from: string, to: string) => useQuery(meetingsQueryOptions(from, to));
