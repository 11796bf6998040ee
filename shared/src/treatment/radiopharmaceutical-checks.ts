import type { RadiopharmaceuticalItem } from './recommendation-kinds.js';
import type { SafetyCheckContext, SafetyPrimaryCancer, SafetyWarning } from './safety-warning.js';
import {
  PLUVICTO_LABEL_SOURCE,
  QUADRAMET_SOURCE,
  RADIUM_ABIRATERONE_SOURCE,
  STRONTIUM_89_SOURCE,
  XOFIGO_LABEL_SOURCE,
} from './sources.js';

/*
 * Eligibility prompts for radiopharmaceuticals (reference §11). They never block.
 *
 * Radium-223 (Xofigo) [V, label]: castration-resistant prostate cancer with SYMPTOMATIC bone
 * metastases and NO KNOWN VISCERAL metastatic disease. Doubt noted by the reference: the criterion is
 * "no known visceral metastases", not "bone-only" (small-volume nodal disease was allowed in ALSYMPCA
 * [M]), so nodal disease is not asked about. Each criterion not confirmed (false OR not recorded) gets
 * its own warning, so the board sees which one is missing. Not with abiraterone + prednisone (ERA 223
 * signal) [M]. Haematological entry thresholds are in the label but their values are [M]: not encoded.
 *
 * Lu-177-PSMA (Pluvicto) [V indication]: PSMA-positive mCRPC after an androgen-receptor pathway
 * inhibitor, taxane-treated or taxane deferral appropriate; requires PSMA PET positivity. Activity
 * (7.4 GBq every 6 weeks, ≤ 6 cycles) is [M] and not encoded.
 *
 * Sm-153 lexidronam [V indication, EU SmPC] and Sr-89 chloride [V, Polatom SmPC]: pain palliation
 * only (no survival benefit), with bone-scan uptake of the painful lesions shown first.
 */

function notConfirmed(value: boolean | null | undefined): string | null {
  if (value === true) return null;
  return value === false ? 'no' : 'not recorded';
}

function radium223Warnings(
  item: Extract<RadiopharmaceuticalItem, { agent: 'radium_223' }>,
  primary: SafetyPrimaryCancer | null,
): SafetyWarning[] {
  const warnings: SafetyWarning[] = [];
  if (primary !== null && primary !== 'prostate') {
    warnings.push({
      code: 'radium_223_non_prostate_primary',
      severity: 'warning',
      message: `Radium-223 is indicated for castration-resistant prostate cancer; the case's primary is ${primary}.`,
      source: XOFIGO_LABEL_SOURCE,
    });
  }
  const crpc = notConfirmed(item.castrationResistantProstate);
  if (crpc !== null) {
    warnings.push({
      code: 'radium_223_crpc_not_confirmed',
      severity: 'warning',
      message: `Castration-resistant prostate cancer: ${crpc}. Radium-223 is indicated only for castration-resistant prostate cancer.`,
      source: XOFIGO_LABEL_SOURCE,
    });
  }
  const symptomatic = notConfirmed(item.symptomaticBoneMetastases);
  if (symptomatic !== null) {
    warnings.push({
      code: 'radium_223_symptomatic_bone_metastases_not_confirmed',
      severity: 'warning',
      message: `Symptomatic bone metastases: ${symptomatic}. The radium-223 label requires symptomatic bone metastases.`,
      source: XOFIGO_LABEL_SOURCE,
    });
  }
  if (item.knownVisceralMetastases !== false) {
    warnings.push({
      code: 'radium_223_visceral_metastases_not_excluded',
      severity: 'warning',
      message: `Known visceral metastases: ${item.knownVisceralMetastases === true ? 'yes' : 'not recorded'}. The radium-223 label requires no known visceral metastatic disease (not strictly bone-only disease).`,
      source: XOFIGO_LABEL_SOURCE,
    });
  }
  warnings.push({
    code: 'radium_223_abiraterone_prednisone',
    severity: 'info',
    message: 'Do not combine radium-223 with abiraterone plus prednisone/prednisolone.',
    source: RADIUM_ABIRATERONE_SOURCE,
  });
  return warnings;
}

function lutetiumPsmaWarnings(
  item: Extract<RadiopharmaceuticalItem, { agent: 'lutetium_177_psma' }>,
  primary: SafetyPrimaryCancer | null,
): SafetyWarning[] {
  const warnings: SafetyWarning[] = [];
  if (primary !== 'prostate') {
    warnings.push({
      code: 'lutetium_psma_prostate_not_confirmed',
      severity: 'warning',
      message:
        primary === null
          ? 'Primary cancer not recorded: Lu-177-PSMA is indicated for metastatic castration-resistant prostate cancer.'
          : `Lu-177-PSMA is indicated for metastatic castration-resistant prostate cancer; the case's primary is ${primary}.`,
      source: PLUVICTO_LABEL_SOURCE,
    });
  }
  const pet = notConfirmed(item.psmaPetPositive);
  if (pet !== null) {
    warnings.push({
      code: 'lutetium_psma_pet_not_positive',
      severity: 'warning',
      message: `PSMA PET positive: ${pet}. Lu-177-PSMA requires PSMA-positive disease on PSMA PET.`,
      source: PLUVICTO_LABEL_SOURCE,
    });
  }
  warnings.push({
    code: 'lutetium_psma_label_prerequisites',
    severity: 'info',
    message:
      'Label: after an androgen-receptor pathway inhibitor, and either after a taxane or when delaying a taxane is appropriate.',
    source: PLUVICTO_LABEL_SOURCE,
  });
  return warnings;
}

function painPalliationWarnings(source: string, name: string): SafetyWarning[] {
  return [
    {
      code: 'radiopharmaceutical_pain_palliation_only',
      severity: 'info',
      message: `${name} palliates bone pain only; it has no survival benefit.`,
      source,
    },
    {
      code: 'radiopharmaceutical_bone_scan_uptake',
      severity: 'info',
      message: `Confirm uptake in the painful lesions on a bone scan before ${name}.`,
      source,
    },
  ];
}

export function checkRadiopharmaceutical(
  item: RadiopharmaceuticalItem,
  context: SafetyCheckContext = {},
): SafetyWarning[] {
  const primary = context.primaryCancer ?? null;
  switch (item.agent) {
    case 'radium_223':
      return radium223Warnings(item, primary);
    case 'lutetium_177_psma':
      return lutetiumPsmaWarnings(item, primary);
    case 'samarium_153':
      return painPalliationWarnings(QUADRAMET_SOURCE, 'Samarium-153');
    case 'strontium_89':
      return painPalliationWarnings(STRONTIUM_89_SOURCE, 'Strontium-89');
  }
}
