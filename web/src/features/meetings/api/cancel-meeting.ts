import { useMutation, useQueryClient } from '@tanstack/react-query';
import { meetingDetailSchema, type MeetingDetail } from '@tumor-board/shared';
import { apiFetch, isApiError } from '../../../lib/api/client';
import { meetingKeys, meetingPath } from './meeting-keys';
import { storeMeeting } from './get-meeting';

export interface CancelMeetingInput {
  meetingId: string;
  version: number;
  reason: string;
}

/** `POST /api/meetings/:id/cancel`: 422 while cases are still on the agenda, 409 when stale. */
export function cancelMeeting({ meetingId, ...body }: CancelMeetingInput): Promise<MeetingDetail> {
  return apiFetch(`${meetingPath(meetingId)}/cancel`, { method: 'POST', body, schema: meetingDetailSchema });
}

export function useCancelMeeting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelMeeting,
    onSuccess: (detail) => storeMeeting(queryClient, detail),
    onError: (error, input) => {
      // 409 (stale) or 422 (agenda not empty): the page's copy may be out of date either way.
      if (isApiError(error) && (error.status === 409 || error.status === 422))
        void queryClient.invalidateQueries({ queryKey: meetingKeys.detail(input.meetingId) });
    },
  });
}
