import { NOMS_NEUROLOGY, type MIRELS_POINTS, type NomsPrimary, type SINS_POINTS } from '../scores/index.js';

/*
 * Vocabularies of the board's records (DESIGN §3). Codes are stable snake_case strings stored in the
 * database and sent over the API; the `*_LABELS` maps are the English wording for screens, kept here
 * so server messages and web forms say the same thing.
 */

/** Compile-time check that two code lists hold the same values (order may differ). */
type SameCodes<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/**
 * Primary cancers the board sees most (DESIGN §3). The same codes as the NOMS primaries, so a case's
 * primary can feed the NOMS radiosensitivity default without a mapping table.
 */
export const PRIMARY_CANCERS = [
  'breast',
  'prostate',
  'lung',
  'kidney',
  'thyroid',
  'melanoma',
  'myeloma',
  'other',
] as const;
export type PrimaryCancer = (typeof PRIMARY_CANCERS)[number];
const _primariesMatchNoms: SameCodes<PrimaryCancer, NomsPrimary> = true;

export const PRIMARY_CANCER_LABELS: Readonly<Record<PrimaryCancer, string>> = {
  breast: 'Breast',
  prostate: 'Prostate',
  lung: 'Lung',
  kidney: 'Kidney (renal cell)',
  thyroid: 'Thyroid',
  melanoma: 'Melanoma',
  myeloma: 'Myeloma',
  other: 'Other (name the histology)',
};

/**
 * How soon the board must look at a case. `emergency` means suspected metastatic spinal cord
 * compression: such a patient is treated the same day and must not wait for a scheduled meeting;
 * the case is recorded so the board reviews it afterwards.
 */
export const URGENCIES = ['routine', 'urgent', 'emergency'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const URGENCY_LABELS: Readonly<Record<Urgency, string>> = {
  routine: 'Routine',
  urgent: 'Urgent',
  emergency: 'Emergency (suspected cord compression)',
};

/** Case workflow states; the allowed moves between them are in case-status.ts. */
export const CASE_STATUSES = [
  'draft',
  'submitted',
  'ready',
  'scheduled',
  'discussed',
  'decided',
  'closed',
  'withdrawn',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_STATUS_LABELS: Readonly<Record<CaseStatus, string>> = {
  draft: 'Draft',
  submitted: 'Submitted',
  ready: 'Ready for the board',
  scheduled: 'Scheduled',
  discussed: 'Discussed',
  decided: 'Decided',
  closed: 'Closed',
  withdrawn: 'Withdrawn',
};

/**
 * Neurological status at assessment. The NOMS list itself, so the assessment's value is a valid NOMS
 * "N" input as it stands.
 */
export const NEUROLOGIC_STATUSES = NOMS_NEUROLOGY;
export type NeurologicStatus = (typeof NEUROLOGIC_STATUSES)[number];

export const NEUROLOGIC_STATUS_LABELS: Readonly<Record<NeurologicStatus, string>> = {
  intact: 'Neurologically intact',
  radiculopathy: 'Radiculopathy',
  myelopathy: 'Myelopathy',
  cauda_equina: 'Cauda equina syndrome',
};

export const IMAGING_MODALITIES = ['xray', 'ct', 'mri', 'pet_ct', 'psma_pet', 'bone_scan'] as const;
export type ImagingModality = (typeof IMAGING_MODALITIES)[number];

export const IMAGING_MODALITY_LABELS: Readonly<Record<ImagingModality, string>> = {
  xray: 'X-ray',
  ct: 'CT',
  mri: 'MRI',
  pet_ct: 'PET-CT',
  psma_pet: 'PSMA PET',
  bone_scan: 'Bone scan',
};

/**
 * Radiographic appearance of a lesion. The same codes as the SINS and Mirels "lesion" components,
 * so the lesion's type feeds both scores directly (lesion-scores.ts).
 */
export const LESION_TYPES = ['lytic', 'blastic', 'mixed'] as const;
export type LesionType = (typeof LESION_TYPES)[number];
const _lesionTypesMatchSins: SameCodes<LesionType, keyof typeof SINS_POINTS.lesion> = true;
const _lesionTypesMatchMirels: SameCodes<LesionType, keyof typeof MIRELS_POINTS.lesion> = true;

export const LESION_TYPE_LABELS: Readonly<Record<LesionType, string>> = {
  lytic: 'Lytic',
  blastic: 'Blastic (sclerotic)',
  mixed: 'Mixed lytic/blastic',
};

/** `not_applicable` is for a site with no side (e.g. a whole-sternum lesion). */
export const LATERALITIES = ['left', 'right', 'midline', 'bilateral', 'not_applicable'] as const;
export type Laterality = (typeof LATERALITIES)[number];

export const LATERALITY_LABELS: Readonly<Record<Laterality, string>> = {
  left: 'Left',
  right: 'Right',
  midline: 'Midline',
  bilateral: 'Bilateral',
  not_applicable: 'Not applicable',
};

/** Administrative sex as recorded by the hospital; `unknown` when not recorded. */
export const SEXES = ['female', 'male', 'other', 'unknown'] as const;
export type Sex = (typeof SEXES)[number];

export const SEX_LABELS: Readonly<Record<Sex, string>> = {
  female: 'Female',
  male: 'Male',
  other: 'Other',
  unknown: 'Unknown',
};

/**
 * What the patient wants treatment to achieve, as structured choices so the board can match options
 * to them ("walk unassisted, play golf, live independently" are the examples bone-metastasis services
 * give patients). Free-text nuance goes in the goals' notes.
 */
export const GOALS_OF_CARE = [
  'walk_unassisted',
  'return_to_sport_or_hobby',
  'live_independently',
  'pain_control',
  'maintain_work',
  'prolong_survival',
  'avoid_hospital_stays',
  'reach_life_event',
  'comfort_focused',
] as const;
export type GoalOfCare = (typeof GOALS_OF_CARE)[number];

export const GOAL_OF_CARE_LABELS: Readonly<Record<GoalOfCare, string>> = {
  walk_unassisted: 'Walk unassisted',
  return_to_sport_or_hobby: 'Return to a sport or hobby (e.g. golf)',
  live_independently: 'Live independently',
  pain_control: 'Control pain',
  maintain_work: 'Keep working',
  prolong_survival: 'Prolong survival',
  avoid_hospital_stays: 'Avoid hospital stays',
  reach_life_event: 'Reach a life event (e.g. a family wedding)',
  comfort_focused: 'Comfort-focused care',
};

/**
 * Metastatic sites outside the skeleton, for "other metastatic sites" on a case. Lymph nodes, soft
 * tissue and skin are listed but are not visceral: radium-223's label excludes known visceral
 * metastases only (clinical-scores.md §11), and Tomita scores visceral metastases, so the difference
 * matters.
 */
export const EXTRASKELETAL_SITES = [
  'lung',
  'liver',
  'brain',
  'adrenal',
  'pleura',
  'peritoneum',
  'lymph_nodes',
  'soft_tissue',
  'skin',
  'other',
] as const;
export type ExtraskeletalSite = (typeof EXTRASKELETAL_SITES)[number];

export const VISCERAL_SITES = [
  'lung',
  'liver',
  'brain',
  'adrenal',
  'pleura',
  'peritoneum',
] as const satisfies readonly ExtraskeletalSite[];

export function isVisceralSite(site: ExtraskeletalSite): boolean {
  return (VISCERAL_SITES as readonly string[]).includes(site);
}

export const EXTRASKELETAL_SITE_LABELS: Readonly<Record<ExtraskeletalSite, string>> = {
  lung: 'Lung',
  liver: 'Liver',
  brain: 'Brain',
  adrenal: 'Adrenal',
  pleura: 'Pleura',
  peritoneum: 'Peritoneum',
  lymph_nodes: 'Lymph nodes',
  soft_tissue: 'Soft tissue',
  skin: 'Skin',
  other: 'Other',
};
