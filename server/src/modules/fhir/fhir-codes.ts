import type { Laterality, PelvicPart, SkeletalSite } from '@tumor-board/shared';
import type { Coding } from './fhir-types.js';

/*
 * Every code the FHIR export writes, each with where it comes from. "Reference §13" is
 * shared/reference/clinical-scores.md §13, read from the HL7 mCODE IG repository (HL7/fhir-mCODE-ig,
 * sushi-config version 4.0.0 = mCODE STU4, FHIR R4). Codes the reference does not give are not
 * invented: the concept is then sent as text only.
 */

/** Standard code systems (canonical URIs from the FHIR R4 terminology pages). */
export const SYSTEM = {
  snomed: 'http://snomed.info/sct',
  icd10cm: 'http://hl7.org/fhir/sid/icd-10-cm',
  loinc: 'http://loinc.org',
  ucum: 'http://unitsofmeasure.org',
  // FHIR R4 core code systems (terminology.hl7.org).
  conditionCategory: 'http://terminology.hl7.org/CodeSystem/condition-category',
  conditionClinical: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  diagnosticServiceSection: 'http://terminology.hl7.org/CodeSystem/v2-0074',
  identifierType: 'http://terminology.hl7.org/CodeSystem/v2-0203',
} as const;

/**
 * NON-STANDARD: this application's own namespace. Everything under it is local to the tumor board
 * (no LOINC or SNOMED CT code exists for it, reference §13 "Gaps"); a receiver must not read these
 * codes as standard terminology. Resources that carry a local code are also tagged with
 * NON_STANDARD_TAG.
 */
export const LOCAL_BASE = 'https://tumor-board.example/fhir';
export const LOCAL = {
  /** SINS, Mirels, Bilsky, Tokuhashi, Tomita, NOMS: reference §13 found no LOINC codes for them. */
  scores: `${LOCAL_BASE}/CodeSystem/bone-metastasis-scores`,
  /** The kinds of board recommendation item (shared/src/treatment/recommendation-kinds.ts). */
  recommendationKind: `${LOCAL_BASE}/CodeSystem/recommendation-kind`,
  /** Tags on exported resources. */
  tags: `${LOCAL_BASE}/CodeSystem/export-tags`,
  /** Planned number of radiotherapy fractions on a CarePlan activity (mCODE has it only for delivered courses). */
  plannedFractionsExtension: `${LOCAL_BASE}/StructureDefinition/radiotherapy-planned-fractions`,
  /** The hospital's medical record number as the board recorded it. */
  mrn: `${LOCAL_BASE}/sid/mrn`,
} as const;

export const NON_STANDARD_TAG: Coding = {
  system: LOCAL.tags,
  code: 'non-standard-codes',
  display: 'Carries codes of the tumor board’s own (non-standard) code systems',
};

/** mCODE STU4 extensions (HL7/fhir-mCODE-ig input/fsh, reference §13). */
export const EXTENSION = {
  /**
   * mCODE STU4 SecondaryCancerCondition.extension[relatedPrimaryCancerCondition] is the core R4
   * extension `condition-related` (SD_Condition.fsh: "extension contains condition-related named
   * relatedPrimaryCancerCondition"), pointing at the PrimaryCancerCondition.
   */
  relatedPrimaryCancerCondition: 'http://hl7.org/fhir/StructureDefinition/condition-related',
  /** mCODE STU4 LateralityQualifier on Condition.bodySite (SD_Extensions.fsh, id mcode-laterality-qualifier). */
  lateralityQualifier: 'http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-laterality-qualifier',
} as const;

/**
 * mCODE STU4 SecondaryCancerCondition.code, bound (extensible) to SecondaryCancerDisorderVS
 * (reference §13): SNOMED CT 94222008 "Secondary malignant neoplasm of bone (disorder)" [V2] and
 * ICD-10-CM C79.51 "Secondary malignant neoplasm of bone" [V, in the VS].
 */
export const SECONDARY_BONE_NEOPLASM: readonly Coding[] = [
  { system: SYSTEM.snomed, code: '94222008', display: 'Secondary malignant neoplasm of bone' },
  { system: SYSTEM.icd10cm, code: 'C79.51', display: 'Secondary malignant neoplasm of bone' },
];

/** FHIR R4 condition-category: mCODE examples put cancer conditions on the problem list. */
export const PROBLEM_LIST_ITEM: Coding = {
  system: SYSTEM.conditionCategory,
  code: 'problem-list-item',
  display: 'Problem List Item',
};
export const CONDITION_ACTIVE: Coding = { system: SYSTEM.conditionClinical, code: 'active', display: 'Active' };

/**
 * mCODE STU4 LateralityQualifierVS / reference §13: left 7771000, right 24028007, both 51440002
 * ("Right and left"). Midline and "not applicable" have no code in the reference: not coded.
 */
export const LATERALITY_CODES: Readonly<Partial<Record<Laterality, Coding>>> = {
  left: { system: SYSTEM.snomed, code: '7771000', display: 'Left' },
  right: { system: SYSTEM.snomed, code: '24028007', display: 'Right' },
  bilateral: { system: SYSTEM.snomed, code: '51440002', display: 'Right and left' },
};

// Body-structure codes from the mCODE TG263 concept map (reference §13, CancerBodyLocationVS is
// SNOMED is-a 123037004). The reference gives no vertebra, sacrum, tibia, radius, ulna, rib, skull,
// scapula or sternum codes: those sites go as text. Displays are left out on purpose: the reference
// names the concepts but not their SNOMED CT preferred terms.
const site = (code: string): Coding => ({ system: SYSTEM.snomed, code });
const FEMUR = site('71341001');
const SHAFT_OF_FEMUR = site('41111004');
const HUMERUS = site('85050009');
const CLAVICLE = site('51299004');
const FIBULA = site('87342007');
const PELVIC_PART_CODES: Readonly<Record<PelvicPart, Coding>> = {
  acetabulum: site('37783008'),
  ilium: site('22356005'),
  // No ischium or pubis code in the reference: the broader "pelvic bones" (118645006).
  ischium: site('118645006'),
  pubis: site('118645006'),
};

/** The SNOMED CT body-structure code for a skeletal site, where the reference gives one. */
export function bodySiteCoding(s: SkeletalSite): Coding | undefined {
  switch (s.region) {
    case 'femur':
      return s.segment === 'shaft' ? SHAFT_OF_FEMUR : FEMUR;
    case 'humerus':
      return HUMERUS;
    case 'clavicle':
      return CLAVICLE;
    case 'fibula':
      return FIBULA;
    case 'pelvis':
      return PELVIC_PART_CODES[s.part];
    case 'spine':
    case 'sacrum':
    case 'tibia':
    case 'radius':
    case 'ulna':
    case 'rib':
    case 'skull':
    case 'scapula':
    case 'sternum':
    case 'other':
      return undefined;
  }
}

/** mCODE STU4 ECOGPerformanceStatus: code LOINC 89247-1, valueInteger, interpretation from LL529-9. */
export const ECOG_CODE: Coding = { system: SYSTEM.loinc, code: '89247-1', display: 'ECOG Performance Status score' };
/** LOINC answer list LL529-9 (reference §13: LA9622-7 [V], LA9623-5…LA9627-6 [V2]). */
export const ECOG_ANSWERS: Readonly<Record<number, string>> = {
  0: 'LA9622-7',
  1: 'LA9623-5',
  2: 'LA9624-3',
  3: 'LA9625-0',
  4: 'LA9626-8',
  5: 'LA9627-6',
};

/** mCODE STU4 KarnofskyPerformanceStatus: code LOINC 89243-0, valueInteger, interpretation from LL4986-7. */
export const KARNOFSKY_CODE: Coding = {
  system: SYSTEM.loinc,
  code: '89243-0',
  display: 'Karnofsky Performance Status score',
};
/** LOINC answer list LL4986-7 (reference §13 [V2]: MII ConceptMap and mCODE-derived code). */
export const KARNOFSKY_ANSWERS: Readonly<Record<number, string>> = {
  100: 'LA29175-9',
  90: 'LA29176-7',
  80: 'LA29177-5',
  70: 'LA29178-3',
  60: 'LA29179-1',
  50: 'LA29180-9',
  40: 'LA29181-7',
  30: 'LA29182-5',
  20: 'LA29183-3',
  10: 'LA29184-1',
  0: 'LA9627-6',
};

/** LOINC 72514-3: pain severity on the 0–10 verbal numeric rating scale, as the patient reports it. */
export const PAIN_SEVERITY_CODE: Coding = {
  system: SYSTEM.loinc,
  code: '72514-3',
  display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported',
};

/** FHIR R4 observation-category; mCODE STU4 performance-status profiles fix category = survey. */
export const SURVEY_CATEGORY: Coding = { system: SYSTEM.observationCategory, code: 'survey', display: 'Survey' };

/** HL7 v2 table 0074 (diagnostic service section), the R4 DiagnosticReport.category example binding. */
export const RADIOLOGY_SECTION: Coding = { system: SYSTEM.diagnosticServiceSection, code: 'RAD', display: 'Radiology' };

/** HL7 v2 table 0203 (identifier type): medical record number. */
export const MRN_TYPE: Coding = { system: SYSTEM.identifierType, code: 'MR', display: 'Medical record number' };

/**
 * mCODE STU4 RadiotherapyCourseSummary fixes its code to SNOMED CT 1217123003 "Radiotherapy course
 * of treatment" (reference §13). Its dose elements are UCUM cGy. No SBRT/SRS technique code exists
 * in STU4 (reference §13 "Gaps"): the technique travels as text with the dose and fractions.
 */
export const RADIOTHERAPY_COURSE: Coding = {
  system: SYSTEM.snomed,
  code: '1217123003',
  display: 'Radiotherapy course of treatment',
};

/** UCUM centigray, the unit mCODE uses for radiotherapy doses. */
export const cGy = (value: number) => ({ value, unit: 'cGy', system: SYSTEM.ucum, code: 'cGy' });
