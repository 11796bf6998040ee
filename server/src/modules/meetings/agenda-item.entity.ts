import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { DEFERRAL_REASONS, type DeferralReason } from '@tumor-board/shared';
import { VersionedRecord } from '../../database/versioned-record.js';
import { BoardCase } from '../cases/board-case.entity.js';
import { AppUser } from '../users/user.entity.js';
import { Meeting } from './meeting.entity.js';

export const AGENDA_OUTCOMES = ['pending', 'discussed', 'deferred', 'rolled_over'] as const;
export type AgendaOutcome = (typeof AGENDA_OUTCOMES)[number];

/** A case on a meeting's agenda, in order, with its minutes and presenter. */
@Entity('agenda_item')
@Index('IDX_agenda_item_meeting', ['meetingId', 'position'])
@Index('UQ_agenda_item_meeting_case', ['meetingId', 'caseId'], { unique: true })
@Index('IDX_agenda_item_case', ['caseId'])
export class AgendaItem extends VersionedRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'FK_agenda_item_meeting' })
  meeting?: Relation<Meeting>;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => BoardCase, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'FK_agenda_item_case' })
  case?: Relation<BoardCase>;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'integer' })
  minutes: number;

  @Column({ name: 'presenter_id', type: 'uuid', nullable: true })
  presenterId: string | null;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'presenter_id', foreignKeyConstraintName: 'FK_agenda_item_presenter' })
  presenter?: Relation<AppUser> | null;

  @Column({ type: 'enum', enum: AGENDA_OUTCOMES, enumName: 'agenda_outcome', default: 'pending' })
  outcome: AgendaOutcome;

  /** The item of an earlier meeting this one continues (a case not discussed rolls over). */
  @Column({ name: 'rolled_from_id', type: 'uuid', nullable: true })
  rolledFromId: string | null;

  @ManyToOne(() => AgendaItem, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'rolled_from_id', foreignKeyConstraintName: 'FK_agenda_item_rolled_from' })
  rolledFrom?: Relation<AgendaItem> | null;

  /** Why a chair put an incomplete case on the agenda (urgent cases). */
  @Column({ name: 'override_reason', type: 'varchar', length: 1000, nullable: true })
  overrideReason: string | null;

  /** Why the board deferred the case (set by mark_deferred); kept when the item rolls over. */
  @Column({
    type: 'enum',
    enum: DEFERRAL_REASONS,
    enumName: 'deferral_reason',
    name: 'deferral_reason',
    nullable: true,
  })
  deferralReason: DeferralReason | null;
}
