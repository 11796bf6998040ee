import { z } from 'zod';
import { STORABLE_INSTANT, storableInstant } from '../domain/fields.js';

export const auditOutcomeSchema = z.enum(['success', 'denied', 'failed']);

export const auditEventSchema = z.object({
  id: z.string(),
  at: z.string(),
  userId: z.string().nullable(),
  userName: z.string().nullable(),
  roles: z.string().nullable(),
  action: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  patientId: z.string().nullable(),
  requestId: z.string().nullable(),
  outcome: auditOutcomeSchema,
  sourceIp: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEventView = z.infer<typeof auditEventSchema>;

export const auditQuerySchema = z.strictObject({
  userId: z.uuid().optional(),
  patientId: z.uuid().optional(),
  action: z.string().max(64).optional(),
  outcome: auditOutcomeSchema.optional(),
  from: z.iso.datetime({ offset: true }).refine(storableInstant, STORABLE_INSTANT).optional(),
  to: z.iso.datetime({ offset: true }).refine(storableInstant, STORABLE_INSTANT).optional(),
  /** Keyset cursor: the id of the last row of the previous page (a bigint: at most 18 digits here). */
  before: z
    .string()
    .regex(/^\d{1,18}$/)
    .optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const auditPageSchema = z.object({
  items: z.array(auditEventSchema),
  nextCursor: z.string().nullable(),
});
export type AuditPage = z.infer<typeof auditPageSchema>;
