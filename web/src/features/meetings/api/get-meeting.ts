import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { meetingDetailSchema, type MeetingDetail } from '@tumor-board/shared';
import { apiFetch } from '../../../lib/api/client';
import { meetingKeys, meetingPath } from './meeting-keys';

/** `GET /api/meetings/:id`: agenda in order, planned time vs length, attendance and quorum. */
export function getMeeting(id: string, signal?: AbortSignal): Promise<MeetingDetail> {
  return apiFetch(meetingPath(id), { schema: meetingDetailSchema, signal });
}

export const meetingQueryOptions = (id: string) =>
  queryOptions({
    queryKey: meetingKeys.detail(id),
    queryFn: ({ signal }) => getMeeting(id, signal),
  });

export const useMeeting = (id: string) => useQuery(meetingQueryOptions(id));

/** `GET /api/meetings/:id/ics`: an ordinary link, so the browser downloads the file with the cookie. */
export const meetingIcsUrl = (id: string) => `${meetingPath(id)}/ics`;

/**
 * After a change answered with the meeting: store it (the page shows it at once) and refresh the
 * rest (calendar counts, ready cases).
 */
export function storeMeeting(queryClient: QueryClient, detail: MeetingDetail): void {
  queryClient.setQueryData(meetingKeys.detail(detail.id), detail);
  // Not awaited: the page already shows the answer, so its buttons need not wait for the refetch.
  void queryClient.invalidateQueries({
    queryKey: meetingKeys.all,
    predicate: (query) => query.queryKey[1] !== 'detail' || query.queryKey[2] !== detail.id,
  });
}
