/** Query keys of the live room; the state is held apart so socket pushes replace only it. */
export const liveKeys = {
  all: ['live'] as const,
  meeting: (meetingId: string) => [...liveKeys.all, meetingId] as const,
  room: (meetingId: string) => [...liveKeys.meeting(meetingId), 'room'] as const,
  state: (meetingId: string) => [...liveKeys.meeting(meetingId), 'state'] as const,
};

export const livePath = (meetingId: string) => `/api/meetings/${encodeURIComponent(meetingId)}/live`;
