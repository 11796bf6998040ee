import { useMutation, useQueryClient } from '@tanstack/react-query';
import { meetingDetailSchema, type MeetingDetail } from '@tumor-board/shared';
import { apiFetch } from '../../../lib/api/client';
import { meetingPath } from './meeting-keys';
import { storeMeeting } from './get-meeting';

/** `DELETE /api/meetings/:id/attendance/:userId`: take back a check-in. */
export function removeAttendance({ meetingId, userId }: { meetingId: string; userId: string }): Promise<MeetingDetail> {
  return apiFetch(`${meetingPath(meetingId)}/attendance/${encodeURIComponent(userId)}`, {
    method: 'DELETE',
    schema: meetingDetailSchema,
  });
}

export function useRemoveAttendance() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: removeAttendance, onSuccess: (detail) => storeMeeting(queryClient, detail) });
}
