import { useMutation, useQueryClient } from '@tanstack/react-query';
import { imagingSummarySchema, type ImagingSummary, type ImagingSummaryCreate } from '@tumor-board/shared';
import { apiFetch } from '../../../lib/api/client';
import { casePath, refreshCase } from './case-keys';

export interface CreateImagingVariables {
  caseId: string;
  summary: ImagingSummaryCreate;
}

/** `POST /api/cases/:caseId/imaging` (radiologists and interventional radiologists only). */
export function createImaging({ caseId, summary }: CreateImagingVariables): Promise<ImagingSummary> {
  return apiFetch(casePath(caseId, '/imaging'), { method: 'POST', body: summary, schema: imagingSummarySchema });
}

export function useCreateImaging() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createImaging,
    onSuccess: (_summary, { caseId }) => refreshCase(queryClient, caseId),
  });
}
