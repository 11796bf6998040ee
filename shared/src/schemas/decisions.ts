import { z } from 'zod';
import { notYearZero, versionField, YEAR_ZERO } from '../domain/fields.js';
import { recommendationItemSchema } from '../treatment/recommendation-kinds.js';
import { storedSafetyWarningSchema } from '../treatment/safety-warning.js';

/** An agreed item: copied from a discipline's recommendation (its ids kept) or written new. */
export const decisionItemInputSchema = z.strictObject({
  /** Keep the id of an item already in the draft so its follow-up stays attached. */
  id: z.uuid().optional(),
  item: recommendationItemSchema,
  sourceRecommendationId: z.uuid().nullish(),
  sourceItemId: z.uuid().nullish(),
  /** When the referring oncologist should have acted on it; overdue items are flagged. */
  dueBy: z.iso.date().refine(notYearZero, YEAR_ZERO).nullish(),
});
export type DecisionItemInput = z.infer<typeof decisionItemInputSchema>;

export const decisionItemSchema = z.object({
  id: z.uuid(),
  item: recommendationItemSchema,
  warnings: z.array(storedSafetyWarningSchema),
  description: z.string(),
  sourceRecommendationId: z.uuid().nullable(),
  sourceItemId: z.uuid().nullable(),
  dueBy: z.string().nullable(),
});
export type DecisionItem = z.infer<typeof decisionItemSchema>;

export const dissentSchema = z.strictObject({
  userId: z.uuid(),
  text: z.string().trim().min(1, 'is required').max(2000),
});
export type Dissent = z.infer<typeof dissentSchema>;

const decisionContent = {
  items: z.array(decisionItemInputSchema).max(30),
  rationale: z.string().trim().max(8000).nullish(),
  dissent: z.array(dissentSchema).max(20),
  /** Who was present when the board decided. */
  attendeeIds: z.array(z.uuid()).max(100),
};

export const decisionCreateSchema = z.strictObject({
  meetingId: z.uuid().nullish(),
  items: decisionContent.items.default([]),
  rationale: decisionContent.rationale,
  dissent: decisionContent.dissent.default([]),
  attendeeIds: decisionContent.attendeeIds.default([]),
});
export type DecisionCreate = z.infer<typeof decisionCreateSchema>;

export const decisionUpdateSchema = z.strictObject({
  version: versionField,
  items: decisionContent.items.optional(),
  rationale: decisionContent.rationale,
  dissent: decisionContent.dissent.optional(),
  attendeeIds: decisionContent.attendeeIds.optional(),
});
export type DecisionUpdate = z.infer<typeof decisionUpdateSchema>;

export const signDecisionSchema = z.strictObject({ version: versionField });
export const amendDecisionSchema = z.strictObject({ reason: z.string().trim().min(1, 'is required').max(2000) });

const personSchema = z.object({ id: z.string(), name: z.string() });

export const decisionSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  meetingId: z.string().nullable(),
  /** 1 for the first decision, 2 for its first amendment, … */
  sequence: z.number().int(),
  supersedesId: z.string().nullable(),
  amendmentReason: z.string().nullable(),
  status: z.enum(['draft', 'signed']),
  items: z.array(decisionItemSchema),
  rationale: z.string().nullable(),
  dissent: z.array(z.object({ user: personSchema, text: z.string() })),
  attendees: z.array(personSchema),
  signedBy: personSchema.nullable(),
  signedAt: z.string().nullable(),
  /** Superseded by a later signed amendment. */
  superseded: z.boolean(),
  acknowledgedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type Decision = z.infer<typeof decisionSchema>;
export const decisionListSchema = z.object({ items: z.array(decisionSchema) });
export type DecisionList = z.infer<typeof decisionListSchema>;
