import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { DISCIPLINES, type Discipline } from '@tumor-board/shared';
import { AppUser } from '../users/user.entity.js';
import { Meeting } from './meeting.entity.js';

export const ATTENDANCE_MODES = ['in_person', 'virtual'] as const;
export type AttendanceMode = (typeof ATTENDANCE_MODES)[number];

/** Who was at a meeting, as what discipline, in person or virtually. */
@Entity('attendance')
export class Attendance {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid', primaryKeyConstraintName: 'PK_attendance' })
  meetingId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'PK_attendance' })
  userId: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'FK_attendance_meeting' })
  meeting?: Relation<Meeting>;

  @ManyToOne(() => AppUser, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_attendance_user' })
  user?: Relation<AppUser>;

  @Column({ type: 'enum', enum: DISCIPLINES, enumName: 'discipline', nullable: true })
  discipline: Discipline | null;

  @Column({ type: 'enum', enum: ATTENDANCE_MODES, enumName: 'attendance_mode' })
  mode: AttendanceMode;

  @Column({ name: 'checked_in_at', type: 'timestamptz', default: () => 'now()' })
  checkedInAt: Date;

  @Column({ name: 'recorded_by_id', type: 'uuid', nullable: true })
  recordedById: string | null;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recorded_by_id', foreignKeyConstraintName: 'FK_attendance_recorded_by' })
  recordedBy?: Relation<AppUser> | null;
}
