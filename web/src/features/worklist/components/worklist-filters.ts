import {
  CASE_STATUSES,
  PRIMARY_CANCERS,
  URGENCIES,
  WORKLIST_SORTS,
  type CaseStatus,
  type PrimaryCancer,
  type Urgency,
  type WorklistSort,
} from '@tumor-board/shared';

/*
 * The worklist's filters live in the URL query string (`/worklist?status=ready,scheduled&sort=urgency`)
 * so a filtered list can be bookmarked, shared and survives a reload. The names and list syntax are
 * the API's own (shared worklistQuerySchema), so the URL reads the same as the request it makes.
 * Values that do not fit are dropped rather than sent, so a mangled link still opens a list.
 */

export interface WorklistFilters {
  q: string;
  status: CaseStatus[];
  urgency: Urgency[];
  primary: PrimaryCancer[];
  presenterId?: string;
  referrerId?: string;
  /** Referred on or after / on or before (YYYY-MM-DD). */
  from?: string;
  to?: string;
  sort: WorklistSort;
  /** Page size (1–100); not offered on screen, but a link may set it. Absent: the API's default. */
  limit?: number;
}

export const DEFAULT_SORT: WorklistSort = 'referred_desc';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function listParam<T extends string>(params: URLSearchParams, key: string, allowed: readonly T[]): T[] {
  const values = (params.get(key) ?? '').split(',').filter((v): v is T => (allowed as readonly string[]).includes(v));
  return [...new Set(values)];
}

const matching = (value: string | null, pattern: RegExp): string | undefined =>
  value !== null && pattern.test(value) ? value : undefined;

function pageSize(value: string | null): number | undefined {
  const n = Number(value);
  return value !== null && Number.isInteger(n) && n >= 1 && n <= 100 ? n : undefined;
}

export function filtersFromParams(params: URLSearchParams): WorklistFilters {
  const sort = params.get('sort');
  return {
    q: (params.get('q') ?? '').slice(0, 100),
    status: listParam(params, 'status', CASE_STATUSES),
    urgency: listParam(params, 'urgency', URGENCIES),
    primary: listParam(params, 'primary', PRIMARY_CANCERS),
    presenterId: matching(params.get('presenterId'), UUID),
    referrerId: matching(params.get('referrerId'), UUID),
    from: matching(params.get('from'), DATE),
    to: matching(params.get('to'), DATE),
    sort: (WORKLIST_SORTS as readonly string[]).includes(sort ?? '') ? (sort as WorklistSort) : DEFAULT_SORT,
    limit: pageSize(params.get('limit')),
  };
}

/** Only what differs from the defaults goes into the URL, so an unfiltered list is plain `/worklist`. */
export function paramsFromFilters(filters: WorklistFilters): URLSearchParams {
  const params = new URLSearchParams();
  const q = filters.q.trim();
  if (q) params.set('q', q);
  if (filters.status.length) params.set('status', filters.status.join(','));
  if (filters.urgency.length) params.set('urgency', filters.urgency.join(','));
  if (filters.primary.length) params.set('primary', filters.primary.join(','));
  if (filters.presenterId) params.set('presenterId', filters.presenterId);
  if (filters.referrerId) params.set('referrerId', filters.referrerId);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.sort !== DEFAULT_SORT) params.set('sort', filters.sort);
  if (filters.limit !== undefined) params.set('limit', String(filters.limit));
  return params;
}

/** The filters as the API query takes them (trimmed search), used as the query key as well. */
export function normalizeFilters(filters: WorklistFilters): WorklistFilters {
  return { ...filters, q: filters.q.trim() };
}

export const hasActiveFilters = (filters: WorklistFilters): boolean =>
  paramsFromFilters({ ...filters, sort: DEFAULT_SORT, limit: undefined }).toString() !== '';
