import { z } from 'zod';
import { choice } from '../scores/validation.js';
import { optionalFields, pastOrTodayDate, resourceMetaFields, text, uniqueList, updateObject, uuid } from './fields.js';
import { IMAGING_MODALITIES } from './vocab.js';

/*
 * Imaging summary: a radiologist's summary of one study (DESIGN §3) — not the images, which stay in
 * the PACS. The route names the case; the server sets the author from the session, so neither is in
 * the request body.
 */

/**
 * Link to the study in the PACS or a DICOMweb viewer. https only: the link is opened from a page that
 * shows PHI: an http link would send the study identifiers unencrypted, and a javascript: link would
 * run script. Internal host names and addresses are allowed, since PACS viewers usually have
 * them.
 */
export const pacsUrlSchema = z
  .url({ protocol: /^https$/, error: 'must be an https:// link' })
  .max(2048, { error: 'must be at most 2048 characters' });

/** More lesion links than this is a bulk-import bug, not a study. */
const MAX_LINKED_LESIONS = 200;

const imagingRequiredFields = {
  modality: choice(IMAGING_MODALITIES),
  performedOn: pastOrTodayDate(),
  /** Body region imaged, e.g. "whole spine" or "left femur". */
  region: text(200),
  /** The conclusion the board reads first. */
  impression: text(4000),
};

const imagingOptionalFields = {
  findings: text(10000).nullable(),
  /** Lesions of this case the study shows; the server checks they belong to the case. */
  lesionIds: uniqueList(uuid(), MAX_LINKED_LESIONS),
  pacsUrl: pacsUrlSchema.nullable(),
};

const imagingFields = { ...imagingRequiredFields, ...imagingOptionalFields };

export const imagingSummaryCreateSchema = z.strictObject({
  ...imagingRequiredFields,
  ...optionalFields(imagingOptionalFields),
});
export type ImagingSummaryCreate = z.infer<typeof imagingSummaryCreateSchema>;

export const imagingSummaryUpdateSchema = updateObject(imagingFields);
export type ImagingSummaryUpdate = z.infer<typeof imagingSummaryUpdateSchema>;

export const imagingSummarySchema = z.strictObject({
  ...resourceMetaFields,
  caseId: uuid(),
  /** The radiologist who wrote the summary (null if the account was removed). */
  authorId: uuid().nullable(),
  ...imagingFields,
});
export type ImagingSummary = z.infer<typeof imagingSummarySchema>;
