import type { z } from 'zod';
import type { ScoreResultBase } from './types.js';
import { choice, inputObject, parseScoreInput } from './validation.js';

/*
 * Bilsky ESCC grade (epidural spinal cord compression), read on axial T2 MRI at the level of worst
 * compression.
 * Source: Bilsky MH, Laufer I, Fourney DR, et al. J Neurosurg Spine 2010;13(3):324–328.
 * Verification level [V2].
 * Doubts the reference lists:
 *  - Grade 1c: some sources count 0–1c as low grade, NOMS reviews call 1c "controversial". We
 *    follow the reference (high grade = 2 and 3 only) and say in every interpretation that 1c is
 *    debated.
 *  - Wording of 1c differs ("abutment without displacement" vs "thecal sac deformation with
 *    abutment"); the definitions below follow the majority wording.
 *  - Level-specific paralysis thresholds (C1–T2 ≥1b, T3–L5 ≥1c) seen attributed to Bilsky 2010
 *    seem to come from Uei et al., Spine 2018; they are deliberately not implemented here.
 * Grades are string labels; "2" and the JSON number 2 are different inputs and the number is
 * rejected, because parsing labels as numbers loses 1a/1b/1c.
 */

export const BILSKY_SOURCE =
  'Bilsky MH, Laufer I, Fourney DR, et al. Reliability analysis of the epidural spinal cord compression scale. J Neurosurg Spine 2010;13(3):324–328.';

export const BILSKY_GRADES = ['0', '1a', '1b', '1c', '2', '3'] as const;
export type BilskyGrade = (typeof BILSKY_GRADES)[number];

/** Bilsky 2010 grades with their ordinal rank (0–5) and definition. */
export const BILSKY_TABLE: Readonly<Record<BilskyGrade, { readonly rank: number; readonly definition: string }>> = {
  '0': { rank: 0, definition: 'Bone-only disease' },
  '1a': { rank: 1, definition: 'Epidural impingement, no deformation of the thecal sac' },
  '1b': { rank: 2, definition: 'Deformation of the thecal sac, no spinal-cord abutment' },
  '1c': { rank: 3, definition: 'Deformation of the thecal sac with spinal-cord abutment, no cord compression' },
  '2': { rank: 4, definition: 'Spinal-cord compression, CSF visible around the cord' },
  '3': { rank: 5, definition: 'Spinal-cord compression, no CSF visible around the cord' },
};

export type BilskyCategory = 'low_grade' | 'high_grade';

/** High grade = 2 and 3 (the reference's reading; 1c is counted low grade but debated). */
export function isHighGradeEscc(grade: BilskyGrade): boolean {
  return grade === '2' || grade === '3';
}

export const bilskyInputSchema = inputObject({ grade: choice(BILSKY_GRADES) });

export type BilskyInput = z.output<typeof bilskyInputSchema>;

export interface BilskyResult extends ScoreResultBase<'bilsky', BilskyCategory> {
  /** The ordinal rank 0–5 (same as `total`). */
  total: number;
  rank: number;
  grade: BilskyGrade;
  highGrade: boolean;
}

export const BILSKY_1C_NOTE =
  'Whether grade 1c counts as low or high grade is debated; this tool counts it as low grade.';

export function calculateBilsky(input: unknown): BilskyResult {
  const { grade } = parseScoreInput('bilsky', bilskyInputSchema, input);
  const { rank, definition } = BILSKY_TABLE[grade];
  const highGrade = isHighGradeEscc(grade);
  // Wording follows the NOMS decision table (Laufer 2013) so the grade is read in context.
  const reading = highGrade
    ? 'high-grade ESCC (2–3); in the NOMS framework this suggests separation surgery then stereotactic radiotherapy for radioresistant tumours, or conventional radiotherapy for radiosensitive ones, for the board to consider.'
    : 'low-grade ESCC; in the NOMS framework this suggests radiotherapy without decompression (conventional for radiosensitive, stereotactic for radioresistant tumours), for the board to consider.';
  return {
    tool: 'bilsky',
    total: rank,
    category: highGrade ? 'high_grade' : 'low_grade',
    components: [{ name: 'grade', value: grade, points: rank }],
    interpretation: `ESCC grade ${grade} (${definition}): ${reading} ${BILSKY_1C_NOTE}`,
    source: BILSKY_SOURCE,
    rank,
    grade,
    highGrade,
  };
}
