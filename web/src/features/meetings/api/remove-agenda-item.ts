import { useMutation, useQueryClient } from '@tanstack/react-query';
import { meetingDetailSchema, type MeetingDetail } from '@tumor-board/shared';
import { apiFetch } from '../../../lib/api/client';
import { meetingPath } from './meeting-keys';
import { storeMeeting } from './get-meeting';

/** `DELETE /api/meetings/:id/agenda/:itemId`: the case goes back to ready. */
export function removeAgendaItem({ meetingId, itemId }: { meetingId: string; itemId: string }): Promise<MeetingDetail> {
  return apiFetch(`${meetingPath(meetingId)}/agenda/${encodeURIComponent(itemId)}`, {
    method: 'DELETE',
    schema: meetingDetailSchema,
  });
}

export function useRemoveAgendaItem() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: removeAgendaItem, onSuccess: (detail) => storeMeeting(queryClient, detail) });
}
