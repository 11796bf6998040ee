import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedRecord } from '../../database/versioned-record.js';
import { SEXES, type Sex } from '@tumor-board/shared';

/** A person referred to the board. Every field is PHI: never log it. */
@Entity('patient')
@Index('UQ_patient_mrn', ['mrn'], { unique: true })
@Index('IDX_patient_family_name', { synchronize: false })
@Index('IDX_patient_given_name', { synchronize: false })
export class Patient extends VersionedRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 32 })
  mrn: string;

  @Column({ name: 'given_name', type: 'varchar', length: 100 })
  givenName: string;

  @Column({ name: 'family_name', type: 'varchar', length: 100 })
  familyName: string;

  @Column({ name: 'birth_date', type: 'date' })
  birthDate: string;

  @Column({ type: 'enum', enum: SEXES, enumName: 'sex' })
  sex: Sex;
}
