import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { lesionSchema } from '@tumor-board/shared';
import { apiFetch } from '../../../lib/api/client';
import { decisionKeys } from './decision-keys';

// The scores are not needed here: only the site, to name lesions in the item form.
const lesionListSchema = z.object({ items: z.array(lesionSchema.loose()) });
export type BoardLesion = z.infer<typeof lesionListSchema>['items'][number];

/** `GET /api/cases/:caseId/lesions`: the lesions an item can be aimed at. */
export function getLesions(caseId: string, signal?: AbortSignal): Promise<BoardLesion[]> {
  return apiFetch(`/api/cases/${encodeURIComponent(caseId)}/lesions`, { schema: lesionListSchema, signal }).then(
    (list) => list.items,
  );
}

export const lesionsQueryOptions = (caseId: string) =>
  queryOptions({ queryKey: decisionKeys.lesions(caseId), queryFn: ({ signal }) => getLesions(caseId, signal) });

export const useLesions = (caseId: string) => useQuery(lesionsQueryOptions(caseId));
