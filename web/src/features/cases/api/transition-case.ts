import { useMutation, useQueryClient } from '@tanstack/react-query';
import { caseDetailSchema, type CaseDetail, type CaseTransitionRequest } from '@tumor-board/shared';
import { apiFetch } from '../../../lib/api/client';
import { caseKeys, casePath } from './case-keys';

export interface TransitionCaseVariables {
  caseId: string;
  request: CaseTransitionRequest;
}

/**
 * `POST /api/cases/:caseId/transitions`. 422 when the move is not allowed, needs a reason, or the
 * case is not ready (its `errors` name the unmet readiness items); 409 when `version` is stale.
 */
export function transitionCase({ caseId, request }: TransitionCaseVariables): Promise<CaseDetail> {
  return apiFetch(casePath(caseId, '/transitions'), { method: 'POST', body: request, schema: caseDetailSchema });
}

export function useTransitionCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: transitionCase,
    onSuccess: (detail, { caseId }) => {
      queryClient.setQueryData(caseKeys.detail(caseId), detail);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: caseKeys.history(caseId) }),
        queryClient.invalidateQueries({ queryKey: caseKeys.worklists() }),
      ]);
    },
    onError: (_error, { caseId }) => queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId), exact: true }),
  });
}
