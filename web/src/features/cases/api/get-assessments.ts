import { queryOptions, useQuery } from '@tanstack/react-query';
import { assessmentSchema, type Assessment } from '@tumor-board/shared';
import { z } from 'zod';
import { apiFetch } from '../../../lib/api/client';
import { caseKeys, casePath } from './case-keys';

const assessmentListSchema = z.object({ items: z.array(assessmentSchema) });

/** `GET /api/cases/:caseId/assessments`. */
export async function getAssessments(caseId: string, signal?: AbortSignal): Promise<Assessment[]> {
  const { items } = await apiFetch(casePath(caseId, '/assessments'), { schema: assessmentListSchema, signal });
  return items;
}

export const assessmentsQueryOptions = (caseId: string) =>
  queryOptions({
    queryKey: caseKeys.assessments(caseId),
    queryFn: ({ signal }) => getAssessments(caseId, signal),
  });

export const useAssessments = (caseId: string) => useQuery(assessmentsQueryOptions(caseId));
