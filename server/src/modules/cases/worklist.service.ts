import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  URGENCIES,
  type WorklistPage,
  type WorklistQuery,
  type WorklistRow,
  isReferrerOnly,
} from '@tumor-board/shared';
import type { Authenticated } from '../../common/access/current-user.decorator.js';
import { badRequest } from '../../common/problem/problem.exception.js';
import { AuditService } from '../audit/audit.service.js';

interface Row {
  id: string;
  status: WorklistRow['status'];
  urgency: WorklistRow['urgency'];
  primary_cancer: WorklistRow['primaryCancer'];
  clinical_question: string | null;
  referred_at: string;
  patient_id: string;
  mrn: string;
  given_name: string;
  family_name: string;
  birth_date: string;
  referrer_id: string | null;
  referrer_name: string | null;
  presenter_id: string | null;
  presenter_name: string | null;
}

/** Cursor = the last row's sort key; opaque to clients. */
interface Cursor {
  at: string;
  id: string;
  urgency?: string;
}
const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CURSOR_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** Every part is checked before it reaches SQL: a tampered cursor is a 400, never a 500. */
function decodeCursor(raw: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Partial<Cursor>;
    const validTime = typeof c.at === 'string' && CURSOR_TIME.test(c.at) && !Number.isNaN(Date.parse(c.at));
    const validUrgency = c.urgency === undefined || (URGENCIES as readonly string[]).includes(c.urgency);
    if (validTime && typeof c.id === 'string' && UUID.test(c.id) && validUrgency) return c as Cursor;
  } catch {
    // fall through
  }
  throw badRequest('The page cursor is not valid.', [
    { path: 'query.cursor', message: 'is not a cursor this server issued' },
  ]);
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (m) => `\\${m}`);

/** Microsecond-exact, so a keyset comparison never skips rows that share a millisecond. */
const REFERRED_AT_TEXT = `to_char(c.referred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

const ORDER: Record<WorklistQuery['sort'], { orderBy: string; after: string }> = {
  referred_desc: {
    orderBy: 'c.referred_at DESC, c.id DESC',
    after: '(c.referred_at, c.id) < ($AT::timestamptz, $ID::uuid)',
  },
  referred_asc: {
    orderBy: 'c.referred_at ASC, c.id ASC',
    after: '(c.referred_at, c.id) > ($AT::timestamptz, $ID::uuid)',
  },
  urgency: {
    orderBy: 'c.urgency DESC, c.referred_at DESC, c.id DESC',
    after: '(c.urgency, c.referred_at, c.id) < ($URG::case_urgency, $AT::timestamptz, $ID::uuid)',
  },
};

/**
 * The worklist: filters, three sort orders and keyset pages. Each sort has an index ending in
 * (referred_at, id), so a page reads `limit` index entries whether the table holds 100 or 100,000
 * cases. A referrer's list is always narrowed to the cases they referred.
 */
@Injectable()
export class WorklistService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async search(query: WorklistQuery, auth: Authenticated): Promise<WorklistPage> {
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const referrerId = isReferrerOnly(auth.user.roles) ? auth.user.id : query.referrerId;
    if (referrerId) where.push(`c.referring_oncologist_id = ${param(referrerId)}`);
    if (query.presenterId) where.push(`c.presenting_clinician_id = ${param(query.presenterId)}`);
    if (query.status) where.push(`c.status = ANY(${param(query.status)}::case_status[])`);
    if (query.urgency) where.push(`c.urgency = ANY(${param(query.urgency)}::case_urgency[])`);
    if (query.primary) where.push(`c.primary_cancer = ANY(${param(query.primary)}::primary_cancer[])`);
    if (query.from) where.push(`c.referred_at >= ${param(query.from)}::timestamptz`);
    if (query.to) where.push(`c.referred_at < ${param(query.to)}::timestamptz`);
    if (query.mrn) where.push(`p.mrn = ${param(query.mrn)}`);
    if (query.q) {
      const exact = param(query.q);
      const prefix = param(`${escapeLike(query.q.toLowerCase())}%`);
      where.push(`(p.mrn = ${exact} OR lower(p.family_name) LIKE ${prefix} OR lower(p.given_name) LIKE ${prefix})`);
    }
    const order = ORDER[query.sort];
    if (query.cursor) {
      const cursor = decodeCursor(query.cursor);
      if (query.sort === 'urgency' && !cursor.urgency)
        throw badRequest('The page cursor is not valid.', [
          { path: 'query.cursor', message: 'belongs to another sort order' },
        ]);
      where.push(
        order.after
          .replace('$AT', param(cursor.at))
          .replace('$ID', param(cursor.id))
          .replace('$URG', query.sort === 'urgency' ? param(cursor.urgency) : ''),
      );
    }
    const limit = param(query.limit + 1);
    const rows = await this.dataSource.query<Row[]>(
      `SELECT c.id, c.status, c.urgency, c.primary_cancer, c.clinical_question, ${REFERRED_AT_TEXT} AS referred_at,
              p.id AS patient_id, p.mrn, p.given_name, p.family_name, to_char(p.birth_date, 'YYYY-MM-DD') AS birth_date,
              r.id AS referrer_id, r.name AS referrer_name, pr.id AS presenter_id, pr.name AS presenter_name
         FROM board_case c
         JOIN patient p ON p.id = c.patient_id
         LEFT JOIN app_user r ON r.id = c.referring_oncologist_id
         LEFT JOIN app_user pr ON pr.id = c.presenting_clinician_id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY ${order.orderBy}
        LIMIT ${limit}`,
      params,
    );
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    const nextCursor =
      rows.length > query.limit && last
        ? encodeCursor({
            at: last.referred_at,
            id: last.id,
            ...(query.sort === 'urgency' ? { urgency: last.urgency } : {}),
          })
        : null;
    await this.audit.record({
      action: 'case.list',
      outcome: 'success',
      entityType: 'case',
      detail: {
        count: page.length,
        filters: Object.keys(query).filter((k) => !['sort', 'limit', 'cursor'].includes(k)),
      },
    });
    return { items: page.map(toRow), nextCursor };
  }
}

const toRow = (r: Row): WorklistRow => ({
  id: r.id,
  status: r.status,
  urgency: r.urgency,
  primaryCancer: r.primary_cancer,
  clinicalQuestion: r.clinical_question,
  referredAt: r.referred_at,
  patient: {
    id: r.patient_id,
    mrn: r.mrn,
    givenName: r.given_name,
    familyName: r.family_name,
    birthDate: r.birth_date,
  },
  referrer: r.referrer_id ? { id: r.referrer_id, name: r.referrer_name ?? '' } : null,
  presenter: r.presenter_id ? { id: r.presenter_id, name: r.presenter_name ?? '' } : null,
});
