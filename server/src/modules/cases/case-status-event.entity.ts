import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { CASE_STATUSES, type CaseStatus } from '@tumor-board/shared';
import { BoardCase } from './board-case.entity.js';
import { AppUser } from '../users/user.entity.js';

/** One move of a case through the workflow: the case's history. */
@Entity('case_status_event')
@Index('IDX_case_status_event_case', ['caseId', 'id'])
export class CaseStatusEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => BoardCase, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'FK_case_status_event_case' })
  case?: Relation<BoardCase>;

  @Column({ name: 'from_status', type: 'enum', enum: CASE_STATUSES, enumName: 'case_status', nullable: true })
  fromStatus: CaseStatus | null;

  @Column({ name: 'to_status', type: 'enum', enum: CASE_STATUSES, enumName: 'case_status' })
  toStatus: CaseStatus;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  reason: string | null;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_case_status_event_user' })
  user?: Relation<AppUser> | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;
}
