import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { VersionedRecord } from '../../database/versioned-record.js';
import { NEUROLOGIC_STATUSES, type NeurologicStatus } from '@tumor-board/shared';
import { BoardCase } from '../cases/board-case.entity.js';

/** The patient's condition on one date; ECOG and Karnofsky stored as measured, never converted. */
@Entity('assessment')
@Index('IDX_assessment_case', ['caseId', 'assessedOn'])
@Check('CHK_assessment_ecog', '"ecog" BETWEEN 0 AND 4')
@Check('CHK_assessment_karnofsky', '"karnofsky" BETWEEN 10 AND 100 AND "karnofsky" % 10 = 0')
@Check('CHK_assessment_pain', '"pain_nrs" BETWEEN 0 AND 10')
export class Assessment extends VersionedRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => BoardCase, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'FK_assessment_case' })
  case?: Relation<BoardCase>;

  @Column({ name: 'assessed_on', type: 'date' })
  assessedOn: string;

  @Column({ type: 'smallint', nullable: true })
  ecog: number | null;

  @Column({ type: 'smallint', nullable: true })
  karnofsky: number | null;

  @Column({ name: 'pain_nrs', type: 'smallint', nullable: true })
  painNrs: number | null;

  @Column({ name: 'greatest_pain_source', type: 'varchar', length: 200, nullable: true })
  greatestPainSource: string | null;

  @Column({ type: 'enum', enum: NEUROLOGIC_STATUSES, enumName: 'neurologic_status', nullable: true })
  neurology: NeurologicStatus | null;

  @Column({ name: 'corrected_calcium_mmol_l', type: 'double precision', nullable: true })
  correctedCalciumMmolL: number | null;

  @Column({ name: 'creatinine_clearance_ml_min', type: 'double precision', nullable: true })
  creatinineClearanceMlMin: number | null;
}
