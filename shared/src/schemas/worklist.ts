import { z } from 'zod';
import { CASE_STATUSES, PRIMARY_CANCERS, URGENCIES } from '../domain/vocab.js';
import { caseReadinessSchema } from '../readiness/case-readiness.js';
import { caseSchema } from '../domain/case.js';
import { patientSchema } from '../domain/patient.js';
import { MAX_VERSION, STORABLE_INSTANT, storableInstant } from '../domain/fields.js';

/** A comma-separated list in a query string (`status=ready,scheduled`). */
const listOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .transform((s) => s.split(',').filter(Boolean))
    .pipe(z.array(z.enum(values)).min(1).max(values.length));

export const WORKLIST_SORTS = ['referred_desc', 'referred_asc', 'urgency'] as const;
export type WorklistSort = (typeof WORKLIST_SORTS)[number];

export const worklistQuerySchema = z.strictObject({
  /** Free search: an exact MRN, or the start of a family or given name. */
  q: z.string().trim().min(1).max(100).optional(),
  mrn: z.string().trim().min(1).max(32).optional(),
  status: listOf(CASE_STATUSES).optional(),
  urgency: listOf(URGENCIES).optional(),
  primary: listOf(PRIMARY_CANCERS).optional(),
  presenterId: z.uuid().optional(),
  referrerId: z.uuid().optional(),
  /** Referred on or after / before (ISO dates or date-times). */
  from: z.iso
    .date()
    .or(z.iso.datetime({ offset: true }))
    .refine(storableInstant, STORABLE_INSTANT)
    .optional(),
  to: z.iso
    .date()
    .or(z.iso.datetime({ offset: true }))
    .refine(storableInstant, STORABLE_INSTANT)
    .optional(),
  sort: z.enum(WORKLIST_SORTS).default('referred_desc'),
  /** Opaque keyset cursor from the previous page's `nextCursor`. */
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type WorklistQuery = z.infer<typeof worklistQuerySchema>;

export const personRefSchema = z.object({ id: z.string(), name: z.string() });
export type PersonRef = z.infer<typeof personRefSchema>;

export const worklistRowSchema = z.object({
  id: z.string(),
  status: z.enum(CASE_STATUSES),
  urgency: z.enum(URGENCIES),
  primaryCancer: z.enum(PRIMARY_CANCERS).nullable(),
  clinicalQuestion: z.string().nullable(),
  referredAt: z.string(),
  patient: z.object({
    id: z.string(),
    mrn: z.string(),
    givenName: z.string(),
    familyName: z.string(),
    birthDate: z.string(),
  }),
  referrer: personRefSchema.nullable(),
  presenter: personRefSchema.nullable(),
});
export type WorklistRow = z.infer<typeof worklistRowSchema>;

export const worklistPageSchema = z.object({
  items: z.array(worklistRowSchema),
  nextCursor: z.string().nullable(),
});
export type WorklistPage = z.infer<typeof worklistPageSchema>;

/** The case page's header data: the case, its patient, the people on it, readiness and next moves. */
export const caseDetailSchema = z.object({
  case: caseSchema,
  patient: patientSchema,
  referrer: personRefSchema.nullable(),
  presenter: personRefSchema.nullable(),
  referredAt: z.string(),
  readiness: caseReadinessSchema,
  allowedTransitions: z.array(z.enum(CASE_STATUSES)),
});
export type CaseDetail = z.infer<typeof caseDetailSchema>;

export const caseStatusEventSchema = z.object({
  id: z.string(),
  fromStatus: z.enum(CASE_STATUSES).nullable(),
  toStatus: z.enum(CASE_STATUSES),
  reason: z.string().nullable(),
  by: personRefSchema.nullable(),
  at: z.string(),
});
export type CaseStatusEventView = z.infer<typeof caseStatusEventSchema>;

export const caseHistorySchema = z.object({ items: z.array(caseStatusEventSchema) });
export type CaseHistory = z.infer<typeof caseHistorySchema>;

export const patientLookupQuerySchema = z.strictObject({ mrn: z.string().trim().min(1).max(32) });
export const patientLookupSchema = z.object({ items: z.array(patientSchema) });
export type PatientLookup = z.infer<typeof patientLookupSchema>;

export const caseIdParamsSchema = z.strictObject({ caseId: z.uuid('must be a UUID') });
export const childIdParamsSchema = z.strictObject({ caseId: z.uuid('must be a UUID'), id: z.uuid('must be a UUID') });

/** Deleting a versioned record names the version it read (`?version=3`). */
export const versionQuerySchema = z.strictObject({ version: z.coerce.number().int().positive().max(MAX_VERSION) });
