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
