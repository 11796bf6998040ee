import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { auditPageSchema, type AuditPage, type AuditQuery } from '@tumor-board/shared';
import { apiFetch, type QueryParams } from '../../../lib/api/client';
import { adminKeys } from './admin-keys';

/** The filters of the audit trail; `from` is inclusive and `to` exclusive (ISO instants). */
export type AuditFilters = Pick<AuditQuery, 'userId' | 'action' | 'outcome' | 'from' | 'to'>;

const PAGE_SIZE = 50;

const toQuery = (filters: AuditFilters): QueryParams => ({
  userId: filters.userId,
  action: filters.action,
  outcome: filters.outcome,
  from: filters.from,
  to: filters.to,
});

/** `GET /api/admin/audit`: one page of events, newest first; `before` is the previous page's `nextCursor`. */
export function getAuditEvents(
  filters: AuditFilters,
  before: string | undefined,
  signal?: AbortSignal,
): Promise<AuditPage> {
  return apiFetch('/api/admin/audit', {
    query: { ...toQuery(filters), before, limit: PAGE_SIZE },
    schema: auditPageSchema,
    signal,
  });
}

export const auditEventsQueryOptions = (filters: AuditFilters) =>
  infiniteQueryOptions({
    queryKey: adminKeys.auditList(filters),
    queryFn: ({ pageParam, signal }) => getAuditEvents(filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const useAuditEvents = (filters: AuditFilters) => useInfiniteQuery(auditEventsQueryOptions(filters));

/**
 * `GET /api/admin/audit/export` with the same filters: a CSV the browser downloads through an
 * ordinary link (the session cookie goes along; the export itself is audited).
 */
export function auditExportUrl(filters: AuditFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(toQuery(filters))) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `/api/admin/audit/export?${qs}` : '/api/admin/audit/export';
}
