import { useMutation, useQueryClient } from '@tanstack/react-query';
import { meetingSeriesSchema, type MeetingSeriesCreateInput, type MeetingSeriesView } from '@tumor-board/shared';
import { apiFetch } from '../../../lib/api/client';
import { meetingKeys } from './meeting-keys';

/** `POST /api/meeting-series` (coordinator, chair): the server generates the meetings ahead. */
export function createSeries(body: MeetingSeriesCreateInput): Promise<MeetingSeriesView> {
  return apiFetch('/api/meeting-series', { method: 'POST', body, schema: meetingSeriesSchema });
}

export function useCreateSeries() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSeries,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: meetingKeys.series() }),
        queryClient.invalidateQueries({ queryKey: meetingKeys.all }),
      ]),
  });
}
