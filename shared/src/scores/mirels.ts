import type { z } from 'zod';
import { bandFor } from './bands.js';
import type { ScoreBand, ScoreComponent, ScoreResultBase } from './types.js';
import { ALWAYS_ON_OBJECTS, choiceOf, flag, inputObject, isPlainObject, parseScoreInput } from './validation.js';

/*
 * Mirels' score — risk of pathological fracture through a long-bone metastasis.
 * Source: Mirels H. Clin Orthop Relat Res 1989;(249):256–264 (reprinted CORR 2003;415(Suppl):S4–S13);
 * summary in Jawad MU, Scully SP. CORR 2010;468(10):2825–2827. Verification level [V2].
 * Doubts the reference lists:
 *  - Size denominator: "bone diameter" in some copies, "cortical thickness" in others. We state
 *    the fraction of the bone's diameter on the worst orthogonal radiograph (the reference's
 *    recommendation, flagged for the orthopaedic lead) in every result's caveats.
 *  - Humerus cut-off: Evans 2008 (CORR 466:1279) found the ≥9 cut-off insensitive in the humerus;
 *    the published bands are kept and the caveat is shown instead.
 */

export const MIRELS_SOURCE =
  'Mirels H. Metastatic disease in long bones. A proposed scoring system for diagnosing impending pathologic fractures. Clin Orthop Relat Res 1989;(249):256–264.';

/** Mirels 1989 table, 1–3 points per variable. */
export const MIRELS_POINTS = {
  site: { upper_limb: 1, lower_limb: 2, peritrochanteric: 3 },
  // Functional = pain aggravated by use of the limb / weight bearing.
  pain: { mild: 1, moderate: 2, functional: 3 },
  lesion: { blastic: 1, mixed: 2, lytic: 3 },
  size: { under_one_third: 1, one_third_to_two_thirds: 2, over_two_thirds: 3 },
} as const satisfies Record<string, Readonly<Record<string, number>>>;

export type MirelsCategory = 'low' | 'borderline' | 'high';

export const MIRELS_BANDS: readonly ScoreBand<MirelsCategory>[] = [
  { category: 'low', min: 4, max: 7 },
  { category: 'borderline', min: 8, max: 8 },
  { category: 'high', min: 9, max: 12 },
];

export const MIRELS_SIZE_CAVEAT =
  'Size is scored as the fraction of the bone’s diameter involved on the worst orthogonal radiograph; some sources use cortical thickness instead (to be confirmed by the orthopaedic lead).';

export const MIRELS_HUMERUS_CAVEAT =
  'Humerus: the published cut-off may not transfer. Evans 2008 (Clin Orthop Relat Res 466:1279) found a score ≥9 had 14.5 % sensitivity and 82.9 % specificity for humeral fracture (≥7: 81 % / 32 %); a 2023 humerus series found ≥8 best. The bands shown are the published ones — weigh humeral lesions clinically.';

/** `humerus` is optional (null = not answered); when true the site must be the upper limb. */
export const mirelsInputSchema = inputObject({
  site: choiceOf(MIRELS_POINTS.site),
  pain: choiceOf(MIRELS_POINTS.pain),
  lesion: choiceOf(MIRELS_POINTS.lesion),
  size: choiceOf(MIRELS_POINTS.size),
  humerus: flag().nullish(),
}).superRefine((value, ctx) => {
  const raw: unknown = value;
  if (!isPlainObject(raw)) return;
  // A humeral lesion scored as lower limb means one of the two answers is wrong.
  if (raw.humerus === true && (raw.site === 'lower_limb' || raw.site === 'peritrochanteric')) {
    ctx.addIssue({
      code: 'custom',
      path: ['humerus'],
      message: `is true but site is "${raw.site}"; the humerus is upper_limb`,
    });
  }
}, ALWAYS_ON_OBJECTS);

export type MirelsInput = z.output<typeof mirelsInputSchema>;

export interface MirelsResult extends ScoreResultBase<'mirels', MirelsCategory> {
  total: number;
  /** Always holds the size-denominator caveat; adds the humerus caveat when it may apply. */
  caveats: string[];
}

const MIRELS_INTERPRETATION: Readonly<Record<MirelsCategory, string>> = {
  low: 'low risk (≤7, fracture risk about 4 % or less in Mirels 1989); the published suggestion is radiotherapy and observation, for the board to consider.',
  borderline:
    'borderline (8, fracture risk about 15 % in Mirels 1989); the published suggestion is clinical judgement, for the board to consider.',
  high: 'high risk (≥9, fracture risk about 33 % or more in Mirels 1989); the published suggestion is prophylactic fixation before radiotherapy, for the board to consider.',
};

export function calculateMirels(input: unknown): MirelsResult {
  const parsed = parseScoreInput('mirels', mirelsInputSchema, input);
  const components: ScoreComponent[] = [
    { name: 'site', value: parsed.site, points: MIRELS_POINTS.site[parsed.site] },
    { name: 'pain', value: parsed.pain, points: MIRELS_POINTS.pain[parsed.pain] },
    { name: 'lesion', value: parsed.lesion, points: MIRELS_POINTS.lesion[parsed.lesion] },
    { name: 'size', value: parsed.size, points: MIRELS_POINTS.size[parsed.size] },
  ];
  const total = components.reduce((sum, c) => sum + (c.points ?? 0), 0);
  const category = bandFor(total, MIRELS_BANDS).category;
  // An upper-limb lesion with `humerus` unanswered may be humeral, so the caveat is shown then too.
  const humerusMayApply = parsed.humerus === true || (parsed.humerus == null && parsed.site === 'upper_limb');
  return {
    tool: 'mirels',
    total,
    category,
    components,
    interpretation: `Mirels ${total}: ${MIRELS_INTERPRETATION[category]}`,
    source: MIRELS_SOURCE,
    caveats: humerusMayApply ? [MIRELS_SIZE_CAVEAT, MIRELS_HUMERUS_CAVEAT] : [MIRELS_SIZE_CAVEAT],
  };
}
