import type { z } from 'zod';
import { BILSKY_1C_NOTE, BILSKY_GRADES, BILSKY_TABLE, isHighGradeEscc, type BilskyGrade } from './bilsky.js';
import { sinsCategoryForTotal, type SinsCategory } from './sins.js';
import type { ScoreComponent, ScoreResultBase } from './types.js';
import { choice, inputObject, integer, parseScoreInput } from './validation.js';

/*
 * NOMS — Neurologic, Oncologic, Mechanical, Systemic decision framework for spinal metastases.
 * Source: Laufer I, Rubin DG, Lis E, et al. Oncologist 2013;18(6):744–751; update Newman WC,
 * Laufer I, Bilsky MH. Neurosurg Clin N Am 2020;31(2):151–166. Verification level [V2].
 *
 * NOMS is a decision table, not a score. Design choice: `total` is null and `category` is the
 * suggested-direction code, so every tool answers with the same shape and a list of results can
 * be grouped by `category` without special cases.
 *
 * What drives the direction (the reference's table, nothing added):
 *  - O × N: radiosensitive → cEBRT whatever the ESCC grade; radioresistant → SRS/SBRT for low
 *    grade, separation surgery then SRS/SBRT for high grade (2–3).
 *  - M is assessed independently: SINS 13–18 adds stabilization (percutaneous or open); 7–12 is
 *    left to judgement and only raises a caveat.
 *  - S unfavourable → the least-morbid option, whatever N, O and M say.
 * `neurology` and `ecog` are reported in the assessments for the board but do not change the
 * direction: the table keys on the ESCC grade, and the systemic judgement (`systemic`) is the
 * clinician's, not derived here from ECOG.
 * Doubts: ESCC 1c is counted low grade but debated (see bilsky.ts).
 */

export const NOMS_SOURCE =
  'Laufer I, Rubin DG, Lis E, et al. The NOMS framework: approach to the treatment of spinal metastatic tumors. Oncologist 2013;18(6):744–751. doi:10.1634/theoncologist.2012-0293';

export const NOMS_NEUROLOGY = ['intact', 'radiculopathy', 'myelopathy', 'cauda_equina'] as const;
export const RADIOSENSITIVITIES = ['sensitive', 'resistant'] as const;
export type Radiosensitivity = (typeof RADIOSENSITIVITIES)[number];
export const NOMS_SYSTEMIC = ['favourable', 'unfavourable'] as const;

export const NOMS_PRIMARIES = [
  'breast',
  'prostate',
  'myeloma',
  'kidney',
  'thyroid',
  'melanoma',
  'lung',
  'other',
] as const;
export type NomsPrimary = (typeof NOMS_PRIMARIES)[number];

/**
 * Response of the histology to conventional EBRT, from the commonly cited list in NOMS reviews.
 * [M] single weak source — TO BE VERIFIED against Laufer 2013 before clinical release.
 * `lung` means non-small-cell lung cancer; small-cell lung cancer is not covered and must be
 * chosen by the clinician (`other`). `other` has no default on purpose: a clinician must choose.
 */
export const NOMS_RADIOSENSITIVITY_BY_PRIMARY: Readonly<Record<NomsPrimary, Radiosensitivity | null>> = {
  breast: 'sensitive',
  prostate: 'sensitive',
  myeloma: 'sensitive',
  kidney: 'resistant',
  thyroid: 'resistant',
  melanoma: 'resistant',
  lung: 'resistant',
  other: null,
};

/** The default radiosensitivity of a primary, or undefined when the clinician must choose. */
export function radiosensitivityForPrimary(primary: NomsPrimary): Radiosensitivity | undefined {
  return NOMS_RADIOSENSITIVITY_BY_PRIMARY[primary] ?? undefined;
}

export type NomsNeurologicGrade = 'low_grade' | 'high_grade';

export type NomsDirection =
  | 'cebrt'
  | 'srs'
  | 'separation_surgery_then_srs'
  | 'stabilization_then_cebrt'
  | 'stabilization_then_srs'
  | 'separation_surgery_with_stabilization_then_srs'
  | 'least_morbid_option';

type RadiationDirection = 'cebrt' | 'srs' | 'separation_surgery_then_srs';

/** Laufer 2013 decision table, O × N rows, for a mechanically stable lesion and a fit patient. */
export const NOMS_DECISION_TABLE: Readonly<
  Record<Radiosensitivity, Readonly<Record<NomsNeurologicGrade, RadiationDirection>>>
> = {
  sensitive: { low_grade: 'cebrt', high_grade: 'cebrt' },
  resistant: { low_grade: 'srs', high_grade: 'separation_surgery_then_srs' },
};

/** The same rows when the lesion is unstable (SINS 13–18): stabilization is added. */
export const NOMS_UNSTABLE_DIRECTION: Readonly<Record<RadiationDirection, NomsDirection>> = {
  cebrt: 'stabilization_then_cebrt',
  srs: 'stabilization_then_srs',
  separation_surgery_then_srs: 'separation_surgery_with_stabilization_then_srs',
};

const DIRECTION_WORDING: Readonly<Record<NomsDirection, string>> = {
  cebrt: 'conventional external-beam radiotherapy (cEBRT)',
  srs: 'stereotactic radiotherapy (SRS/SBRT)',
  separation_surgery_then_srs: 'separation surgery (decompression) followed by stereotactic radiotherapy (SRS/SBRT)',
  stabilization_then_cebrt: 'stabilization (percutaneous or open) with conventional external-beam radiotherapy (cEBRT)',
  stabilization_then_srs: 'stabilization (percutaneous or open) with stereotactic radiotherapy (SRS/SBRT)',
  separation_surgery_with_stabilization_then_srs:
    'separation surgery with stabilization followed by stereotactic radiotherapy (SRS/SBRT)',
  least_morbid_option: 'the least-morbid option (e.g. cEBRT, systemic therapy or best supportive care)',
};

export const nomsInputSchema = inputObject({
  escc: choice(BILSKY_GRADES),
  neurology: choice(NOMS_NEUROLOGY),
  radiosensitivity: choice(RADIOSENSITIVITIES),
  sins: integer(0, 18),
  ecog: integer(0, 4),
  systemic: choice(NOMS_SYSTEMIC),
});

export type NomsInput = z.output<typeof nomsInputSchema>;

export interface NomsAssessments {
  neurologic: { escc: BilskyGrade; esccRank: number; grade: NomsNeurologicGrade; neurology: NomsInput['neurology'] };
  oncologic: { radiosensitivity: Radiosensitivity };
  mechanical: { sins: number; stability: SinsCategory };
  systemic: { systemic: NomsInput['systemic']; ecog: number };
}

export interface NomsResult extends ScoreResultBase<'noms', NomsDirection> {
  total: null;
  assessments: NomsAssessments;
  suggestedDirection: { code: NomsDirection; text: string };
  caveats: string[];
}

export function nomsDirection(
  radiosensitivity: Radiosensitivity,
  grade: NomsNeurologicGrade,
  stability: SinsCategory,
  systemic: NomsInput['systemic'],
): NomsDirection {
  if (systemic === 'unfavourable') return 'least_morbid_option';
  const radiation = NOMS_DECISION_TABLE[radiosensitivity][grade];
  return stability === 'unstable' ? NOMS_UNSTABLE_DIRECTION[radiation] : radiation;
}

export function calculateNoms(input: unknown): NomsResult {
  const p = parseScoreInput('noms', nomsInputSchema, input);
  const grade: NomsNeurologicGrade = isHighGradeEscc(p.escc) ? 'high_grade' : 'low_grade';
  const stability = sinsCategoryForTotal(p.sins);
  const code = nomsDirection(p.radiosensitivity, grade, stability, p.systemic);

  const caveats: string[] = [];
  if (p.escc === '1c') caveats.push(BILSKY_1C_NOTE);
  if (stability === 'potentially_unstable') {
    caveats.push(
      `SINS ${p.sins} is potentially unstable (7–12): stabilization is left to clinical judgement; Fisher 2010 suggests a surgical consultation for SINS 7–18.`,
    );
  }
  if (stability === 'unstable' && code === 'least_morbid_option') {
    caveats.push(
      `SINS ${p.sins} is unstable (13–18); the framework assesses instability independently, so the board may weigh whether a less invasive stabilization is tolerable.`,
    );
  }

  const components: ScoreComponent[] = [
    { name: 'escc', value: p.escc, points: null },
    { name: 'neurology', value: p.neurology, points: null },
    { name: 'radiosensitivity', value: p.radiosensitivity, points: null },
    { name: 'sins', value: p.sins, points: null },
    { name: 'ecog', value: p.ecog, points: null },
    { name: 'systemic', value: p.systemic, points: null },
  ];
  const text = `The NOMS framework suggests ${DIRECTION_WORDING[code]} for the board to consider.`;
  const basis = `ESCC ${p.escc} (${grade.replace('_', ' ')}), radio${p.radiosensitivity} histology, SINS ${p.sins} (${stability.replace('_', ' ')}), systemic status ${p.systemic}`;
  return {
    tool: 'noms',
    total: null,
    category: code,
    components,
    interpretation: `${text} Basis: ${basis}.`,
    source: NOMS_SOURCE,
    assessments: {
      neurologic: { escc: p.escc, esccRank: BILSKY_TABLE[p.escc].rank, grade, neurology: p.neurology },
      oncologic: { radiosensitivity: p.radiosensitivity },
      mechanical: { sins: p.sins, stability },
      systemic: { systemic: p.systemic, ecog: p.ecog },
    },
    suggestedDirection: { code, text },
    caveats,
  };
}
