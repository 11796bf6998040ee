import type { z } from 'zod';
import { bandFor } from './bands.js';
import type { ScoreBand, ScoreComponent, ScoreResultBase } from './types.js';
import { choiceOf, inputObject, parseScoreInput } from './validation.js';

/*
 * Tomita score — surgical strategy for spinal metastases.
 * Source: Tomita K, Kawahara N, Kobayashi T, Yoshida A, Murakami H, Akamaru T. Spine
 * 2001;26(3):298–306. Verification level [V2].
 * Doubts the reference lists:
 *  - One review table (Global Spine J 2018, not re-read) gives 3 points for rapid growth; the
 *    published 2–10 range needs 4, used here.
 *  - Some implementations show the total without the strategy bands; we return both.
 * Growth examples from the paper: slow = breast, thyroid, prostate; moderate = kidney, uterus;
 * rapid = lung, liver, stomach, colon, unknown primary. The clinician chooses the growth class.
 */

export const TOMITA_SOURCE =
  'Tomita K, Kawahara N, Kobayashi T, Yoshida A, Murakami H, Akamaru T. Surgical strategy for spinal metastases. Spine 2001;26(3):298–306.';

/** Tomita 2001 table. */
export const TOMITA_POINTS = {
  primaryGrowth: { slow: 1, moderate: 2, rapid: 4 },
  visceralMetastases: { none: 0, treatable: 2, untreatable: 4 },
  // Bone metastases include spinal ones; solitary = solitary or isolated.
  boneMetastases: { solitary: 1, multiple: 2 },
} as const satisfies Record<string, Readonly<Record<string, number>>>;

export type TomitaCategory =
  'wide_or_marginal_excision' | 'marginal_or_intralesional_excision' | 'palliative_surgery' | 'supportive_care';

export const TOMITA_BANDS: readonly ScoreBand<TomitaCategory>[] = [
  { category: 'wide_or_marginal_excision', min: 2, max: 3 },
  { category: 'marginal_or_intralesional_excision', min: 4, max: 5 },
  { category: 'palliative_surgery', min: 6, max: 7 },
  { category: 'supportive_care', min: 8, max: 10 },
];

export const tomitaInputSchema = inputObject({
  primaryGrowth: choiceOf(TOMITA_POINTS.primaryGrowth),
  visceralMetastases: choiceOf(TOMITA_POINTS.visceralMetastases),
  boneMetastases: choiceOf(TOMITA_POINTS.boneMetastases),
});

export type TomitaInput = z.output<typeof tomitaInputSchema>;

export interface TomitaResult extends ScoreResultBase<'tomita', TomitaCategory> {
  total: number;
}

const TOMITA_INTERPRETATION: Readonly<Record<TomitaCategory, string>> = {
  wide_or_marginal_excision:
    'Tomita 2001 suggests wide or marginal excision aiming at long-term local control (2–3), for the board to consider.',
  marginal_or_intralesional_excision:
    'Tomita 2001 suggests marginal or intralesional excision aiming at middle-term local control (4–5), for the board to consider.',
  palliative_surgery:
    'Tomita 2001 suggests palliative surgery for short-term palliation (6–7), for the board to consider.',
  supportive_care: 'Tomita 2001 suggests non-operative supportive or terminal care (8–10), for the board to consider.',
};

export function calculateTomita(input: unknown): TomitaResult {
  const p = parseScoreInput('tomita', tomitaInputSchema, input);
  const components: ScoreComponent[] = [
    { name: 'primaryGrowth', value: p.primaryGrowth, points: TOMITA_POINTS.primaryGrowth[p.primaryGrowth] },
    {
      name: 'visceralMetastases',
      value: p.visceralMetastases,
      points: TOMITA_POINTS.visceralMetastases[p.visceralMetastases],
    },
    { name: 'boneMetastases', value: p.boneMetastases, points: TOMITA_POINTS.boneMetastases[p.boneMetastases] },
  ];
  const total = components.reduce((sum, c) => sum + (c.points ?? 0), 0);
  const category = bandFor(total, TOMITA_BANDS).category;
  return {
    tool: 'tomita',
    total,
    category,
    components,
    interpretation: `Tomita ${total}: ${TOMITA_INTERPRETATION[category]}`,
    source: TOMITA_SOURCE,
  };
}
