import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuditEventView, AuditPage, AuditQuery } from '@tumor-board/shared';
import { toCsv } from '../../common/csv/to-csv.js';
import { AuditService } from './audit.service.js';

interface AuditRow {
  id: string;
  at: Date;
  user_id: string | null;
  user_name: string | null;
  roles: string | null;
  action: string;
  entity_type: string | null;
  entity_id: string | null;
  patient_id: string | null;
  request_id: string | null;
  outcome: AuditEventView['outcome'];
  source_ip: string | null;
  detail: Record<string, unknown> | null;
}

const toView = (r: AuditRow): AuditEventView => ({
  id: String(r.id),
  at: r.at.toISOString(),
  userId: r.user_id,
  userName: r.user_name,
  roles: r.roles,
  action: r.action,
  entityType: r.entity_type,
  entityId: r.entity_id,
  patientId: r.patient_id,
  requestId: r.request_id,
  outcome: r.outcome,
  sourceIp: r.source_ip,
  detail: r.detail,
});

const EXPORT_LIMIT = 50_000;

/** Reading the audit trail (admins): filters, newest first, keyset pages on the id. */
@Injectable()
export class AuditQueryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  private async rows(query: AuditQuery, limit: number): Promise<AuditRow[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (query.userId) add('e.user_id = ?', query.userId);
    if (query.patientId) add('e.patient_id = ?', query.patientId);
    if (query.action) add('e.action = ?', query.action);
    if (query.outcome) add('e.outcome = ?', query.outcome);
    if (query.from) add('e.at >= ?', query.from);
    if (query.to) add('e.at < ?', query.to);
    if (query.before) add('e.id < ?', query.before);
    params.push(limit);
    return this.dataSource.query<AuditRow[]>(
      `SELECT e.*, u.name AS user_name FROM audit_event e LEFT JOIN app_user u ON u.id = e.user_id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY e.id DESC LIMIT $${params.length}`,
      params,
    );
  }

  async page(query: AuditQuery): Promise<AuditPage> {
    const rows = await this.rows(query, query.limit + 1);
    const items = rows.slice(0, query.limit).map(toView);
    return { items, nextCursor: rows.length > query.limit ? (items.at(-1)?.id ?? null) : null };
  }

  /** The filtered trail as CSV; the export itself is audited. */
  async exportCsv(query: AuditQuery): Promise<string> {
    const rows = (await this.rows(query, EXPORT_LIMIT)).map(toView);
    await this.audit.record({
      action: 'audit.export',
      outcome: 'success',
      entityType: 'audit_event',
      detail: { rows: rows.length },
    });
    return toCsv(
      [
        'id',
        'at',
        'user_id',
        'user_name',
        'roles',
        'action',
        'entity_type',
        'entity_id',
        'patient_id',
        'request_id',
        'outcome',
        'source_ip',
        'detail',
      ],
      rows.map((r) => [
        r.id,
        r.at,
        r.userId,
        r.userName,
        r.roles,
        r.action,
        r.entityType,
        r.entityId,
        r.patientId,
        r.requestId,
        r.outcome,
        r.sourceIp,
        r.detail,
      ]),
    );
  }
}
