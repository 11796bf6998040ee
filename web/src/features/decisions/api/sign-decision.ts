import { useMutation, useQueryClient } from '@tanstack/react-query';
import { decisionSchema, type Decision } from '@tumor-board/shared';
import { apiFetch } from '../../../lib/api/client';
import { decisionKeys } from './decision-keys';

/** `POST /api/cases/:caseId/decisions/:id/sign` (chair); 422 lists what is still missing. */
export function signDecision(caseId: string, id: string, version: number): Promise<Decision> {
  return apiFetch(`/api/cases/${encodeURIComponent(caseId)}/decisions/${encodeURIComponent(id)}/sign`, {
    method: 'POST',
    body: { version },
    schema: decisionSchema,
  });
}

export function useSignDecision(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => signDecision(caseId, id, version),
    // Signing also moves the case to decided: refresh the summary too.
    onSettled: () => queryClient.invalidateQueries({ queryKey: decisionKeys.case(caseId) }),
  });
}
