import { queryOptions, useQuery } from '@tanstack/react-query';
import { meetingMinutesSchema, type MeetingMinutes } from '@tumor-board/shared';
import { apiFetch } from '../../../lib/api/client';
import { meetingKeys, meetingPath } from './meeting-keys';

export type { MeetingMinutes };

/** `GET /api/meetings/:id/minutes`: who attended, each case discussed with its decision, what was deferred. */
export function getMinutes(id: string, signal?: AbortSignal): Promise<MeetingMinutes> {
  return apiFetch(`${meetingPath(id)}/minutes`, { schema: meetingMinutesSchema, signal });
}

// Under the meeting's detail key, so every change to the meeting refreshes its minutes too.
export const minutesQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...meetingKeys.detail(id), 'minutes'] as const,
    queryFn: ({ signal }) => getMinutes(id, signal),
  });

export const useMinutes = (id: string) => useQuery(minutesQueryOptions(id));

/** `GET /api/meetings/:id/minutes.pdf`: an ordinary link, so the browser downloads it with the cookie. */
export const minutesPdfUrl = (id: string) => `${meetingPath(id)}/minutes.pdf`;
