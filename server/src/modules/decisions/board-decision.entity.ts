import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { VersionedRecord } from '../../database/versioned-record.js';
import type { DecisionItem } from '@tumor-board/shared';
import { BoardCase } from '../cases/board-case.entity.js';
import { AppUser } from '../users/user.entity.js';
import { Meeting } from '../meetings/meeting.entity.js';

export interface StoredDissent {
  userId: string;
  text: string;
}

/**
 * The board's decision for a case at a meeting. Once signed it never changes (a trigger refuses
 * UPDATE and DELETE); an amendment is a new row with the next sequence that supersedes it.
 */
@Entity('board_decision')
@Index('UQ_board_decision_case_sequence', ['caseId', 'sequence'], { unique: true })
@Index('UQ_board_decision_one_draft', ['caseId'], { unique: true, where: '"signed_at" IS NULL' })
@Index('IDX_board_decision_signed', ['signedAt', 'id'])
@Index('IDX_board_decision_supersedes', ['supersedesId'], { where: '"supersedes_id" IS NOT NULL' })
export class BoardDecision extends VersionedRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => BoardCase, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'FK_board_decision_case' })
  case?: Relation<BoardCase>;

  @Column({ name: 'meeting_id', type: 'uuid', nullable: true })
  meetingId: string | null;

  @ManyToOne(() => Meeting, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'FK_board_decision_meeting' })
  meeting?: Relation<Meeting> | null;

  @Column({ type: 'integer' })
  sequence: number;

  @Column({ name: 'supersedes_id', type: 'uuid', nullable: true })
  supersedesId: string | null;

  @ManyToOne(() => BoardDecision, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supersedes_id', foreignKeyConstraintName: 'FK_board_decision_supersedes' })
  supersedes?: Relation<BoardDecision> | null;

  @Column({ name: 'amendment_reason', type: 'varchar', length: 2000, nullable: true })
  amendmentReason: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  items: DecisionItem[];

  @Column({ type: 'varchar', length: 8000, nullable: true })
  rationale: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  dissent: StoredDissent[];

  @Column({ name: 'attendee_ids', type: 'uuid', array: true, default: '{}' })
  attendeeIds: string[];

  @Column({ name: 'signed_by_id', type: 'uuid', nullable: true })
  signedById: string | null;

  @ManyToOne(() => AppUser, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'signed_by_id', foreignKeyConstraintName: 'FK_board_decision_signed_by' })
  signedBy?: Relation<AppUser> | null;

  @Column({ name: 'signed_at', type: 'timestamptz', nullable: true })
  signedAt: Date | null;
}
