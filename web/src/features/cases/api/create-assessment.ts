import { useMutation, useQueryClient } from '@tanstack/react-query';
import { assessmentSchema, type Assessment, type AssessmentCreate } from '@tumor-board/shared';
import { apiFetch } from '../../../lib/api/client';
import { casePath, refreshCase } from './case-keys';

export interface CreateAssessmentVariables {
  caseId: string;
  assessment: AssessmentCreate;
}

/** `POST /api/cases/:caseId/assessments`. The server rescores the case's lesions (NOMS reads ECOG). */
export function createAssessment({ caseId, assessment }: CreateAssessmentVariables): Promise<Assessment> {
  return apiFetch(casePath(caseId, '/assessments'), { method: 'POST', body: assessment, schema: assessmentSchema });
}

export function useCreateAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAssessment,
    onSuccess: (_assessment, { caseId }) => refreshCase(queryClient, caseId),
  });
}
