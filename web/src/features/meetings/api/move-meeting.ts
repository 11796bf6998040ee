import { useMutation, useQueryClient } from '@tanstack/react-query';
import { meetingDetailSchema, type MeetingDetail } from '@tumor-board/shared';
import { apiFetch, isApiError } from '../../../lib/api/client';
import { meetingKeys, meetingPath } from './meeting-keys';
import { storeMeeting } from './get-meeting';

export interface MoveMeetingInput {
  meetingId: string;
  /** The version the dialog was opened with: a change by someone else since then answers 409. */
  version: number;
  /** ISO instant with offset. */
  startsAt: string;
  durationMinutes?: number;
  location?: string | null;
}

/** `PATCH /api/meetings/:id`: move one occurrence (409 with `current` when stale, 422 when not scheduled). */
export function moveMeeting({ meetingId, ...body }: MoveMeetingInput): Promise<MeetingDetail> {
  return apiFetch(meetingPath(meetingId), { method: 'PATCH', body, schema: meetingDetailSchema });
}

export function useMoveMeeting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: moveMeeting,
    onSuccess: (detail) => storeMeeting(queryClient, detail),
    onError: (error, input) => {
      // Stale: reload the meeting so the dialog can be reopened with what is there now.
      if (isApiError(error) && error.status === 409)
        void queryClient.invalidateQueries({ queryKey: meetingKeys.detail(input.meetingId) });
    },
  });
}
