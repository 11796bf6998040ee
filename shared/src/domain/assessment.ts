import { z } from 'zod';
import { REQUIRED, choice } from '../scores/validation.js';
import {
  addRuleIssues,
  measurement,
  optionalFields,
  pastOrTodayDate,
  resourceMetaFields,
  text,
  updateObject,
  uuid,
  type RuleIssue,
} from './fields.js';
import { NEUROLOGIC_STATUSES } from './vocab.js';

/*
 * Assessment: the patient's condition on one date (DESIGN §3). The route names the case, so the
 * request body carries no caseId; the response does.
 *
 * Performance status is stored as measured, on the scale it was measured on: ECOG and Karnofsky may
 * both be present and neither is ever converted into the other, because the published KPS↔ECOG
 * tables disagree (clinical-scores.md §5: the paired-decades table, Ma 2010 and Prasad 2018 map KPS 70
 * to ECOG 1 or 2) and Tokuhashi scores KPS directly.
 * Both scales' "dead" grade (ECOG 5, Karnofsky 0) is refused: it is not a value an assessment of a
 * living patient can take, and accepting it would make a typo look like a death.
 */

const isAbsent = (value: unknown) => value === undefined || value === null;

/** A whole JSON number in [min, max] with a clinical explanation for the upper or lower bound. */
function wholeNumber(min: number, max: number, below: string, above: string) {
  return z
    .number({ error: (issue) => (isAbsent(issue.input) ? REQUIRED : 'must be a JSON number') })
    .int({ error: 'must be a whole number' })
    .min(min, { error: below })
    .max(max, { error: above });
}

/** What an assessment can record besides its date. */
const measuredFields = {
  /** ECOG/Zubrod 0–4 (Oken 1982). */
  ecog: wholeNumber(0, 4, 'must be at least 0', 'must be at most 4 (ECOG 5 means dead, not an assessment)').nullable(),
  /** Karnofsky 10–100 in steps of 10 (Karnofsky & Burchenal 1949). */
  karnofsky: wholeNumber(
    10,
    100,
    'must be at least 10 (Karnofsky 0 means dead, not an assessment)',
    'must be at most 100',
  )
    .multipleOf(10, { error: 'must be a multiple of 10 (Karnofsky is scored in tens)' })
    .nullable(),
  /** Pain numeric rating scale 0–10, worst pain as the patient reports it. */
  painNrs: wholeNumber(0, 10, 'must be at least 0', 'must be at most 10').nullable(),
  /** Where the patient's worst pain comes from, in the clinician's words (e.g. "left hip on walking"). */
  greatestPainSource: text(200).nullable(),
  neurology: choice(NEUROLOGIC_STATUSES).nullable(),
  /**
   * Albumin-corrected serum calcium. The range catches a value typed in mg/dL (normal 8.5–10.5),
   * which would otherwise read as lethal hypercalcaemia in mmol/L.
   */
  correctedCalciumMmolL: measurement(1, 5, 'mmol/L').nullable(),
  /** Creatinine clearance (Cockcroft–Gault), which sets the zoledronic acid dose band. */
  creatinineClearanceMlMin: measurement(0, 250, 'mL/min').nullable(),
};

const assessmentFields = { assessedOn: pastOrTodayDate(), ...measuredFields };

const MEASURED = Object.keys(measuredFields) as (keyof typeof measuredFields)[];

/**
 * An assessment must record something besides its date. Exported so the server can check a stored
 * assessment after merging an update into it (a partial update cannot be judged alone).
 */
export function assessmentRuleIssues(assessment: Partial<Record<keyof typeof measuredFields, unknown>>): RuleIssue[] {
  return MEASURED.some((key) => !isAbsent(assessment[key]))
    ? []
    : [{ path: [], message: `records nothing: give at least one of ${MEASURED.join(', ')}` }];
}

export const assessmentCreateSchema = z
  .strictObject({ assessedOn: assessmentFields.assessedOn, ...optionalFields(measuredFields) })
  .superRefine((value, ctx) => {
    addRuleIssues(ctx, assessmentRuleIssues(value));
  });
export type AssessmentCreate = z.infer<typeof assessmentCreateSchema>;

export const assessmentUpdateSchema = updateObject(assessmentFields);
export type AssessmentUpdate = z.infer<typeof assessmentUpdateSchema>;

export const assessmentSchema = z.strictObject({ ...resourceMetaFields, caseId: uuid(), ...assessmentFields });
export type Assessment = z.infer<typeof assessmentSchema>;
