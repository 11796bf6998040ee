import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedRecord } from '../../database/versioned-record.js';
import { RECOMMENDING_DISCIPLINES, type RecommendingDiscipline } from '@tumor-board/shared';

/** A recurring meeting: an RFC 5545 rule in an IANA time zone, from which occurrences are generated. */
@Entity('meeting_series')
@Index('UQ_meeting_series_feed_token', ['feedToken'], { unique: true })
export class MeetingSeries extends VersionedRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'varchar', length: 500 })
  rrule: string;

  @Column({ name: 'time_zone', type: 'varchar', length: 64 })
  timeZone: string;

  @Column({ name: 'first_date', type: 'date' })
  firstDate: string;

  /** Local wall-clock time "HH:MM" in timeZone. */
  @Column({ name: 'start_time', type: 'varchar', length: 5 })
  startTime: string;

  @Column({ name: 'duration_minutes', type: 'integer' })
  durationMinutes: number;

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

  @Column({ name: 'horizon_weeks', type: 'integer' })
  horizonWeeks: number;

  /** Secret in the URL of the subscribable calendar feed (which carries no patient data). */
  @Column({ name: 'feed_token', type: 'varchar', length: 64 })
  feedToken: string;

  @Column({ type: 'boolean', default: true })
  active: boolean;
}
