import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { VersionedRecord } from '../../database/versioned-record.js';
import {
  CASE_STATUSES,
  PRIMARY_CANCERS,
  URGENCIES,
  type CaseStatus,
  type GoalsOfCare,
  type OtherMetastaticSites,
  type PrimaryCancer,
  type Urgency,
} from '@tumor-board/shared';
import { Patient } from '../patients/patient.entity.js';
import { AppUser } from '../users/user.entity.js';

/** One referral of a patient to the board ("case" is an SQL keyword, hence the table name). */
@Entity('board_case')
@Index('IDX_board_case_referred', ['referredAt', 'id'])
@Index('IDX_board_case_status_referred', ['status', 'referredAt', 'id'])
@Index('IDX_board_case_urgency_referred', ['urgency', 'referredAt', 'id'])
@Index('IDX_board_case_primary_referred', ['primaryCancer', 'referredAt', 'id'])
@Index('IDX_board_case_referrer_referred', ['referringOncologistId', 'referredAt', 'id'])
@Index('IDX_board_case_presenter_referred', ['presentingClinicianId', 'referredAt', 'id'])
@Index('IDX_board_case_patient', ['patientId'])
export class BoardCase extends VersionedRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'patient_id', type: 'uuid' })
  patientId: string;

  @ManyToOne(() => Patient, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'patient_id', foreignKeyConstraintName: 'FK_board_case_patient' })
  patient?: Relation<Patient>;

  @Column({ type: 'enum', enum: CASE_STATUSES, enumName: 'case_status', default: 'draft' })
  status: CaseStatus;

  @Column({ type: 'enum', enum: URGENCIES, enumName: 'case_urgency' })
  urgency: Urgency;

  @Column({ name: 'primary_cancer', type: 'enum', enum: PRIMARY_CANCERS, enumName: 'primary_cancer', nullable: true })
  primaryCancer: PrimaryCancer | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  histology: string | null;

  @Column({ name: 'diagnosis_date', type: 'date', nullable: true })
  diagnosisDate: string | null;

  @Column({ name: 'other_metastatic_sites', type: 'jsonb', nullable: true })
  otherMetastaticSites: OtherMetastaticSites | null;

  @Column({ name: 'current_systemic_therapy', type: 'varchar', length: 500, nullable: true })
  currentSystemicTherapy: string | null;

  @Column({ name: 'clinical_question', type: 'varchar', length: 2000, nullable: true })
  clinicalQuestion: string | null;

  @Column({ name: 'referring_oncologist_id', type: 'uuid', nullable: true })
  referringOncologistId: string | null;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'referring_oncologist_id', foreignKeyConstraintName: 'FK_board_case_referrer' })
  referringOncologist?: Relation<AppUser> | null;

  @Column({ name: 'presenting_clinician_id', type: 'uuid', nullable: true })
  presentingClinicianId: string | null;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'presenting_clinician_id', foreignKeyConstraintName: 'FK_board_case_presenter' })
  presentingClinician?: Relation<AppUser> | null;

  @Column({ name: 'goals_of_care', type: 'jsonb', nullable: true })
  goalsOfCare: GoalsOfCare | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'FK_board_case_created_by' })
  createdBy?: Relation<AppUser> | null;

  /** When the referral was made; the worklist sorts on it. */
  @Column({ name: 'referred_at', type: 'timestamptz', default: () => 'now()' })
  referredAt: Date;
}
