import type { EntityManager } from 'typeorm';
import { LiveOutbox } from './live-outbox.entity.js';

export const OUTBOX_CHANNEL = 'live_outbox';

/**
 * Records a live event in the same transaction as the change it announces. NOTIFY is transactional
 * too: the relays (in every process) hear of it only once the change is committed, and a crash
 * before delivery leaves the row waiting for the next relay pass.
 */
export async function publishLive(
  manager: EntityManager,
  meetingId: string,
  event: string,
  payload: Record<string, unknown>,
): Promise<void> {
  await manager.insert(LiveOutbox, { meetingId, event, payload: payload as never, deliveredAt: null });
  await manager.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, meetingId]);
}

/**
 * Tells the rooms of running meetings that show this case that something of it changed (a
 * recommendation, the decision being written), so followers refetch at once.
 */
export async function publishCaseChange(
  manager: EntityManager,
  caseId: string,
  event: 'decision' | 'recommendation',
): Promise<void> {
  const rooms = await manager.query<{ meeting_id: string }[]>(
    `SELECT DISTINCT a.meeting_id FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id WHERE a.case_id = $1 AND m.status = 'in_progress'`,
    [caseId],
  );
  for (const { meeting_id } of rooms) await publishLive(manager, meeting_id, event, { caseId });
}
