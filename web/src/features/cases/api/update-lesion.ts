import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LesionUpdate } from '@tumor-board/shared';
import { apiFetch, isApiError } from '../../../lib/api/client';
import { casePath, refreshCase } from './case-keys';
import { lesionViewSchema, type LesionView } from './get-lesions';

export interface UpdateLesionVariables {
  caseId: string;
  id: string;
  changes: LesionUpdate;
}

/**
 * `PATCH /api/cases/:caseId/lesions/:id`: 409 with the lesion as it is now when `version` is stale,
 * 422 when the merged lesion breaks a rule (e.g. SINS inputs left on a site that is not spinal).
 */
export function updateLesion({ caseId, id, changes }: UpdateLesionVariables): Promise<LesionView> {
  return apiFetch(casePath(caseId, `/lesions/${encodeURIComponent(id)}`), {
    method: 'PATCH',
    body: changes,
    schema: lesionViewSchema,
  });
}

/** The lesion as it is now, from a 409 answer; null for any other error. */
export function currentLesionFromConflict(error: unknown): LesionView | null {
  if (!isApiError(error) || error.status !== 409) return null;
  const parsed = lesionViewSchema.safeParse(error.extensions.current);
  return parsed.success ? parsed.data : null;
}

export function useUpdateLesion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateLesion,
    onSuccess: (_lesion, { caseId }) => refreshCase(queryClient, caseId),
    onError: (error, { caseId }) =>
      isApiError(error) && error.status === 409 ? refreshCase(queryClient, caseId) : undefined,
  });
}
