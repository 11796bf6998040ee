import { queryOptions, useQuery } from '@tanstack/react-query';
import { lesionSchema, type Lesion, type LesionScores } from '@tumor-board/shared';
import { z } from 'zod';
import { apiFetch } from '../../../lib/api/client';
import { caseKeys, casePath } from './case-keys';

/** A lesion with the scores the server computed from it (shared `computeLesionScores`). */
export type LesionView = Lesion & { scores: LesionScores };

const isObject = (value: unknown): boolean => typeof value === 'object' && value !== null;

// The scores' shape is `computeLesionScores`'s return type; shared has no zod schema for it, so only
// the envelope is checked here.
export const lesionViewSchema = lesionSchema.extend({
  scores: z.custom<LesionScores>(
    (value) =>
      isObject(value) &&
      ['sins', 'mirels', 'bilsky'].every((tool) => isObject((value as Record<string, unknown>)[tool])),
    { message: 'must hold the lesion’s scores' },
  ),
});

const lesionListSchema = z.object({ items: z.array(lesionViewSchema) });

/** `GET /api/cases/:caseId/lesions`: the case's lesions with their computed scores. */
export async function getLesions(caseId: string, signal?: AbortSignal): Promise<LesionView[]> {
  const { items } = await apiFetch(casePath(caseId, '/lesions'), { schema: lesionListSchema, signal });
  return items;
}

export const lesionsQueryOptions = (caseId: string) =>
  queryOptions({
    queryKey: caseKeys.lesions(caseId),
    queryFn: ({ signal }) => getLesions(caseId, signal),
  });

export const useLesions = (caseId: string) => useQuery(lesionsQueryOptions(caseId));
