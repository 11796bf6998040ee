import { queryOptions, useQuery } from '@tanstack/react-query';
import { caseDetailSchema, type CaseDetail } from '@tumor-board/shared';
import { apiFetch } from '../../../lib/api/client';
import { decisionKeys } from './decision-keys';

/** `GET /api/cases/:caseId`: the patient and status shown above the board. */
export function getCaseSummary(caseId: string, signal?: AbortSignal): Promise<CaseDetail> {
  return apiFetch(`/api/cases/${encodeURIComponent(caseId)}`, { schema: caseDetailSchema, signal });
}

export const caseSummaryQueryOptions = (caseId: string) =>
  queryOptions({ queryKey: decisionKeys.summary(caseId), queryFn: ({ signal }) => getCaseSummary(caseId, signal) });

export const useCaseSummary = (caseId: string) => useQuery(caseSummaryQueryOptions(caseId));
