import { useMutation, useQueryClient } from '@tanstack/react-query';
import { patientSchema, type Patient, type PatientCreate } from '@tumor-board/shared';
import { apiFetch, isApiError } from '../../../lib/api/client';
import { patientKeys } from './patient-keys';

/** `POST /api/patients`: registers a patient; 409 when the MRN is taken (see `existingPatientId`). */
export function createPatient(patient: PatientCreate): Promise<Patient> {
  return apiFetch('/api/patients', { method: 'POST', body: patient, schema: patientSchema });
}

/**
 * From a 409 answer to `createPatient`: `{ existingPatientId }` when the caller may see that
 * patient, `{ existingPatientId: null }` when the MRN is taken by a patient hidden from them (a
 * referrer's), and null for any other error.
 */
export function mrnConflict(error: unknown): { existingPatientId: string | null } | null {
  if (!isApiError(error) || error.status !== 409) return null;
  const id = error.extensions.existingPatientId;
  return { existingPatientId: typeof id === 'string' ? id : null };
}

export function useCreatePatient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPatient,
    onSuccess: (patient) => {
      queryClient.setQueryData(patientKeys.detail(patient.id), patient);
      return queryClient.invalidateQueries({ queryKey: patientKeys.lookup(patient.mrn) });
    },
  });
}
