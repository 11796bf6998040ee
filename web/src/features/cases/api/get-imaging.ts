import { queryOptions, useQuery } from '@tanstack/react-query';
import { imagingSummarySchema, type ImagingSummary } from '@tumor-board/shared';
import { z } from 'zod';
import { apiFetch } from '../../../lib/api/client';
import { caseKeys, casePath } from './case-keys';

const imagingListSchema = z.object({ items: z.array(imagingSummarySchema) });

/** `GET /api/cases/:caseId/imaging`: the radiologists' summaries of the case's studies. */
export async function getImaging(caseId: string, signal?: AbortSignal): Promise<ImagingSummary[]> {
  const { items } = await apiFetch(casePath(caseId, '/imaging'), { schema: imagingListSchema, signal });
  return items;
}

export const imagingQueryOptions = (caseId: string) =>
  queryOptions({
    queryKey: caseKeys.imaging(caseId),
    queryFn: ({ signal }) => getImaging(caseId, signal),
  });

export const useImaging = (caseId: string) => useQuery(imagingQueryOptions(caseId));
