import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A live event waiting to be broadcast; written in the same transaction as the change it announces. */
@Entity('live_outbox')
@Index('IDX_live_outbox_pending', ['id'], { where: '"delivered_at" IS NULL' })
export class LiveOutbox {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @Column({ type: 'varchar', length: 64 })
  event: string;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  createdAt: Date;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;
}
