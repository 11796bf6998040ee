import { useMutation, useQueryClient } from '@tanstack/react-query';
import { meetingDetailSchema, type MeetingDetail } from '@tumor-board/shared';
import type { z } from 'zod';
import type { adHocMeetingSchema } from '@tumor-board/shared';
import { apiFetch } from '../../../lib/api/client';
import { meetingKeys } from './meeting-keys';

export type AdHocMeetingInput = z.input<typeof adHocMeetingSchema>;

/** `POST /api/meetings` (coordinator, chair): an ad-hoc (urgent) meeting outside any series. */
export function createAdHocMeeting(body: AdHocMeetingInput): Promise<MeetingDetail> {
  return apiFetch('/api/meetings', { method: 'POST', body, schema: meetingDetailSchema });
}

export function useCreateAdHocMeeting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAdHocMeeting,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meetingKeys.all }),
  });
}
