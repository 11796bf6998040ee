import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { AppUser } from '../users/user.entity.js';

export const CREDENTIAL_TOKEN_PURPOSES = ['setup', 'invitation', 'password_reset'] as const;
export type CredentialTokenPurpose = (typeof CREDENTIAL_TOKEN_PURPOSES)[number];

/** A one-time link: first-admin setup, an invitation, or a password reset. Stored hashed. */
@Entity('credential_token')
@Index('UQ_credential_token_token_hash', ['tokenHash'], { unique: true })
export class CredentialToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: CREDENTIAL_TOKEN_PURPOSES, enumName: 'credential_token_purpose' })
  purpose: CredentialTokenPurpose;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @ManyToOne(() => AppUser, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_credential_token_user' })
  user?: Relation<AppUser>;
}
