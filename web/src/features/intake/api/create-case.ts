import { useMutation, useQueryClient } from '@tanstack/react-query';
import { caseSchema, type Case, type CaseCreate } from '@tumor-board/shared';
import { apiFetch } from '../../../lib/api/client';
import { caseKeys } from '../../cases/api/case-keys';

/** `POST /api/cases`: refers the patient, creating a draft case. */
export function createCase(input: CaseCreate): Promise<Case> {
  return apiFetch('/api/cases', { method: 'POST', body: input, schema: caseSchema });
}

export function useCreateCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCase,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseKeys.worklists() }),
  });
}
