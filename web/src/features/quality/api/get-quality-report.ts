import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { qualityReportSchema, type QualityQuery, type QualityReport } from '@tumor-board/shared';
import { apiFetch, type QueryParams } from '../../../lib/api/client';
import { qualityKeys } from './quality-keys';

export type { QualityReport };

const toParams = (query: QualityQuery): QueryParams => ({
  from: query.from,
  to: query.to,
  seriesId: query.seriesId,
});

/** `GET /api/quality`: the board's figures for a period (UTC days, both included) and optional series. */
export function getQualityReport(query: QualityQuery, signal?: AbortSignal): Promise<QualityReport> {
  return apiFetch('/api/quality', { query: toParams(query), schema: qualityReportSchema, signal });
}

export const qualityReportQueryOptions = (query: QualityQuery) =>
  queryOptions({
    queryKey: qualityKeys.report(query),
    queryFn: ({ signal }) => getQualityReport(query, signal),
    // Keep the last figures on screen while another period loads, instead of flashing a loader.
    placeholderData: keepPreviousData,
  });

/** Fetches only for a valid query (`null` while the filters are being corrected). */
export const useQualityReport = (query: QualityQuery | null) =>
  useQuery({
    ...qualityReportQueryOptions(query ?? { from: '', to: '' }),
    enabled: query !== null,
  });

/**
 * `GET /api/quality/export.csv` with the same filters: an ordinary link, so the browser downloads the
 * file with the session cookie (the export is audited).
 */
export function qualityCsvUrl(query: QualityQuery): string {
  const params = new URLSearchParams({ from: query.from, to: query.to });
  if (query.seriesId) params.set('seriesId', query.seriesId);
  return `/api/quality/export.csv?${params.toString()}`;
}
