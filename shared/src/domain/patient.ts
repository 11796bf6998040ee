import { z } from 'zod';
import { choice } from '../scores/validation.js';
import { pastOrTodayDate, resourceMetaFields, text, updateObject } from './fields.js';
import { SEXES } from './vocab.js';

/*
 * Patient (DESIGN §3). Everything here is PHI: it must never reach logs or error bodies, which is
 * why messages below never echo the value that failed.
 */

/** Hospital MRNs are short codes of letters, digits and hyphens; anything else is a paste error. */
export const MRN_PATTERN = /^[A-Za-z0-9-]{1,32}$/;

/** No living patient was born before this; an earlier date is a typing error (e.g. 1067 for 1967). */
export const EARLIEST_BIRTH_DATE = '1900-01-01';

const patientFields = {
  mrn: z.string({ error: 'is required' }).regex(MRN_PATTERN, { error: 'must be 1–32 letters, digits or hyphens' }),
  givenName: text(100),
  familyName: text(100),
  birthDate: pastOrTodayDate().refine((value) => value >= EARLIEST_BIRTH_DATE, {
    error: `must not be before ${EARLIEST_BIRTH_DATE}`,
  }),
  sex: choice(SEXES),
};

export const patientCreateSchema = z.strictObject(patientFields);
export type PatientCreate = z.infer<typeof patientCreateSchema>;

export const patientUpdateSchema = updateObject(patientFields);
export type PatientUpdate = z.infer<typeof patientUpdateSchema>;

export const patientSchema = z.strictObject({ ...resourceMetaFields, ...patientFields });
export type Patient = z.infer<typeof patientSchema>;
