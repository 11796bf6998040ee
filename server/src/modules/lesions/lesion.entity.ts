import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { VersionedRecord } from '../../database/versioned-record.js';
import {
  LATERALITIES,
  LESION_TYPES,
  type BilskyGrade,
  type Laterality,
  type LesionMirelsInput,
  type LesionScores,
  type LesionSinsInput,
  type LesionType,
  type SkeletalSite,
} from '@tumor-board/shared';
import { BoardCase } from '../cases/board-case.entity.js';

/** One bone metastasis at one structured site, with its score inputs and the scores computed from them. */
@Entity('lesion')
@Index('IDX_lesion_case', ['caseId'])
export class Lesion extends VersionedRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => BoardCase, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'FK_lesion_case' })
  case?: Relation<BoardCase>;

  @Column({ type: 'jsonb' })
  site: SkeletalSite;

  @Column({ type: 'enum', enum: LATERALITIES, enumName: 'laterality' })
  laterality: Laterality;

  @Column({ type: 'enum', enum: LESION_TYPES, enumName: 'lesion_type', nullable: true })
  type: LesionType | null;

  @Column({ name: 'size_mm', type: 'double precision', nullable: true })
  sizeMm: number | null;

  @Column({ name: 'fracture_present', type: 'boolean', nullable: true })
  fracturePresent: boolean | null;

  @Column({ name: 'epidural_extension', type: 'boolean', nullable: true })
  epiduralExtension: boolean | null;

  @Column({ name: 'sins_input', type: 'jsonb', nullable: true })
  sinsInput: LesionSinsInput | null;

  @Column({ name: 'mirels_input', type: 'jsonb', nullable: true })
  mirelsInput: LesionMirelsInput | null;

  @Column({ name: 'bilsky_grade', type: 'varchar', length: 2, nullable: true })
  bilskyGrade: BilskyGrade | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  notes: string | null;

  /** Computed on the server from the fields above whenever they change (shared computeLesionScores). */
  @Column({ type: 'jsonb' })
  scores: LesionScores;
}
