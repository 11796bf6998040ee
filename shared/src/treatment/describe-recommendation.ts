import { RADIOTHERAPY_TECHNIQUE_LABELS, formatPrescription } from './radiotherapy-regimens.js';
import type {
  ABLATION_MODALITIES,
  BoneModifyingAgentItem,
  FURTHER_IMAGING_MODALITIES,
  RADIOPHARMACEUTICAL_AGENTS,
  RecommendationItem,
  SURGICAL_FIXATIONS,
  SUPPORTIVE_CARE_FOCUSES,
  SurgeryItem,
} from './recommendation-kinds.js';
import { formatZoledronicAcidDose, zoledronicAcidDoseMg } from './zoledronic-acid.js';

/*
 * One human line per recommendation item, for lists, the meeting room and the signed decision.
 * Doses that are derived (zoledronic acid by creatinine clearance) are derived here too, never typed.
 * Radiopharmaceutical activities are not printed: only radium-223's is verified ([V] label), the
 * others are [M] or product-specific (reference §11), and nuclear medicine doses them.
 */

const ABLATION_LABELS: Readonly<Record<(typeof ABLATION_MODALITIES)[number], string>> = {
  radiofrequency: 'Radiofrequency ablation',
  cryoablation: 'Cryoablation',
};

const FIXATION_LABELS: Readonly<Record<(typeof SURGICAL_FIXATIONS)[number], string>> = {
  intramedullary_nail: 'intramedullary nail',
  plate: 'plate',
  rod_screw_fixation: 'rod and screw fixation',
};

export const RADIOPHARMACEUTICAL_LABELS: Readonly<Record<(typeof RADIOPHARMACEUTICAL_AGENTS)[number], string>> = {
  radium_223: 'Radium-223',
  lutetium_177_psma: 'Lutetium-177-PSMA',
  samarium_153: 'Samarium-153 lexidronam',
  strontium_89: 'Strontium-89 chloride',
};

export const FURTHER_IMAGING_MODALITY_LABELS: Readonly<Record<(typeof FURTHER_IMAGING_MODALITIES)[number], string>> = {
  xray: 'X-ray',
  ct: 'CT',
  mri: 'MRI',
  pet_ct: 'PET-CT',
  psma_pet: 'PSMA PET',
  bone_scan: 'Bone scan',
  other: 'Imaging',
};

const SUPPORTIVE_CARE_LABELS: Readonly<Record<(typeof SUPPORTIVE_CARE_FOCUSES)[number], string>> = {
  pain: 'Pain management',
  physiotherapy: 'Physiotherapy',
  support_services: 'Support services',
  other: 'Supportive care',
};

/** Free text on one line: line breaks and runs of spaces become one space. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function describeSurgery(item: SurgeryItem): string {
  switch (item.procedure) {
    case 'stabilisation':
      return `Stabilisation with ${FIXATION_LABELS[item.fixation]}`;
    case 'decompression':
      return 'Decompression';
    case 'resection_reconstruction': {
      const reconstruction = item.reconstruction;
      if (reconstruction === null || reconstruction === undefined) return 'Resection and reconstruction';
      if (reconstruction.type === 'endoprosthesis') return 'Resection and reconstruction with endoprosthesis';
      return `Resection and reconstruction with ${oneLine(reconstruction.description)}`;
    }
  }
}

function describeBoneModifyingAgent(item: BoneModifyingAgentItem, context: DescribeContext): string {
  if (item.agent === 'denosumab') return 'Denosumab 120 mg SC every 4 weeks';
  const crcl = item.creatinineClearanceMlMin ?? context.creatinineClearanceMlMin ?? null;
  if (crcl === null) return 'Zoledronic acid IV every 3–4 weeks, dose by creatinine clearance (not recorded)';
  const dose = zoledronicAcidDoseMg(crcl);
  if (dose === null) return 'Zoledronic acid — not recommended at creatinine clearance below 30 mL/min';
  return `Zoledronic acid ${formatZoledronicAcidDose(dose)} IV every 3–4 weeks`;
}

/** Case values a description may need; the item's own value wins. */
export interface DescribeContext {
  creatinineClearanceMlMin?: number | null;
}

/**
 * e.g. "SBRT 24 Gy in 2 fractions to T12", "Zoledronic acid 3.5 mg IV every 3–4 weeks",
 * "Stabilisation with intramedullary nail".
 */
export function describeRecommendationItem(item: RecommendationItem, context: DescribeContext = {}): string {
  switch (item.kind) {
    case 'radiotherapy':
      return `${RADIOTHERAPY_TECHNIQUE_LABELS[item.technique]} ${formatPrescription(item.totalDoseGy, item.fractions)} to ${oneLine(item.target)}`;
    case 'ablation':
      return `${ABLATION_LABELS[item.modality]}${item.cementoplasty ? ' with cementoplasty' : ''}`;
    case 'surgery':
      return describeSurgery(item);
    case 'bone_modifying_agent':
      return describeBoneModifyingAgent(item, context);
    case 'radiopharmaceutical':
      return RADIOPHARMACEUTICAL_LABELS[item.agent];
    case 'systemic_therapy_change':
      return `Systemic therapy change (suggestion to the referring oncologist): ${oneLine(item.suggestion)}`;
    case 'further_imaging':
      return `${FURTHER_IMAGING_MODALITY_LABELS[item.modality]} of ${oneLine(item.region)}`;
    case 'biopsy':
      return `Biopsy of ${oneLine(item.site)}`;
    case 'supportive_care':
      return `${SUPPORTIVE_CARE_LABELS[item.focus]}: ${oneLine(item.text)}`;
    case 'other':
      return oneLine(item.text);
  }
}
