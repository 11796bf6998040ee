import { useMutation, useQueryClient } from '@tanstack/react-query';
import { meetingDetailSchema, type AddAgendaItem, type MeetingDetail } from '@tumor-board/shared';
import { apiFetch, isApiError } from '../../../lib/api/client';
import { meetingPath } from './meeting-keys';
import { storeMeeting } from './get-meeting';

export interface AddAgendaItemVariables {
  meetingId: string;
  item: AddAgendaItem;
}

/**
 * `POST /api/meetings/:id/agenda`. 422 when the case is not ready: its `errors` list the unmet
 * readiness items (`readiness.<code>`); a chair may send `overrideReason` to add it anyway.
 */
export function addAgendaItem({ meetingId, item }: AddAgendaItemVariables): Promise<MeetingDetail> {
  return apiFetch(`${meetingPath(meetingId)}/agenda`, { method: 'POST', body: item, schema: meetingDetailSchema });
}

/** The unmet readiness items of a 422 answer, as sentences; empty for any other error. */
export function missingReadiness(error: unknown): string[] {
  if (!isApiError(error) || error.status !== 422) return [];
  return error.errors.filter((e) => e.path.startsWith('readiness.')).map((e) => e.message);
}

export function useAddAgendaItem() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: addAgendaItem, onSuccess: (detail) => storeMeeting(queryClient, detail) });
}
