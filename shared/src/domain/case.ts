import { z } from 'zod';
import { choice, flag } from '../scores/validation.js';
import { optionalFields, pastOrTodayDate, resourceMetaFields, text, uniqueList, updateObject, uuid } from './fields.js';
import { CASE_STATUSES, EXTRASKELETAL_SITES, GOALS_OF_CARE, PRIMARY_CANCERS, URGENCIES } from './vocab.js';

/*
 * Case: one referral of a patient to the board (DESIGN §3). A draft may be nearly empty — the
 * referrer fills it in over time — so every clinical field is optional here; what must be present
 * before the board sees the case is the readiness check's business (readiness/case-readiness.ts),
 * not the schema's. `status` is never written through create/update: it moves only through the
 * transition request (case-status.ts), so every move is checked against the workflow.
 */

/**
 * Metastatic disease outside the skeleton. `boneOnly: true` is a positive statement (staging found
 * nothing else), distinct from the whole object being null (not yet known).
 */
export const otherMetastaticSitesSchema = z
  .strictObject({
    boneOnly: flag(),
    sites: uniqueList(choice(EXTRASKELETAL_SITES), EXTRASKELETAL_SITES.length),
  })
  .superRefine((value, ctx) => {
    if (value.boneOnly && value.sites.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['sites'], message: 'must be empty when the disease is bone-only' });
    }
    if (!value.boneOnly && value.sites.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['sites'],
        message: 'must name at least one site when the disease is not bone-only',
      });
    }
  });
export type OtherMetastaticSites = z.infer<typeof otherMetastaticSitesSchema>;

/** What the patient wants from treatment: structured choices plus the patient's own words. */
export const goalsOfCareSchema = z.strictObject({
  choices: uniqueList(choice(GOALS_OF_CARE), GOALS_OF_CARE.length),
  notes: text(2000).nullable(),
});
export type GoalsOfCare = z.infer<typeof goalsOfCareSchema>;

/** Fields a referrer can write; all may be unknown in a draft. */
const caseClinicalFields = {
  primaryCancer: choice(PRIMARY_CANCERS).nullable(),
  /** e.g. "invasive ductal carcinoma, ER+/HER2−"; required in practice when primaryCancer is other. */
  histology: text(200).nullable(),
  diagnosisDate: pastOrTodayDate().nullable(),
  otherMetastaticSites: otherMetastaticSitesSchema.nullable(),
  currentSystemicTherapy: text(500).nullable(),
  clinicalQuestion: text(2000).nullable(),
  referringOncologistId: uuid().nullable(),
  presentingClinicianId: uuid().nullable(),
  goalsOfCare: goalsOfCareSchema.nullable(),
};

/** The referrer must choose the urgency: there is no default, so no emergency is filed as routine. */
const urgencyField = { urgency: choice(URGENCIES) };

export const caseCreateSchema = z.strictObject({
  patientId: uuid(),
  ...urgencyField,
  ...optionalFields(caseClinicalFields),
});
export type CaseCreate = z.infer<typeof caseCreateSchema>;

/** `patientId` cannot change: a case referred for the wrong patient is withdrawn and re-created. */
export const caseUpdateSchema = updateObject({ ...urgencyField, ...caseClinicalFields });
export type CaseUpdate = z.infer<typeof caseUpdateSchema>;

export const caseSchema = z.strictObject({
  ...resourceMetaFields,
  patientId: uuid(),
  ...urgencyField,
  ...caseClinicalFields,
  status: choice(CASE_STATUSES),
});
export type Case = z.infer<typeof caseSchema>;
