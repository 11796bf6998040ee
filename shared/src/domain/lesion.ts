import { z } from 'zod';
import { BILSKY_GRADES, MIRELS_POINTS, SINS_POINTS } from '../scores/index.js';
import { choice, choiceOf, flag } from '../scores/validation.js';
import {
  addRuleIssues,
  measurement,
  optionalFields,
  resourceMetaFields,
  text,
  updateObject,
  uuid,
  type RuleIssue,
} from './fields.js';
import {
  isLongBone,
  isSpinal,
  isSpinalOrSacral,
  lateralityIssue,
  skeletalSiteSchema,
  type SkeletalSite,
} from './skeletal-site.js';
import { LATERALITIES, LESION_TYPES, type Laterality } from './vocab.js';

/*
 * Lesion: one bone metastasis at one structured site (DESIGN §3), with the inputs its scores need.
 * Each score input is stored once, where it belongs:
 *  - SINS location comes from the vertebral level and the SINS/Mirels "lesion" component from the
 *    lesion's `type`, so neither is asked again in the score inputs (two copies could disagree);
 *  - Mirels' site comes from the skeletal site (`mirelsSiteFor`), and the humerus caveat from the bone;
 *  - what is left — SINS pain, alignment, collapse, posterolateral; Mirels pain and size — is entered
 *    per lesion and may be incomplete while the work-up goes on (lesion-scores.ts says what is missing).
 * The route names the case, so the request body carries no caseId; the response does.
 */

/** The SINS items a reader enters for one level (location and lesion type are derived). */
export const lesionSinsInputSchema = z.strictObject({
  pain: choiceOf(SINS_POINTS.pain).nullish(),
  alignment: choiceOf(SINS_POINTS.alignment).nullish(),
  collapse: choiceOf(SINS_POINTS.collapse).nullish(),
  posterolateral: choiceOf(SINS_POINTS.posterolateral).nullish(),
});
export type LesionSinsInput = z.infer<typeof lesionSinsInputSchema>;

/** The Mirels items entered for one long-bone lesion (site and lesion type are derived). */
export const lesionMirelsInputSchema = z.strictObject({
  pain: choiceOf(MIRELS_POINTS.pain).nullish(),
  size: choiceOf(MIRELS_POINTS.size).nullish(),
});
export type LesionMirelsInput = z.infer<typeof lesionMirelsInputSchema>;

const lesionSiteFields = {
  site: skeletalSiteSchema,
  laterality: choice(LATERALITIES),
};

const lesionDetailFields = {
  type: choice(LESION_TYPES).nullable(),
  /** Greatest dimension on imaging, in millimetres. */
  sizeMm: measurement(1, 500, 'mm').nullable(),
  /** A pathological fracture is already present (null = not yet assessed). */
  fracturePresent: flag().nullable(),
  /** Tumour extends into the epidural space (spine and sacrum only). */
  epiduralExtension: flag().nullable(),
  sinsInput: lesionSinsInputSchema.nullable(),
  mirelsInput: lesionMirelsInputSchema.nullable(),
  /** Bilsky ESCC grade at this level, read on axial T2 MRI (Bilsky 2010); spine only. */
  bilskyGrade: choice(BILSKY_GRADES).nullable(),
  notes: text(2000).nullable(),
};

const lesionFields = { ...lesionSiteFields, ...lesionDetailFields };

const isGiven = (value: unknown) => value !== undefined && value !== null;

/** The fields the cross-field rules read. */
export interface LesionRuleFields {
  site: SkeletalSite;
  laterality: Laterality;
  epiduralExtension?: boolean | null;
  sinsInput?: LesionSinsInput | null;
  mirelsInput?: LesionMirelsInput | null;
  bilskyGrade?: string | null;
}

/**
 * Rules that tie a lesion's fields to its site: a side that fits the bone, and score inputs only
 * where the score applies (SINS and Bilsky to vertebral levels, Mirels to long bones, epidural
 * extension to the spine and sacrum). Exported so the server can check a stored lesion after merging
 * an update into it: changing the site alone can make stored inputs wrong.
 */
export function lesionRuleIssues(lesion: LesionRuleFields): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const side = lateralityIssue(lesion.site, lesion.laterality);
  if (side) issues.push(side);
  if (isGiven(lesion.sinsInput) && !isSpinal(lesion.site)) {
    issues.push({ path: ['sinsInput'], message: 'applies only to a vertebral level (site region "spine")' });
  }
  if (isGiven(lesion.bilskyGrade) && !isSpinal(lesion.site)) {
    issues.push({ path: ['bilskyGrade'], message: 'applies only to a vertebral level (site region "spine")' });
  }
  if (isGiven(lesion.mirelsInput) && !isLongBone(lesion.site)) {
    issues.push({
      path: ['mirelsInput'],
      message: 'applies only to a long bone (femur, humerus, tibia, fibula, radius, ulna)',
    });
  }
  if (lesion.epiduralExtension === true && !isSpinalOrSacral(lesion.site)) {
    issues.push({ path: ['epiduralExtension'], message: 'is possible only for a spinal or sacral lesion' });
  }
  return issues;
}

export const lesionCreateSchema = z
  .strictObject({ ...lesionSiteFields, ...optionalFields(lesionDetailFields) })
  .superRefine((value, ctx) => addRuleIssues(ctx, lesionRuleIssues(value)));
export type LesionCreate = z.infer<typeof lesionCreateSchema>;

/** Shape only: the server runs `lesionRuleIssues` on the merged record (422 when broken). */
export const lesionUpdateSchema = updateObject(lesionFields);
export type LesionUpdate = z.infer<typeof lesionUpdateSchema>;

export const lesionSchema = z.strictObject({ ...resourceMetaFields, caseId: uuid(), ...lesionFields });
export type Lesion = z.infer<typeof lesionSchema>;
