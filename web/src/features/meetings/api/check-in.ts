import { useMutation, useQueryClient } from '@tanstack/react-query';
import { meetingDetailSchema, type CheckIn, type MeetingDetail } from '@tumor-board/shared';
import { apiFetch } from '../../../lib/api/client';
import { meetingPath } from './meeting-keys';
import { storeMeeting } from './get-meeting';

/** `POST /api/meetings/:id/attendance`: check in yourself, or (coordinator, chair) someone else. */
export function checkIn({ meetingId, body }: { meetingId: string; body: CheckIn }): Promise<MeetingDetail> {
  return apiFetch(`${meetingPath(meetingId)}/attendance`, { method: 'POST', body, schema: meetingDetailSchema });
}

export function useCheckIn() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: checkIn, onSuccess: (detail) => storeMeeting(queryClient, detail) });
}
