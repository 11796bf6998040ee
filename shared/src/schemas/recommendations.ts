import { z } from 'zod';
import { versionField } from '../domain/fields.js';
import type { Role } from '../vocab/roles.js';
import { recommendationItemSchema } from '../treatment/recommendation-kinds.js';
import { storedSafetyWarningSchema } from '../treatment/safety-warning.js';

/** The disciplines that give an opinion, and the role that writes each (DESIGN §3). */
export const RECOMMENDING_DISCIPLINES = [
  'radiology',
  'interventional_radiology',
  'radiation_oncology',
  'surgical_oncology',
  'medical_oncology',
] as const;
export type RecommendingDiscipline = (typeof RECOMMENDING_DISCIPLINES)[number];

export const DISCIPLINE_ROLE: Readonly<Record<RecommendingDiscipline, Role>> = {
  radiology: 'radiologist',
  interventional_radiology: 'interventional_radiologist',
  radiation_oncology: 'radiation_oncologist',
  surgical_oncology: 'surgeon',
  medical_oncology: 'medical_oncologist',
};

export const RECOMMENDING_DISCIPLINE_LABELS: Readonly<Record<RecommendingDiscipline, string>> = {
  radiology: 'Radiology',
  interventional_radiology: 'Interventional radiology',
  radiation_oncology: 'Radiation oncology',
  surgical_oncology: 'Surgical / orthopaedic oncology',
  medical_oncology: 'Medical oncology',
};

export const RECOMMENDATION_STATUSES = ['draft', 'proposed', 'withdrawn'] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];

/** An item as stored: the clinician's item, its server-computed warnings, and a stable id. */
export const storedItemSchema = z.object({
  id: z.uuid(),
  item: recommendationItemSchema,
  warnings: z.array(storedSafetyWarningSchema),
  description: z.string(),
});
export type StoredItem = z.infer<typeof storedItemSchema>;

const itemsInput = z.array(recommendationItemSchema).max(20, 'must hold at most 20 items');

export const recommendationCreateSchema = z.strictObject({
  discipline: z.enum(RECOMMENDING_DISCIPLINES),
  summary: z.string().trim().max(4000).nullish(),
  items: itemsInput,
});
export type RecommendationCreate = z.infer<typeof recommendationCreateSchema>;

export const recommendationUpdateSchema = z.strictObject({
  version: versionField,
  summary: z.string().trim().max(4000).nullish(),
  items: itemsInput.optional(),
  status: z.enum(RECOMMENDATION_STATUSES).optional(),
});
export type RecommendationUpdate = z.infer<typeof recommendationUpdateSchema>;

export const recommendationSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  discipline: z.enum(RECOMMENDING_DISCIPLINES),
  status: z.enum(RECOMMENDATION_STATUSES),
  summary: z.string().nullable(),
  items: z.array(storedItemSchema),
  author: z.object({ id: z.string(), name: z.string() }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type Recommendation = z.infer<typeof recommendationSchema>;
export const recommendationListSchema = z.object({ items: z.array(recommendationSchema) });
export type RecommendationList = z.infer<typeof recommendationListSchema>;

/** Moves of a discipline's opinion: a withdrawn one can be drafted again. */
export const RECOMMENDATION_TRANSITIONS: Readonly<Record<RecommendationStatus, readonly RecommendationStatus[]>> = {
  draft: ['proposed', 'withdrawn'],
  proposed: ['draft', 'withdrawn'],
  withdrawn: ['draft'],
};
