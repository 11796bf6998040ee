import { useMutation, useQueryClient } from '@tanstack/react-query';
import { liveStateSchema, type LiveCommand, type LiveState } from '@tumor-board/shared';
import { apiFetch } from '../../../lib/api/client';
import { meetingKeys } from '../../meetings/api/meeting-keys';
import { applyLiveState } from './get-live-state';
import { liveKeys, livePath } from './live-keys';

/** `POST /api/meetings/:id/live/commands` (chair, coordinator or the current presenter). */
export function sendLiveCommand({
  meetingId,
  command,
}: {
  meetingId: string;
  command: LiveCommand;
}): Promise<LiveState> {
  return apiFetch(`${livePath(meetingId)}/commands`, { method: 'POST', body: command, schema: liveStateSchema });
}

export function useSendLiveCommand() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: sendLiveCommand,
    onSuccess: (state, { command }) => {
      applyLiveState(queryClient, state);
      // Outcomes, status and rollover change the room (and the meeting page) too.
      if (command.command !== 'timer_start' && command.command !== 'timer_stop') {
        void queryClient.invalidateQueries({ queryKey: liveKeys.room(state.meetingId) });
        void queryClient.invalidateQueries({ queryKey: meetingKeys.all });
      }
    },
  });
}
