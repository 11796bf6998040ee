import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { AppUser } from '../../modules/users/user.entity.js';

/**
 * A create's `Idempotency-Key` and the answer it got, stored in the create's own transaction.
 * The body is the create's response (it may hold patient data): rows are purged after 24 hours.
 */
@Entity('idempotency_key')
@Index('IDX_idempotency_key_created', ['createdAt'])
export class IdempotencyRecord {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'PK_idempotency_key' })
  userId: string;

  @PrimaryColumn({ type: 'varchar', length: 255, primaryKeyConstraintName: 'PK_idempotency_key' })
  key: string;

  @ManyToOne(() => AppUser, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_idempotency_key_user' })
  user?: Relation<AppUser>;

  /** Method and path, e.g. `POST /api/cases/…/lesions`. */
  @Column({ type: 'varchar', length: 500 })
  route: string;

  /** SHA-256 (hex) of the canonical request body (see idempotency-key.ts). */
  @Column({ name: 'request_hash', type: 'varchar', length: 64 })
  requestHash: string;

  @Column({ name: 'response_status', type: 'integer' })
  responseStatus: number;

  @Column({ name: 'response_body', type: 'jsonb' })
  responseBody: unknown;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
