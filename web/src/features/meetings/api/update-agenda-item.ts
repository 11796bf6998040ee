import { useMutation, useQueryClient } from '@tanstack/react-query';
import { meetingDetailSchema, type MeetingDetail, type UpdateAgendaItem } from '@tumor-board/shared';
import { apiFetch, isApiError } from '../../../lib/api/client';
import { meetingKeys, meetingPath } from './meeting-keys';
import { storeMeeting } from './get-meeting';

export interface UpdateAgendaItemVariables {
  meetingId: string;
  itemId: string;
  changes: UpdateAgendaItem;
}

/** `PATCH /api/meetings/:id/agenda/:itemId`: minutes or presenter, with the item's version. */
export function updateAgendaItem({ meetingId, itemId, changes }: UpdateAgendaItemVariables): Promise<MeetingDetail> {
  return apiFetch(`${meetingPath(meetingId)}/agenda/${encodeURIComponent(itemId)}`, {
    method: 'PATCH',
    body: changes,
    schema: meetingDetailSchema,
  });
}

export function useUpdateAgendaItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateAgendaItem,
    onSuccess: (detail) => storeMeeting(queryClient, detail),
    onError: (error, { meetingId }) =>
      isApiError(error) && error.status === 409
        ? queryClient.invalidateQueries({ queryKey: meetingKeys.detail(meetingId) })
        : undefined,
  });
}
