import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedRecord } from '../../database/versioned-record.js';
import { DISCIPLINES, ROLES, type Discipline, type Role } from '@tumor-board/shared';

/** A person who signs in. Email is unique regardless of case (index on lower(email), see migration). */
@Entity('app_user')
@Index('UQ_app_user_email_lower', { synchronize: false })
export class AppUser extends VersionedRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'enum', enum: DISCIPLINES, enumName: 'discipline', nullable: true })
  discipline: Discipline | null;

  @Column({ type: 'enum', enum: ROLES, enumName: 'app_role', array: true, default: '{}' })
  roles: Role[];

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** argon2id hash; null until the user sets a password from an invitation. */
  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash: string | null;

  @Column({ name: 'failed_login_count', type: 'integer', default: 0 })
  failedLoginCount: number;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;
}
