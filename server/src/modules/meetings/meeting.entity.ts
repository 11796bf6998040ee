import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { VersionedRecord } from '../../database/versioned-record.js';
import { RECOMMENDING_DISCIPLINES, type RecommendingDiscipline } from '@tumor-board/shared';
import { AppUser } from '../users/user.entity.js';
import { MeetingSeries } from './meeting-series.entity.js';
import { AgendaItem } from './agenda-item.entity.js';

export const MEETING_STATUSES = ['scheduled', 'in_progress', 'ended', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** One occurrence (or an ad-hoc urgent meeting), with the live state of the meeting room. */
@Entity('meeting')
@Index('IDX_meeting_starts', ['startsAt', 'id'])
@Index('UQ_meeting_series_occurrence', ['seriesId', 'occurrenceDate'], { unique: true })
export class Meeting extends VersionedRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'series_id', type: 'uuid', nullable: true })
  seriesId: string | null;

  @ManyToOne(() => MeetingSeries, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'series_id', foreignKeyConstraintName: 'FK_meeting_series' })
  series?: Relation<MeetingSeries> | null;

  @Column({ type: 'varchar', length: 120 })
  title: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  /** The local date the series rule generated it for (null for ad-hoc meetings). */
  @Column({ name: 'occurrence_date', type: 'date', nullable: true })
  occurrenceDate: string | null;

  @Column({ type: 'enum', enum: MEETING_STATUSES, enumName: 'meeting_status', default: 'scheduled' })
  status: MeetingStatus;

  @Column({ name: 'ad_hoc', type: 'boolean', default: false })
  adHoc: boolean;

  @Column({ type: 'varchar', length: 200, nullable: true })
  location: string | null;

  @Column({ name: 'video_url', type: 'varchar', length: 2048, nullable: true })
  videoUrl: string | null;

  @Column({ type: 'integer' })
  capacity: number;

  @Column({ name: 'default_minutes_per_case', type: 'integer' })
  defaultMinutesPerCase: number;

  @Column({
    name: 'required_disciplines',
    type: 'enum',
    enum: RECOMMENDING_DISCIPLINES,
    enumName: 'recommending_discipline',
    array: true,
  })
  requiredDisciplines: RecommendingDiscipline[];

  @Column({ name: 'cancel_reason', type: 'varchar', length: 500, nullable: true })
  cancelReason: string | null;

  // Live state: kept here (not in memory) so every process and every reconnecting client agrees.
  @Column({ name: 'current_item_id', type: 'uuid', nullable: true })
  currentItemId: string | null;

  @ManyToOne(() => AgendaItem, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'current_item_id', foreignKeyConstraintName: 'FK_meeting_current_item' })
  currentItem?: Relation<AgendaItem> | null;

  @Column({ name: 'timer_started_at', type: 'timestamptz', nullable: true })
  timerStartedAt: Date | null;

  @Column({ name: 'presenter_id', type: 'uuid', nullable: true })
  presenterId: string | null;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'presenter_id', foreignKeyConstraintName: 'FK_meeting_presenter' })
  presenter?: Relation<AppUser> | null;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  /** Increases with every live change; clients drop events older than the state they hold. */
  @Column({ name: 'live_sequence', type: 'integer', default: 0 })
  liveSequence: number;
}
