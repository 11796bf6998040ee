import { queryOptions, useQuery } from '@tanstack/react-query';
import { patientLookupSchema, type Patient } from '@tumor-board/shared';
import { apiFetch } from '../../../lib/api/client';
import { patientKeys } from './patient-keys';

/**
 * `GET /api/patients?mrn=`: the patient with exactly this MRN, or null. A referrer finds only
 * patients they referred before.
 */
export async function lookupPatient(mrn: string, signal?: AbortSignal): Promise<Patient | null> {
  const { items } = await apiFetch('/api/patients', { query: { mrn }, schema: patientLookupSchema, signal });
  return items[0] ?? null;
}

export const patientLookupQueryOptions = (mrn: string) =>
  queryOptions({
    queryKey: patientKeys.lookup(mrn),
    queryFn: ({ signal }) => lookupPatient(mrn, signal),
    // Every lookup is audited; asking again on window focus would only add noise.
    staleTime: 5 * 60_000,
    refetchOnWindowFocus: false,
  });

/** Looks up `mrn` once it is given (null: nothing asked yet). */
export const usePatientLookup = (mrn: string | null) =>
  useQuery({ ...patientLookupQueryOptions(mrn ?? ''), enabled: mrn !== null && mrn !== '' });
