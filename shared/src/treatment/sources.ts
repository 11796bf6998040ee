/*
 * Citations used by the treatment catalogue and the safety checks, each with the verification level
 * that /work/shared/reference/clinical-scores.md (§9–§11) gives it:
 *   [V]  verified in a primary or authoritative copy;
 *   [V2] two or more independent secondary sources agree, primary full text not seen;
 *   [M]  a single weak source — must be checked before clinical release.
 * The level travels inside the string because a warning is stored with the recommendation and shown
 * later without this file beside it. Only details the reference gives are cited; volume and page
 * numbers it does not give are left out rather than guessed.
 */

export const ASTRO_2024_SOURCE =
  'Alcorn S, et al. External Beam Radiation Therapy for Palliation of Symptomatic Bone Metastases: An ASTRO Clinical Practice Guideline. Pract Radiat Oncol 2024. doi:10.1016/j.prro.2024.04.018 [V: abstract and guideline summary]';

export const SC24_SOURCE =
  'Sahgal A, et al. SC.24: SBRT 24 Gy in 2 fractions vs conventional 20 Gy in 5 fractions for painful spinal metastases. Lancet Oncol 2021 [V2]';

export const RTOG_0631_SOURCE =
  'Ryu S, et al. NRG Oncology/RTOG 0631: 16 or 18 Gy single-fraction radiosurgery vs 8 Gy single fraction for spine metastases. JAMA Oncol 2023;9(6):800–807 [V]';

export const INSTITUTIONAL_24GY_SINGLE_FRACTION_SOURCE =
  'Institutional single-fraction SBRT practice (e.g., 24 Gy × 1 at MSKCC) — no trial citation [M: must be checked before clinical release]';

/** App heuristics that no reference states; they exist so the threshold is visible, not hidden in code. */
export const APP_HEURISTIC_SOURCE = 'Tumor Board app heuristic, not a published rule [M: to be confirmed by the board]';

export const ZOMETA_LABEL_SOURCE =
  'Zometa (zoledronic acid) US prescribing information (FDA label via openFDA), renal dosing by baseline Cockcroft-Gault creatinine clearance [V2: label and an independent renal-dosing implementation agree; the label table text itself was not retrieved]';

export const ASCO_2011_BMA_SOURCE =
  'ASCO 2011 clinical practice guideline update on bone-modifying agents: 4 mg IV every 3–4 weeks; check serum creatinine before each dose [V]';

export const ZOMETA_LABEL_UNVERIFIED_SOURCE =
  'Zometa (zoledronic acid) US prescribing information: withholding rule on renal deterioration; oral calcium 500 mg + vitamin D 400 IU daily [M: must be checked before clinical release]';

export const XGEVA_LABEL_SOURCE =
  'Xgeva (denosumab) 120 mg SC every 4 weeks, US prescribing information [V]; no renal dose adjustment, severe hypocalcaemia risk with CrCl < 30 mL/min or dialysis, calcium and vitamin D as needed [V2]';

export const MRONJ_GUIDELINE_SOURCE =
  'Yarom N, et al. Medication-Related Osteonecrosis of the Jaw: MASCC/ISOO/ASCO Clinical Practice Guideline. J Clin Oncol 2019;37(25) [V; page range M]';

export const XOFIGO_LABEL_SOURCE =
  'Xofigo (radium-223 dichloride) US prescribing information: castration-resistant prostate cancer with symptomatic bone metastases and no known visceral metastatic disease [V, label]';

export const RADIUM_ABIRATERONE_SOURCE =
  'ERA 223 signal: radium-223 with abiraterone + prednisone/prednisolone [M: must be checked before clinical release]';

export const PLUVICTO_LABEL_SOURCE =
  'Pluvicto (lutetium-177 vipivotide tetraxetan) US label, NDA 215833, supplement approved 2025-03-28 (openFDA drugsfda): PSMA-positive mCRPC after an androgen-receptor pathway inhibitor, taxane-treated or taxane deferral appropriate [V indication]; VISION: Sartor O, et al. NEJM 2021;385:1091';

export const QUADRAMET_SOURCE =
  'Quadramet (samarium-153 lexidronam) EU SmPC: pain from multiple painful osteoblastic bone metastases that take up Tc-99m bisphosphonate on bone scan [V indication]';

export const STRONTIUM_89_SOURCE =
  'Strontium-89 chloride SmPC (Polatom): palliation of bone-metastasis pain; bone scintigraphy first [V]';
