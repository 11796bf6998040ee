/** Query keys of patients (intake's MRN lookup). */
export const patientKeys = {
  all: ['patients'] as const,
  lookup: (mrn: string) => [...patientKeys.all, 'lookup', mrn] as const,
  detail: (id: string) => [...patientKeys.all, 'detail', id] as const,
};
