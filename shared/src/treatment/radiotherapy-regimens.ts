import {
  ASTRO_2024_SOURCE,
  INSTITUTIONAL_24GY_SINGLE_FRACTION_SOURCE,
  RTOG_0631_SOURCE,
  SC24_SOURCE,
} from './sources.js';

/*
 * Palliative radiotherapy regimens for bone metastases (reference §9).
 *
 * The catalogue is GUIDANCE, not a limit: a radiation oncologist may prescribe any dose and
 * fractionation; an entry outside the catalogue only gets an info-level "check" prompt.
 *
 * Sources and doubts:
 *  - ASTRO 2024 (Alcorn S, et al., doi 10.1016/j.prro.2024.04.018) [V, abstract + guideline summary]:
 *    conventional 8 Gy/1, 20 Gy/5, 24 Gy/6, 30 Gy/10 for symptomatic bone metastases; for spinal cord /
 *    cauda equina compression not eligible for initial surgery 8/1, 16/2, 20/5, 30/10; re-irradiation
 *    spine 8/1, 20/5, 24/6 or 20 Gy/8, non-spine 8/1, 20/5, 24/6. SBRT is conditionally recommended over
 *    conventional RT for selected patients (good performance status, no surgery planned, no
 *    neurological symptoms or signs).
 *  - ASTRO 2017 (Lutz S, et al.) limited SBRT to trials/registries — a real disagreement between
 *    editions; 2024 supersedes it and is what is encoded.
 *  - SBRT evidence conflicts: SC.24 (24 Gy/2) beat 20 Gy/5 for complete pain response at 3 months [V2];
 *    RTOG 0631 (16 or 18 Gy × 1) was NOT superior to 8 Gy × 1 (pain response 41.3 % vs 60.5 %) [V].
 *    24 Gy × 1 is institutional practice only [M]. 20 Gy × 1 (Braam et al., Trials 2016, a trial
 *    protocol) is not listed, as it is not a recommended regimen.
 *  - ESTRO-ACROP 2022 is verified only for existence/headline [V2/M]; nothing is encoded from it.
 *
 * Doses are compared in whole cGy, the unit mCODE's RadiotherapyCourseSummary records (UCUM cGy), so
 * floating-point Gy values never decide a match.
 */

export const RADIOTHERAPY_TECHNIQUES = ['conventional_ebrt', 'sbrt'] as const;
export type RadiotherapyTechnique = (typeof RADIOTHERAPY_TECHNIQUES)[number];

export const RADIOTHERAPY_TECHNIQUE_LABELS: Readonly<Record<RadiotherapyTechnique, string>> = {
  conventional_ebrt: 'Conventional EBRT',
  sbrt: 'SBRT',
};

/** The clinical situations a catalogue regimen is listed for (a form can filter on them). */
export const REGIMEN_CONTEXTS = [
  'symptomatic_bone_metastases',
  'spinal_cord_compression',
  're_irradiation_spine',
  're_irradiation_non_spine',
  'sbrt_selected_patients',
] as const;
export type RegimenContext = (typeof REGIMEN_CONTEXTS)[number];

export const RADIOTHERAPY_REGIMEN_CODES = [
  'ebrt_8gy_1fx',
  'ebrt_16gy_2fx',
  'ebrt_20gy_5fx',
  'ebrt_24gy_6fx',
  'ebrt_30gy_10fx',
  'ebrt_20gy_8fx',
  'sbrt_24gy_2fx',
  'sbrt_16gy_1fx',
  'sbrt_18gy_1fx',
  'sbrt_24gy_1fx',
] as const;
export type RadiotherapyRegimenCode = (typeof RADIOTHERAPY_REGIMEN_CODES)[number];

export type VerificationLevel = 'V' | 'V2' | 'M';

export interface RadiotherapyRegimen {
  readonly code: RadiotherapyRegimenCode;
  readonly technique: RadiotherapyTechnique;
  readonly totalDoseGy: number;
  readonly totalDoseCGy: number;
  readonly fractions: number;
  readonly dosePerFractionGy: number;
  /** e.g. "20 Gy in 5 fractions". */
  readonly label: string;
  readonly contexts: readonly RegimenContext[];
  readonly indicationNote: string;
  readonly source: string;
  readonly verification: VerificationLevel;
}

/** Whole cGy from Gy (1 Gy = 100 cGy), rounded so 0.1 + 0.2 style float noise cannot leak in. */
export function doseCGy(gy: number): number {
  return Math.round(gy * 100);
}

/** Gy from cGy. */
export function doseGyFromCGy(cGy: number): number {
  return cGy / 100;
}

/** Dose per fraction in Gy, computed in cGy and rounded to 0.01 Gy. */
export function dosePerFractionGy(totalDoseGy: number, fractions: number): number {
  if (!Number.isInteger(fractions) || fractions < 1) throw new RangeError(`fractions must be a whole number ≥ 1`);
  return Math.round(doseCGy(totalDoseGy) / fractions) / 100;
}

/** "8", "20", "7.5": Gy with at most two decimals and no trailing zeros. */
export function formatGy(gy: number): string {
  return String(doseCGy(gy) / 100);
}

/** "24 Gy in 2 fractions", "8 Gy in 1 fraction". */
export function formatPrescription(totalDoseGy: number, fractions: number): string {
  return `${formatGy(totalDoseGy)} Gy in ${fractions} ${fractions === 1 ? 'fraction' : 'fractions'}`;
}

interface RegimenEntry {
  code: RadiotherapyRegimenCode;
  technique: RadiotherapyTechnique;
  totalDoseGy: number;
  fractions: number;
  contexts: readonly RegimenContext[];
  indicationNote: string;
  source: string;
  verification: VerificationLevel;
}

function regimen(entry: RegimenEntry): RadiotherapyRegimen {
  return Object.freeze({
    ...entry,
    contexts: Object.freeze([...entry.contexts]),
    totalDoseCGy: doseCGy(entry.totalDoseGy),
    dosePerFractionGy: dosePerFractionGy(entry.totalDoseGy, entry.fractions),
    label: formatPrescription(entry.totalDoseGy, entry.fractions),
  });
}

const SBRT_SELECTION =
  'ASTRO 2024 conditionally recommends SBRT over conventional RT for selected patients: good performance status, no surgery planned, no neurological symptoms or signs.';

export const RADIOTHERAPY_REGIMENS: readonly RadiotherapyRegimen[] = Object.freeze([
  regimen({
    code: 'ebrt_8gy_1fx',
    technique: 'conventional_ebrt',
    totalDoseGy: 8,
    fractions: 1,
    contexts: [
      'symptomatic_bone_metastases',
      'spinal_cord_compression',
      're_irradiation_spine',
      're_irradiation_non_spine',
    ],
    indicationNote:
      'Symptomatic bone metastases; spinal cord / cauda equina compression not eligible for initial surgery; re-irradiation (spine and non-spine). Pain relief equivalent to the longer regimens, with a higher retreatment rate (ASTRO 2017).',
    source: ASTRO_2024_SOURCE,
    verification: 'V',
  }),
  regimen({
    code: 'ebrt_16gy_2fx',
    technique: 'conventional_ebrt',
    totalDoseGy: 16,
    fractions: 2,
    contexts: ['spinal_cord_compression'],
    indicationNote: 'Spinal cord / cauda equina compression not eligible for initial surgery (with dexamethasone).',
    source: ASTRO_2024_SOURCE,
    verification: 'V',
  }),
  regimen({
    code: 'ebrt_20gy_5fx',
    technique: 'conventional_ebrt',
    totalDoseGy: 20,
    fractions: 5,
    contexts: [
      'symptomatic_bone_metastases',
      'spinal_cord_compression',
      're_irradiation_spine',
      're_irradiation_non_spine',
    ],
    indicationNote:
      'Symptomatic bone metastases; spinal cord / cauda equina compression not eligible for initial surgery; re-irradiation (spine and non-spine).',
    source: ASTRO_2024_SOURCE,
    verification: 'V',
  }),
  regimen({
    code: 'ebrt_24gy_6fx',
    technique: 'conventional_ebrt',
    totalDoseGy: 24,
    fractions: 6,
    contexts: ['symptomatic_bone_metastases', 're_irradiation_spine', 're_irradiation_non_spine'],
    indicationNote: 'Symptomatic bone metastases; re-irradiation (spine and non-spine).',
    source: ASTRO_2024_SOURCE,
    verification: 'V',
  }),
  regimen({
    code: 'ebrt_30gy_10fx',
    technique: 'conventional_ebrt',
    totalDoseGy: 30,
    fractions: 10,
    contexts: ['symptomatic_bone_metastases', 'spinal_cord_compression'],
    indicationNote:
      'Symptomatic bone metastases; spinal cord / cauda equina compression not eligible for initial surgery.',
    source: ASTRO_2024_SOURCE,
    verification: 'V',
  }),
  regimen({
    code: 'ebrt_20gy_8fx',
    technique: 'conventional_ebrt',
    totalDoseGy: 20,
    fractions: 8,
    contexts: ['re_irradiation_spine'],
    indicationNote: 'Re-irradiation of spine metastases.',
    source: ASTRO_2024_SOURCE,
    verification: 'V',
  }),
  regimen({
    code: 'sbrt_24gy_2fx',
    technique: 'sbrt',
    totalDoseGy: 24,
    fractions: 2,
    contexts: ['sbrt_selected_patients'],
    indicationNote: `Painful spinal metastases (SC.24: higher complete pain response at 3 months than 20 Gy in 5 fractions). ${SBRT_SELECTION}`,
    source: SC24_SOURCE,
    verification: 'V2',
  }),
  regimen({
    code: 'sbrt_16gy_1fx',
    technique: 'sbrt',
    totalDoseGy: 16,
    fractions: 1,
    contexts: ['sbrt_selected_patients'],
    indicationNote: `RTOG 0631 arm: not superior to 8 Gy in 1 fraction for pain response at 3 months (41.3 % vs 60.5 %). ${SBRT_SELECTION}`,
    source: RTOG_0631_SOURCE,
    verification: 'V',
  }),
  regimen({
    code: 'sbrt_18gy_1fx',
    technique: 'sbrt',
    totalDoseGy: 18,
    fractions: 1,
    contexts: ['sbrt_selected_patients'],
    indicationNote: `RTOG 0631 arm: not superior to 8 Gy in 1 fraction for pain response at 3 months (41.3 % vs 60.5 %). ${SBRT_SELECTION}`,
    source: RTOG_0631_SOURCE,
    verification: 'V',
  }),
  regimen({
    code: 'sbrt_24gy_1fx',
    technique: 'sbrt',
    totalDoseGy: 24,
    fractions: 1,
    contexts: ['sbrt_selected_patients'],
    indicationNote: `Institutional single-fraction SBRT (e.g., MSKCC); no randomised evidence in the reference — unverified. ${SBRT_SELECTION}`,
    source: INSTITUTIONAL_24GY_SINGLE_FRACTION_SOURCE,
    verification: 'M',
  }),
]);

/**
 * The catalogue regimen a freely entered prescription corresponds to, or null when there is none.
 * Matching is on technique, whole cGy and fractions: 8 Gy × 1 typed as SBRT is not the conventional
 * 8 Gy regimen. Null is not an error — free entry is allowed.
 */
export function findRegimen(
  technique: RadiotherapyTechnique,
  totalDoseGy: number,
  fractions: number,
): RadiotherapyRegimen | null {
  const cGy = doseCGy(totalDoseGy);
  return (
    RADIOTHERAPY_REGIMENS.find(
      (r) => r.technique === technique && r.totalDoseCGy === cGy && r.fractions === fractions,
    ) ?? null
  );
}

export function findRegimenByCode(code: RadiotherapyRegimenCode): RadiotherapyRegimen {
  const found = RADIOTHERAPY_REGIMENS.find((r) => r.code === code);
  if (found === undefined) throw new Error(`unreachable: regimen ${code} missing from the catalogue`);
  return found;
}

/** Catalogue regimens listed for a clinical situation, in catalogue order (for a form's picker). */
export function regimensForContext(context: RegimenContext): RadiotherapyRegimen[] {
  return RADIOTHERAPY_REGIMENS.filter((r) => r.contexts.includes(context));
}
