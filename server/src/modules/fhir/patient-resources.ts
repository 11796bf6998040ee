import { LATERALITY_LABELS, LESION_TYPE_LABELS, PRIMARY_CANCER_LABELS, formatSkeletalSite } from '@tumor-board/shared';
import type { Lesion } from '../lesions/lesion.entity.js';
import type { CaseRecord } from './case-record.js';
import {
  CONDITION_ACTIVE,
  EXTENSION,
  LATERALITY_CODES,
  LOCAL,
  MRN_TYPE,
  PROBLEM_LIST_ITEM,
  SECONDARY_BONE_NEOPLASM,
  bodySiteCoding,
} from './fhir-codes.js';
import { compact, concept, ref, stableUuid, type Context } from './fhir-references.js';
import type { Extension, FhirResource } from './fhir-types.js';

export function patientResource(p: CaseRecord['patient']): FhirResource {
  return {
    resourceType: 'Patient',
    id: p.id,
    identifier: [{ use: 'usual', type: concept('Medical record number', MRN_TYPE), system: LOCAL.mrn, value: p.mrn }],
    name: [{ family: p.familyName, given: [p.givenName] }],
    // The board records administrative sex with the FHIR AdministrativeGender codes.
    gender: p.sex,
    birthDate: p.birthDate,
  };
}

/**
 * mCODE STU4 PrimaryCancerCondition. Its code (PrimaryCancerDisorderVS) would be SNOMED CT or
 * ICD-10-CM, but the reference gives no code for the board's primary categories, so the primary
 * travels as text (category and histology as recorded).
 */
export function primaryCondition(record: CaseRecord, patient: FhirResource): FhirResource | null {
  const { primaryCancer, histology, diagnosisDate } = record.boardCase;
  if (!primaryCancer && !histology) return null;
  const label =
    primaryCancer && primaryCancer !== 'other' ? `${PRIMARY_CANCER_LABELS[primaryCancer]} cancer` : 'Primary cancer';
  const text = histology ? `${label}: ${histology}` : label;
  return compact({
    resourceType: 'Condition',
    id: stableUuid('primary-cancer', record.boardCase.id),
    clinicalStatus: concept('Active', CONDITION_ACTIVE),
    category: [concept('Problem list item', PROBLEM_LIST_ITEM)],
    code: concept(text),
    subject: ref(patient),
    onsetDateTime: diagnosisDate ?? undefined,
    recordedDate: record.boardCase.referredAt.toISOString(),
  });
}

function lesionNote(l: Lesion): string {
  const parts = [
    l.type ? `appearance ${LESION_TYPE_LABELS[l.type].toLowerCase()}` : null,
    l.sizeMm !== null ? `${l.sizeMm} mm` : null,
    l.fracturePresent !== null ? `pathological fracture ${l.fracturePresent ? 'present' : 'absent'}` : null,
    l.epiduralExtension !== null ? `epidural extension ${l.epiduralExtension ? 'present' : 'absent'}` : null,
  ].filter((p): p is string => p !== null);
  return [parts.length ? `Lesion: ${parts.join('; ')}.` : null, l.notes].filter(Boolean).join(' ');
}

/**
 * mCODE STU4 SecondaryCancerCondition, one per lesion: code SNOMED CT 94222008 + ICD-10-CM C79.51,
 * bodySite from the reference's SNOMED site codes (else text) with the mCODE laterality qualifier,
 * and relatedPrimaryCancerCondition pointing at the primary.
 *
 * Myeloma is the exception: its bone lesions are the primary disease itself, not a secondary
 * neoplasm, so they are not coded as metastases (text only).
 */
export function lesionCondition(record: CaseRecord, lesion: Lesion, ctx: Context): FhirResource {
  const siteText = formatSkeletalSite(lesion.site, lesion.laterality);
  const siteCode = bodySiteCoding(lesion.site);
  const laterality = LATERALITY_CODES[lesion.laterality];
  const lateralityExt: Extension[] = laterality
    ? [
        {
          url: EXTENSION.lateralityQualifier,
          valueCodeableConcept: concept(LATERALITY_LABELS[lesion.laterality], laterality),
        },
      ]
    : [];
  const myeloma = record.boardCase.primaryCancer === 'myeloma';
  const note = lesionNote(lesion);
  return compact({
    resourceType: 'Condition',
    id: lesion.id,
    extension: ctx.primary
      ? [{ url: EXTENSION.relatedPrimaryCancerCondition, valueReference: ref(ctx.primary) }]
      : undefined,
    clinicalStatus: concept('Active', CONDITION_ACTIVE),
    category: [concept('Problem list item', PROBLEM_LIST_ITEM)],
    code: myeloma
      ? concept('Myeloma bone lesion (primary disease, not a secondary neoplasm)')
      : concept('Secondary malignant neoplasm of bone', ...SECONDARY_BONE_NEOPLASM),
    bodySite: [
      compact({
        extension: lateralityExt.length ? lateralityExt : undefined,
        coding: siteCode ? [siteCode] : undefined,
        text: siteText,
      }),
    ],
    subject: ref(ctx.patient),
    recordedDate: lesion.createdAt.toISOString(),
    note: note ? [{ text: note }] : undefined,
  });
}
