import type { BoneModifyingAgentItem } from './recommendation-kinds.js';
import type { SafetyCheckContext, SafetyWarning } from './safety-warning.js';
import {
  APP_HEURISTIC_SOURCE,
  ASCO_2011_BMA_SOURCE,
  MRONJ_GUIDELINE_SOURCE,
  XGEVA_LABEL_SOURCE,
  ZOMETA_LABEL_SOURCE,
  ZOMETA_LABEL_UNVERIFIED_SOURCE,
} from './sources.js';
import { formatZoledronicAcidDose, zoledronicAcidRenalBand, ZOLEDRONIC_ACID_FULL_DOSE_MG } from './zoledronic-acid.js';

/*
 * Safety prompts for bone-modifying agents (reference §10). They never block the recommendation.
 *
 * Zoledronic acid: dose band by baseline Cockcroft-Gault CrCl (zoledronic-acid.ts, [V2]); < 30 mL/min
 * is "not recommended" in the label, flagged at contraindication level (the reference's suggested
 * check says "block"; the app flags instead, since checks never block). Serum creatinine before EACH
 * dose [V, ASCO 2011]; the label's withholding rule (rise ≥ 0.5 mg/dL from a normal baseline, ≥ 1.0
 * mg/dL from an abnormal one; resume at the same dose within 10 % of baseline) is [M].
 *
 * Denosumab (Xgeva and biosimilars) 120 mg SC every 4 weeks [V]: no renal dose adjustment, but severe
 * hypocalcaemia risk with CrCl < 30 mL/min or dialysis [V2]. NEVER confuse it with the 60 mg
 * every-6-month osteoporosis products (Prolia-type labels, e.g. Jubbonti, Conexxence, Osvyrti), which
 * carry a boxed warning for severe hypocalcaemia at eGFR < 30: this item only ever means the 120 mg
 * oncology dose, and the description says so.
 *
 * Both agents: oral-care assessment before starting in non-urgent settings (MASCC/ISOO/ASCO, Yarom
 * 2019 [V]); albumin-corrected calcium before each dose; calcium and vitamin D supplementation.
 */

/**
 * Corrected calcium below this is flagged before a bone-modifying agent. 2.1 mmol/L is the lower end
 * of a common adult reference range for albumin-corrected calcium; the reference gives no number
 * ([M]: confirm against the local laboratory range). Strictly below: 2.10 is not flagged.
 */
export const CORRECTED_CALCIUM_LOW_MMOL_L = 2.1;

/** Denosumab's severe-hypocalcaemia risk applies below this CrCl (mL/min), strictly. */
export const DENOSUMAB_HYPOCALCAEMIA_CRCL_ML_MIN = 30;

export interface BoneModifyingAgentInputs {
  creatinineClearanceMlMin: number | null;
  correctedCalciumMmolL: number | null;
  dentalReviewDone: boolean | null;
}

/** The item's own values win over the case context; null means not recorded. */
export function boneModifyingAgentInputs(
  item: BoneModifyingAgentItem,
  context: SafetyCheckContext = {},
): BoneModifyingAgentInputs {
  return {
    creatinineClearanceMlMin: item.creatinineClearanceMlMin ?? context.creatinineClearanceMlMin ?? null,
    correctedCalciumMmolL: item.correctedCalciumMmolL ?? context.correctedCalciumMmolL ?? null,
    dentalReviewDone: item.dentalReviewDone ?? null,
  };
}

function zoledronicAcidRenalWarnings(crcl: number | null): SafetyWarning[] {
  const eachDose: SafetyWarning = {
    code: 'zoledronic_acid_creatinine_each_dose',
    severity: 'info',
    message:
      'Check serum creatinine before each zoledronic acid dose; withhold on renal deterioration as the label describes.',
    source: `${ASCO_2011_BMA_SOURCE}; ${ZOMETA_LABEL_UNVERIFIED_SOURCE}`,
  };
  if (crcl === null) {
    return [
      {
        code: 'zoledronic_acid_crcl_missing',
        severity: 'warning',
        message:
          'Creatinine clearance (Cockcroft-Gault) needed before dosing zoledronic acid: the dose depends on it and it is not recorded.',
        source: ZOMETA_LABEL_SOURCE,
      },
      eachDose,
    ];
  }
  const band = zoledronicAcidRenalBand(crcl);
  if (band.doseMg === null) {
    return [
      {
        code: 'zoledronic_acid_crcl_below_30',
        severity: 'contraindication',
        message: `Zoledronic acid is not recommended at creatinine clearance ${crcl} mL/min (label band ${band.label}).`,
        source: ZOMETA_LABEL_SOURCE,
      },
      eachDose,
    ];
  }
  if (band.doseMg < ZOLEDRONIC_ACID_FULL_DOSE_MG) {
    return [
      {
        code: 'zoledronic_acid_renal_dose_reduced',
        severity: 'info',
        message: `Reduced zoledronic acid dose ${formatZoledronicAcidDose(band.doseMg)} for creatinine clearance ${crcl} mL/min (label band ${band.label}).`,
        source: ZOMETA_LABEL_SOURCE,
      },
      eachDose,
    ];
  }
  return [eachDose];
}

function denosumabRenalWarnings(crcl: number | null): SafetyWarning[] {
  const product: SafetyWarning = {
    code: 'denosumab_oncology_product',
    severity: 'info',
    message:
      'Denosumab 120 mg every 4 weeks (Xgeva or a biosimilar) — not the 60 mg every-6-month osteoporosis product. No renal dose adjustment.',
    source: XGEVA_LABEL_SOURCE,
  };
  if (crcl === null) {
    return [
      product,
      {
        code: 'denosumab_crcl_missing',
        severity: 'info',
        message:
          'Creatinine clearance not recorded: below 30 mL/min or on dialysis the risk of severe hypocalcaemia is higher.',
        source: XGEVA_LABEL_SOURCE,
      },
    ];
  }
  if (crcl < DENOSUMAB_HYPOCALCAEMIA_CRCL_ML_MIN) {
    return [
      {
        code: 'denosumab_crcl_below_30',
        severity: 'warning',
        message: `Creatinine clearance ${crcl} mL/min: risk of severe hypocalcaemia with denosumab. Correct hypocalcaemia first, give calcium and vitamin D, and monitor calcium closely.`,
        source: XGEVA_LABEL_SOURCE,
      },
      product,
    ];
  }
  return [product];
}

function dentalWarnings(done: boolean | null): SafetyWarning[] {
  if (done === true) return [];
  return [
    {
      code: 'bma_dental_review',
      severity: 'warning',
      message: `Dental review ${done === false ? 'not done' : 'not recorded'}: an oral-care assessment (dental, periodontal, radiographs) is advised before starting a bone-modifying agent unless it is urgent; avoid elective dentoalveolar surgery during therapy (osteonecrosis of the jaw).`,
      source: MRONJ_GUIDELINE_SOURCE,
    },
  ];
}

function calciumWarnings(item: BoneModifyingAgentItem, calcium: number | null): SafetyWarning[] {
  const supplementation: SafetyWarning =
    item.agent === 'zoledronic_acid'
      ? {
          code: 'bma_calcium_vitamin_d',
          severity: 'info',
          message:
            'Prescribe calcium and vitamin D: the label advises oral calcium 500 mg and vitamin D 400 IU daily. Check vitamin D status at baseline.',
          source: ZOMETA_LABEL_UNVERIFIED_SOURCE,
        }
      : {
          code: 'bma_calcium_vitamin_d',
          severity: 'info',
          message:
            'Give calcium and vitamin D as needed with denosumab and correct hypocalcaemia before starting. Check vitamin D status at baseline.',
          source: XGEVA_LABEL_SOURCE,
        };
  if (calcium === null) {
    return [
      {
        code: 'bma_corrected_calcium_missing',
        severity: 'info',
        message: 'Corrected calcium not recorded: check albumin-corrected calcium before each dose.',
        source: `${XGEVA_LABEL_SOURCE}; ${ASCO_2011_BMA_SOURCE}`,
      },
      supplementation,
    ];
  }
  if (calcium < CORRECTED_CALCIUM_LOW_MMOL_L) {
    return [
      {
        code: 'bma_corrected_calcium_low',
        severity: 'warning',
        message: `Corrected calcium ${calcium} mmol/L is below ${CORRECTED_CALCIUM_LOW_MMOL_L} mmol/L: correct hypocalcaemia before giving a bone-modifying agent.`,
        source: `${XGEVA_LABEL_SOURCE}; threshold: ${APP_HEURISTIC_SOURCE}`,
      },
      supplementation,
    ];
  }
  return [supplementation];
}

/** All prompts for a bone-modifying-agent item; unsorted (the dispatcher sorts by severity). */
export function checkBoneModifyingAgent(
  item: BoneModifyingAgentItem,
  context: SafetyCheckContext = {},
): SafetyWarning[] {
  const inputs = boneModifyingAgentInputs(item, context);
  const renal =
    item.agent === 'zoledronic_acid'
      ? zoledronicAcidRenalWarnings(inputs.creatinineClearanceMlMin)
      : denosumabRenalWarnings(inputs.creatinineClearanceMlMin);
  return [...renal, ...dentalWarnings(inputs.dentalReviewDone), ...calciumWarnings(item, inputs.correctedCalciumMmolL)];
}
