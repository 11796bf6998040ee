import { Column, CreateDateColumn, UpdateDateColumn } from 'typeorm';

/**
 * The bookkeeping every editable record carries: when it was created and last changed, and the
 * version that optimistic concurrency checks (see common/database/versioned-update.ts).
 */
export abstract class VersionedRecord {
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'integer', default: 1 })
  version: number;
}
