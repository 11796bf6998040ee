import { z } from 'zod';
import type { NomsPrimary } from '../scores/noms.js';

/*
 * Safety warnings are decision support: they are shown beside a recommendation item and stored with
 * it, and they NEVER block saving or signing it. The board may have reasons the rules cannot see, so
 * even a `contraindication` is a flag for discussion, not a refusal.
 */

/** Lowest to highest. */
export const SAFETY_SEVERITIES = ['info', 'warning', 'contraindication'] as const;
export type SafetySeverity = (typeof SAFETY_SEVERITIES)[number];

/** Stable codes: stored with the item, so they are never renamed (retire a code, do not reuse it). */
export const SAFETY_WARNING_CODES = [
  // Bone-modifying agents
  'zoledronic_acid_crcl_missing',
  'zoledronic_acid_crcl_below_30',
  'zoledronic_acid_renal_dose_reduced',
  'zoledronic_acid_creatinine_each_dose',
  'denosumab_crcl_below_30',
  'denosumab_crcl_missing',
  'denosumab_oncology_product',
  'bma_dental_review',
  'bma_corrected_calcium_low',
  'bma_corrected_calcium_missing',
  'bma_calcium_vitamin_d',
  // Radiopharmaceuticals
  'radium_223_crpc_not_confirmed',
  'radium_223_symptomatic_bone_metastases_not_confirmed',
  'radium_223_visceral_metastases_not_excluded',
  'radium_223_non_prostate_primary',
  'radium_223_abiraterone_prednisone',
  'lutetium_psma_prostate_not_confirmed',
  'lutetium_psma_pet_not_positive',
  'lutetium_psma_label_prerequisites',
  'radiopharmaceutical_pain_palliation_only',
  'radiopharmaceutical_bone_scan_uptake',
  // Radiotherapy
  'radiotherapy_not_catalogue_regimen',
  'radiotherapy_conventional_high_dose_per_fraction',
] as const;
export type SafetyWarningCode = (typeof SAFETY_WARNING_CODES)[number];

export interface SafetyWarning {
  code: SafetyWarningCode;
  severity: SafetySeverity;
  /** One or two sentences for the board, worded as a prompt to check, not as an order. */
  message: string;
  /** Citation with its verification level ([V], [V2], [M]). */
  source: string;
}

/**
 * The shape of a STORED warning. `code` is any non-empty string here, not the current code list,
 * so a warning stored under a code retired later still reads back.
 */
export const storedSafetyWarningSchema = z.strictObject({
  code: z.string().min(1),
  severity: z.enum(SAFETY_SEVERITIES),
  message: z.string().min(1),
  source: z.string().min(1),
});
export type StoredSafetyWarning = z.infer<typeof storedSafetyWarningSchema>;

const RANK: Readonly<Record<SafetySeverity, number>> = { info: 0, warning: 1, contraindication: 2 };

/** Most severe first; warnings of equal severity keep the order the check produced them in. */
export function sortBySeverity<W extends { severity: SafetySeverity }>(warnings: readonly W[]): W[] {
  return [...warnings].sort((a, b) => RANK[b.severity] - RANK[a.severity]);
}

/** The most severe level among `warnings`, or null when there are none (for a badge on the item). */
export function highestSeverity(warnings: readonly { severity: SafetySeverity }[]): SafetySeverity | null {
  return sortBySeverity(warnings)[0]?.severity ?? null;
}

/**
 * Primary cancers as the case records them (DESIGN §3): the same codes as the case domain's
 * PRIMARY_CANCERS and the NOMS primaries. Kept here under its own name so this folder does not
 * depend on the case domain; the compile-time check below ties it to the NOMS list, which the case
 * domain also checks against.
 */
export const SAFETY_PRIMARY_CANCERS = [
  'breast',
  'prostate',
  'lung',
  'kidney',
  'thyroid',
  'melanoma',
  'myeloma',
  'other',
] as const;
export type SafetyPrimaryCancer = (typeof SAFETY_PRIMARY_CANCERS)[number];
type SameCodes<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _primariesMatchNoms: SameCodes<SafetyPrimaryCancer, NomsPrimary> = true;

/**
 * What the checks may take from the case and its latest assessment. A value given on the item
 * itself (e.g. the creatinine clearance typed into a bone-modifying-agent item) wins over this.
 * `null` means not recorded, as forms send it.
 */
export interface SafetyCheckContext {
  primaryCancer?: SafetyPrimaryCancer | null;
  /** Cockcroft-Gault creatinine clearance, mL/min. */
  creatinineClearanceMlMin?: number | null;
  /** Albumin-corrected serum calcium, mmol/L. */
  correctedCalciumMmolL?: number | null;
}
