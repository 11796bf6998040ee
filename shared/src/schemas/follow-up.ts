import { z } from 'zod';
import { NEUROLOGIC_STATUSES, PRIMARY_CANCERS, URGENCIES } from '../domain/vocab.js';
import { notYearZero, YEAR_ZERO } from '../domain/fields.js';

export const ITEM_OUTCOME_STATUSES = ['done', 'modified', 'not_done'] as const;
export type ItemOutcomeStatus = (typeof ITEM_OUTCOME_STATUSES)[number];

/** What the referring oncologist did about one decision item. */
export const itemOutcomeRequestSchema = z
  .strictObject({
    status: z.enum(ITEM_OUTCOME_STATUSES),
    /** Required when modified or not done. */
    reason: z.string().trim().max(2000).nullish(),
    occurredOn: z.iso.date().refine(notYearZero, YEAR_ZERO),
  })
  .superRefine((v, ctx) => {
    if (v.status !== 'done' && !v.reason)
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: `is required when the item was ${v.status.replace('_', ' ')}`,
      });
  });
export type ItemOutcomeRequest = z.infer<typeof itemOutcomeRequestSchema>;

export const itemOutcomeSchema = z.object({
  decisionId: z.string(),
  itemId: z.string(),
  status: z.enum(ITEM_OUTCOME_STATUSES),
  reason: z.string().nullable(),
  occurredOn: z.string(),
  recordedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  recordedAt: z.string(),
});
export type ItemOutcome = z.infer<typeof itemOutcomeSchema>;

export const PAIN_RESPONSES = ['complete', 'partial', 'stable', 'progression', 'not_assessable'] as const;
export const SKELETAL_RELATED_EVENTS = [
  'pathological_fracture',
  'spinal_cord_compression',
  'surgery_to_bone',
  'radiotherapy_to_bone',
  'hypercalcaemia',
] as const;
export const OUTCOME_HORIZONS = [30, 90] as const;

/** Outcome at 30 or 90 days after the decision (pain response, skeletal-related events, neurology). */
export const caseOutcomeRequestSchema = z.strictObject({
  horizonDays: z.union([z.literal(30), z.literal(90)]),
  assessedOn: z.iso.date().refine(notYearZero, YEAR_ZERO),
  painResponse: z.enum(PAIN_RESPONSES),
  skeletalRelatedEvents: z.array(z.enum(SKELETAL_RELATED_EVENTS)).max(SKELETAL_RELATED_EVENTS.length),
  neurology: z.enum(NEUROLOGIC_STATUSES).nullish(),
  notes: z.string().trim().max(2000).nullish(),
});
export type CaseOutcomeRequest = z.infer<typeof caseOutcomeRequestSchema>;

export const caseOutcomeSchema = z.object({
  id: z.string(),
  decisionId: z.string(),
  horizonDays: z.number().int(),
  assessedOn: z.string(),
  painResponse: z.enum(PAIN_RESPONSES),
  skeletalRelatedEvents: z.array(z.enum(SKELETAL_RELATED_EVENTS)),
  neurology: z.enum(NEUROLOGIC_STATUSES).nullable(),
  notes: z.string().nullable(),
  recordedAt: z.string(),
});
export type CaseOutcome = z.infer<typeof caseOutcomeSchema>;

export const followUpSchema = z.object({
  decisionId: z.string(),
  acknowledgedAt: z.string().nullable(),
  acknowledgedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  itemOutcomes: z.array(itemOutcomeSchema),
  outcomes: z.array(caseOutcomeSchema),
});
export type FollowUp = z.infer<typeof followUpSchema>;

/** One line of a referring oncologist's inbox. */
export const inboxEntrySchema = z.object({
  decisionId: z.string(),
  caseId: z.string(),
  patient: z.object({ mrn: z.string(), givenName: z.string(), familyName: z.string() }),
  primaryCancer: z.enum(PRIMARY_CANCERS).nullable(),
  urgency: z.enum(URGENCIES),
  signedAt: z.string(),
  sequence: z.number().int(),
  itemCount: z.number().int(),
  read: z.boolean(),
  acknowledgedAt: z.string().nullable(),
});
export type InboxEntry = z.infer<typeof inboxEntrySchema>;
export const inboxSchema = z.object({ items: z.array(inboxEntrySchema), unread: z.number().int() });
export type Inbox = z.infer<typeof inboxSchema>;

/** A decision item past its due date with nothing recorded: flagged to the coordinator. */
export const overdueItemSchema = z.object({
  decisionId: z.string(),
  caseId: z.string(),
  itemId: z.string(),
  description: z.string(),
  dueBy: z.string(),
  patient: z.object({ mrn: z.string(), givenName: z.string(), familyName: z.string() }),
  referrer: z.object({ id: z.string(), name: z.string() }).nullable(),
});
export type OverdueItem = z.infer<typeof overdueItemSchema>;
export const overdueListSchema = z.object({ items: z.array(overdueItemSchema) });
export type OverdueList = z.infer<typeof overdueListSchema>;
