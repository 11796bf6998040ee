import type { LiveState } from '@tumor-board/shared';
import type { AppUser } from '../users/user.entity.js';
import type { AgendaItem } from '../meetings/agenda-item.entity.js';
import type { Meeting } from '../meetings/meeting.entity.js';

/** The live state every client of the room holds, built from the stored meeting and agenda. */
export const toLiveState = (
  meeting: Meeting,
  agenda: readonly Pick<AgendaItem, 'id' | 'outcome'>[],
  presenter: Pick<AppUser, 'id' | 'name'> | null,
): LiveState => ({
  meetingId: meeting.id,
  status: meeting.status,
  currentItemId: meeting.currentItemId,
  timerStartedAt: meeting.timerStartedAt?.toISOString() ?? null,
  presenter: presenter ? { id: presenter.id, name: presenter.name } : null,
  startedAt: meeting.startedAt?.toISOString() ?? null,
  endedAt: meeting.endedAt?.toISOString() ?? null,
  sequence: meeting.liveSequence,
  outcomes: Object.fromEntries(agenda.map((a) => [a.id, a.outcome])),
});
