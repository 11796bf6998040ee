import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api/client';
import { casePath, refreshCase } from './case-keys';

export interface DeleteAssessmentVariables {
  caseId: string;
  id: string;
  /** The version read; a stale one is answered 409. */
  version: number;
}

/** `DELETE /api/cases/:caseId/assessments/:id?version=`. */
export function deleteAssessment({ caseId, id, version }: DeleteAssessmentVariables): Promise<void> {
  return apiFetch(casePath(caseId, `/assessments/${encodeURIComponent(id)}`), {
    method: 'DELETE',
    query: { version },
  });
}

export function useDeleteAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteAssessment,
    // Refresh on failure too: a 409 or 404 means the list is out of date.
    onSettled: (_result, _error, { caseId }) => refreshCase(queryClient, caseId),
  });
}
