import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { VersionedRecord } from '../../database/versioned-record.js';
import {
  RECOMMENDATION_STATUSES,
  RECOMMENDING_DISCIPLINES,
  type RecommendationStatus,
  type RecommendingDiscipline,
  type StoredItem,
} from '@tumor-board/shared';
import { BoardCase } from '../cases/board-case.entity.js';
import { AppUser } from '../users/user.entity.js';

/** One discipline's opinion on a case: structured items with their safety warnings. */
@Entity('recommendation')
@Index('UQ_recommendation_case_discipline', ['caseId', 'discipline'], { unique: true })
export class Recommendation extends VersionedRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => BoardCase, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'FK_recommendation_case' })
  case?: Relation<BoardCase>;

  @Column({ type: 'enum', enum: RECOMMENDING_DISCIPLINES, enumName: 'recommending_discipline' })
  discipline: RecommendingDiscipline;

  @Column({ type: 'enum', enum: RECOMMENDATION_STATUSES, enumName: 'recommendation_status', default: 'draft' })
  status: RecommendationStatus;

  @Column({ type: 'varchar', length: 4000, nullable: true })
  summary: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  items: StoredItem[];

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'FK_recommendation_author' })
  author?: Relation<AppUser> | null;
}
