import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api/client';
import { casePath, refreshCase } from './case-keys';

export interface DeleteLesionVariables {
  caseId: string;
  id: string;
  version: number;
}

/** `DELETE /api/cases/:caseId/lesions/:id?version=`. */
export function deleteLesion({ caseId, id, version }: DeleteLesionVariables): Promise<void> {
  return apiFetch(casePath(caseId, `/lesions/${encodeURIComponent(id)}`), { method: 'DELETE', query: { version } });
}

export function useDeleteLesion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteLesion,
    onSettled: (_result, _error, { caseId }) => refreshCase(queryClient, caseId),
  });
}
