import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import {
  ITEM_OUTCOME_STATUSES,
  NEUROLOGIC_STATUSES,
  PAIN_RESPONSES,
  type ItemOutcomeStatus,
  type NeurologicStatus,
} from '@tumor-board/shared';
import { BoardDecision } from '../decisions/board-decision.entity.js';
import { AppUser } from '../users/user.entity.js';
import { BoardCase } from '../cases/board-case.entity.js';

/** The referring oncologist has read the decision. */
@Entity('decision_acknowledgement')
export class DecisionAcknowledgement {
  @PrimaryColumn({ name: 'decision_id', type: 'uuid', primaryKeyConstraintName: 'PK_decision_acknowledgement' })
  decisionId: string;

  @ManyToOne(() => BoardDecision, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decision_id', foreignKeyConstraintName: 'FK_decision_acknowledgement_decision' })
  decision?: Relation<BoardDecision>;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_decision_acknowledgement_user' })
  user?: Relation<AppUser> | null;

  @Column({ name: 'acknowledged_at', type: 'timestamptz', default: () => 'now()' })
  acknowledgedAt: Date;
}

/** What was done about one decision item: done, modified or not done (with why), and when. */
@Entity('decision_item_outcome')
export class DecisionItemOutcome {
  @PrimaryColumn({ name: 'decision_id', type: 'uuid', primaryKeyConstraintName: 'PK_decision_item_outcome' })
  decisionId: string;

  @PrimaryColumn({ name: 'item_id', type: 'uuid', primaryKeyConstraintName: 'PK_decision_item_outcome' })
  itemId: string;

  @ManyToOne(() => BoardDecision, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decision_id', foreignKeyConstraintName: 'FK_decision_item_outcome_decision' })
  decision?: Relation<BoardDecision>;

  @Column({ type: 'enum', enum: ITEM_OUTCOME_STATUSES, enumName: 'item_outcome_status' })
  status: ItemOutcomeStatus;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  reason: string | null;

  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn: string;

  @Column({ name: 'recorded_by_id', type: 'uuid', nullable: true })
  recordedById: string | null;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recorded_by_id', foreignKeyConstraintName: 'FK_decision_item_outcome_user' })
  recordedBy?: Relation<AppUser> | null;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt: Date;
}

/** The patient 30 or 90 days after the decision. */
@Entity('case_outcome')
@Index('UQ_case_outcome_decision_horizon', ['decisionId', 'horizonDays'], { unique: true })
@Check('CHK_case_outcome_horizon', '"horizon_days" IN (30, 90)')
export class CaseOutcome {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'decision_id', type: 'uuid' })
  decisionId: string;

  @ManyToOne(() => BoardDecision, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decision_id', foreignKeyConstraintName: 'FK_case_outcome_decision' })
  decision?: Relation<BoardDecision>;

  @Column({ name: 'horizon_days', type: 'smallint' })
  horizonDays: number;

  @Column({ name: 'assessed_on', type: 'date' })
  assessedOn: string;

  @Column({ name: 'pain_response', type: 'enum', enum: PAIN_RESPONSES, enumName: 'pain_response' })
  painResponse: (typeof PAIN_RESPONSES)[number];

  @Column({ name: 'skeletal_related_events', type: 'text', array: true, default: '{}' })
  skeletalRelatedEvents: string[];

  @Column({ type: 'enum', enum: NEUROLOGIC_STATUSES, enumName: 'neurologic_status', nullable: true })
  neurology: NeurologicStatus | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  notes: string | null;

  @Column({ name: 'recorded_by_id', type: 'uuid', nullable: true })
  recordedById: string | null;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recorded_by_id', foreignKeyConstraintName: 'FK_case_outcome_user' })
  recordedBy?: Relation<AppUser> | null;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt: Date;
}

/** An in-app message (e.g. "a decision for your patient was signed"); read_at marks it read. */
@Entity('notification')
@Index('IDX_notification_user_created', ['userId', 'createdAt'])
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => AppUser, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_notification_user' })
  user?: Relation<AppUser>;

  @Column({ type: 'varchar', length: 32 })
  kind: string;

  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId: string | null;

  @ManyToOne(() => BoardCase, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'FK_notification_case' })
  case?: Relation<BoardCase> | null;

  @Column({ name: 'decision_id', type: 'uuid', nullable: true })
  decisionId: string | null;

  @ManyToOne(() => BoardDecision, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'decision_id', foreignKeyConstraintName: 'FK_notification_decision' })
  decision?: Relation<BoardDecision> | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
