import { queryOptions } from '@tanstack/react-query';
import { patientSchema, type Patient } from '@tumor-board/shared';
import { apiFetch } from '../../../lib/api/client';
import { patientKeys } from './patient-keys';

/** `GET /api/patients/:id`. */
export function getPatient(id: string, signal?: AbortSignal): Promise<Patient> {
  return apiFetch(`/api/patients/${encodeURIComponent(id)}`, { schema: patientSchema, signal });
}

export const patientQueryOptions = (id: string) =>
  queryOptions({
    queryKey: patientKeys.detail(id),
    queryFn: ({ signal }) => getPatient(id, signal),
  });
