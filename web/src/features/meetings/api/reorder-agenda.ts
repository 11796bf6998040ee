import { useMutation, useQueryClient } from '@tanstack/react-query';
import { meetingDetailSchema, type MeetingDetail } from '@tumor-board/shared';
import { apiFetch, isApiError } from '../../../lib/api/client';
import { meetingKeys, meetingPath } from './meeting-keys';
import { storeMeeting } from './get-meeting';

export interface ReorderAgendaVariables {
  meetingId: string;
  /** The meeting version the order was read with: a concurrent change answers 409. */
  version: number;
  itemIds: string[];
}

/** `PUT /api/meetings/:id/agenda/order`: the whole order at once. */
export function reorderAgenda({ meetingId, version, itemIds }: ReorderAgendaVariables): Promise<MeetingDetail> {
  return apiFetch(`${meetingPath(meetingId)}/agenda/order`, {
    method: 'PUT',
    body: { version, itemIds },
    schema: meetingDetailSchema,
  });
}

/**
 * Optimistic: the list shows the new order at once and goes back if the server refuses. A 409
 * (someone else changed the meeting) reloads the meeting.
 */
export function useReorderAgenda() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reorderAgenda,
    onMutate: async ({ meetingId, itemIds }) => {
      const key = meetingKeys.detail(meetingId);
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<MeetingDetail>(key);
      if (previous) {
        const byId = new Map(previous.agenda.map((item) => [item.id, item]));
        const agenda = itemIds.flatMap((id) => byId.get(id) ?? []);
        queryClient.setQueryData<MeetingDetail>(key, { ...previous, agenda });
      }
      return { previous };
    },
    onError: (error, { meetingId }, context) => {
      const key = meetingKeys.detail(meetingId);
      if (context?.previous) queryClient.setQueryData(key, context.previous);
      if (isApiError(error) && error.status === 409) void queryClient.invalidateQueries({ queryKey: key });
    },
    onSuccess: (detail) => storeMeeting(queryClient, detail),
  });
}
