import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { VersionedRecord } from '../../database/versioned-record.js';
import { IMAGING_MODALITIES, type ImagingModality } from '@tumor-board/shared';
import { BoardCase } from '../cases/board-case.entity.js';
import { AppUser } from '../users/user.entity.js';

/** A radiologist's summary of one imaging study (the images stay in the PACS). */
@Entity('imaging_summary')
@Index('IDX_imaging_summary_case', ['caseId', 'performedOn'])
export class ImagingSummary extends VersionedRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => BoardCase, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'FK_imaging_summary_case' })
  case?: Relation<BoardCase>;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'FK_imaging_summary_author' })
  author?: Relation<AppUser> | null;

  @Column({ type: 'enum', enum: IMAGING_MODALITIES, enumName: 'imaging_modality' })
  modality: ImagingModality;

  @Column({ name: 'performed_on', type: 'date' })
  performedOn: string;

  @Column({ type: 'varchar', length: 200 })
  region: string;

  @Column({ type: 'varchar', length: 10000, nullable: true })
  findings: string | null;

  @Column({ type: 'varchar', length: 4000 })
  impression: string;

  @Column({ name: 'lesion_ids', type: 'uuid', array: true, default: '{}' })
  lesionIds: string[];

  @Column({ name: 'pacs_url', type: 'varchar', length: 2048, nullable: true })
  pacsUrl: string | null;
}
