import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LesionCreate } from '@tumor-board/shared';
import { apiFetch } from '../../../lib/api/client';
import { casePath, refreshCase } from './case-keys';
import { lesionViewSchema, type LesionView } from './get-lesions';

export interface CreateLesionVariables {
  caseId: string;
  lesion: LesionCreate;
}

/** `POST /api/cases/:caseId/lesions`; the answer carries the scores the server computed. */
export function createLesion({ caseId, lesion }: CreateLesionVariables): Promise<LesionView> {
  return apiFetch(casePath(caseId, '/lesions'), { method: 'POST', body: lesion, schema: lesionViewSchema });
}

export function useCreateLesion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createLesion,
    onSuccess: (_lesion, { caseId }) => refreshCase(queryClient, caseId),
  });
}
