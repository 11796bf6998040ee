import { useMutation, useQueryClient } from '@tanstack/react-query';
import { caseSchema, type Case, type CaseUpdate } from '@tumor-board/shared';
import { apiFetch, isApiError } from '../../../lib/api/client';
import { casePath, refreshCase } from './case-keys';

export interface UpdateCaseVariables {
  caseId: string;
  /** `version` is the one the form was filled from; the other fields only where they changed. */
  changes: CaseUpdate;
}

/** `PATCH /api/cases/:caseId`. A stale `version` is answered 409 with the case as it is now. */
export function updateCase({ caseId, changes }: UpdateCaseVariables): Promise<Case> {
  return apiFetch(casePath(caseId), { method: 'PATCH', body: changes, schema: caseSchema });
}

/** The case as it is now, from a 409 answer; null for any other error. */
export function currentCaseFromConflict(error: unknown): Case | null {
  if (!isApiError(error) || error.status !== 409) return null;
  const parsed = caseSchema.safeParse(error.extensions.current);
  return parsed.success ? parsed.data : null;
}

export function useUpdateCase() {
  const queryClient = useQueryClient();
  const refresh = (caseId: string) => refreshCase(queryClient, caseId);
  return useMutation({
    mutationFn: updateCase,
    onSuccess: (_case, { caseId }) => refresh(caseId),
    // A 409 means what the page shows is out of date as well.
    onError: (error, { caseId }) => (currentCaseFromConflict(error) ? refresh(caseId) : undefined),
  });
}
