import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { currentContext } from '../../common/request-context/request-context.js';
import { AuditEvent, type AuditOutcome } from './audit-event.entity.js';

export interface AuditEntry {
  action: string;
  outcome: AuditOutcome;
  entityType?: string;
  entityId?: string | null;
  patientId?: string | null;
  /** Codes and ids only: never names, MRNs, free text or other patient data. */
  detail?: Record<string, unknown>;
  /** For events before a session exists (sign-in): who it was about. */
  userId?: string | null;
  roles?: readonly string[];
}

/**
 * Writes the audit trail. Pass the transaction's EntityManager so the row commits or rolls back
 * with the change it records; if the insert fails, the transaction and so the request fail.
 */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Several events in one INSERT (e.g. one read row per patient shown on a meeting screen). */
  async recordMany(entries: readonly AuditEntry[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    if (!entries.length) return;
    await manager.save(
      AuditEvent,
      entries.map((e) => this.toEvent(e, manager)),
    );
  }

  async record(entry: AuditEntry, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.save(AuditEvent, this.toEvent(entry, manager));
  }

  private toEvent(entry: AuditEntry, manager: EntityManager): AuditEvent {
    const context = currentContext();
    const actor = context?.actor;
    return manager.create(AuditEvent, {
      userId: entry.userId !== undefined ? entry.userId : (actor?.userId ?? null),
      roles: (entry.roles ?? actor?.roles)?.join(',') ?? null,
      action: entry.action,
      entityType: entry.entityType ?? null,
      entityId: entry.entityId ?? null,
      patientId: entry.patientId ?? null,
      requestId: context?.requestId ?? null,
      outcome: entry.outcome,
      sourceIp: context?.sourceIp ?? null,
      detail: entry.detail ?? null,
    });
  }
}
