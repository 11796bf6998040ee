import type { z } from 'zod';
import { bandFor } from './bands.js';
import type { ScoreBand, ScoreComponent, ScoreResultBase } from './types.js';
import { choiceOf, inputObject, integer, parseScoreInput } from './validation.js';

/*
 * Revised Tokuhashi score (2005) — preoperative prognosis of spinal metastases; lower is worse.
 * Source: Tokuhashi Y, Matsuzaki H, Oda H, Oshima M, Ryu J. Spine 2005;30(19):2186–2191
 * (PMID 16205345). Verification level [V2] (NICE CG75 appendix reproduction and peer copies).
 * Doubts the reference lists:
 *  - Vertebral-body item: two copies give ≥3/1–2/0; NICE, neurosurgerynotes and the 1990
 *    original give ≥3→0, 2→1, 1→2, used here. TO VERIFY against Spine 2005 Table 1.
 *  - One copy inverts the prognosis column (">6 months" for 0–8); the paper gives <6 months.
 *  - Not the 1990 original (total 0–12, primary site 0–2): do not mix the two.
 *  - "Other" (2 points) is a catch-all; histologies the paper does not name (e.g. myeloma,
 *    lymphoma) need a local mapping decision — the form must not default them silently.
 */

export const TOKUHASHI_SOURCE =
  'Tokuhashi Y, Matsuzaki H, Oda H, Oshima M, Ryu J. A revised scoring system for preoperative evaluation of metastatic spine tumor prognosis. Spine 2005;30(19):2186–2191.';

/** Tokuhashi 2005 table for the categorical items. */
export const TOKUHASHI_POINTS = {
  // Karnofsky bands: poor 10–40 %, moderate 50–70 %, good 80–100 %.
  generalCondition: { poor: 0, moderate: 1, good: 2 },
  majorOrganMetastases: { unremovable: 0, removable: 1, none: 2 },
  // prettier-ignore
  primarySite: {
    lung: 0, osteosarcoma: 0, stomach: 0, bladder: 0, esophagus: 0, pancreas: 0,
    liver: 1, gallbladder: 1, unidentified: 1,
    other: 2,
    kidney: 3, uterus: 3,
    rectum: 4,
    thyroid: 5, breast: 5, prostate: 5, carcinoid: 5,
  },
  // Frankel grade: complete A/B, incomplete C/D, none E.
  palsy: { A: 0, B: 0, C: 1, D: 1, E: 2 },
} as const satisfies Record<string, Readonly<Record<string, number>>>;

/** A count range (both ends inclusive, `max` null = no upper end) and its points. */
export interface CountPoints {
  readonly min: number;
  readonly max: number | null;
  readonly points: number;
}

/** Tokuhashi 2005 table for the two counted items. */
export const TOKUHASHI_COUNT_POINTS: Readonly<
  Record<'extraspinalBoneFoci' | 'vertebralBodyMetastases', readonly CountPoints[]>
> = {
  extraspinalBoneFoci: [
    { min: 3, max: null, points: 0 },
    { min: 1, max: 2, points: 1 },
    { min: 0, max: 0, points: 2 },
  ],
  // There is always at least the lesion being assessed, so the count starts at 1.
  vertebralBodyMetastases: [
    { min: 3, max: null, points: 0 },
    { min: 2, max: 2, points: 1 },
    { min: 1, max: 1, points: 2 },
  ],
};

function pointsForCount(count: number, table: readonly CountPoints[]): number {
  const row = table.find((r) => count >= r.min && (r.max === null || count <= r.max));
  if (row === undefined) throw new RangeError(`No Tokuhashi row for count ${count}`);
  return row.points;
}

export type TokuhashiGeneralCondition = keyof typeof TOKUHASHI_POINTS.generalCondition;

/**
 * The general-condition band for a Karnofsky score (10–100 in steps of 10). The reference says to
 * capture KPS itself (not a converted ECOG), so the form can derive the band from it.
 */
export function tokuhashiConditionForKps(kps: number): TokuhashiGeneralCondition | undefined {
  if (!Number.isInteger(kps) || kps % 10 !== 0 || kps < 10 || kps > 100) return undefined;
  if (kps <= 40) return 'poor';
  return kps <= 70 ? 'moderate' : 'good';
}

export type TokuhashiCategory = 'lt_6_months' | 'ge_6_months' | 'ge_12_months';

export const TOKUHASHI_BANDS: readonly ScoreBand<TokuhashiCategory>[] = [
  { category: 'lt_6_months', min: 0, max: 8 },
  { category: 'ge_6_months', min: 9, max: 11 },
  { category: 'ge_12_months', min: 12, max: 15 },
];

export const tokuhashiInputSchema = inputObject({
  generalCondition: choiceOf(TOKUHASHI_POINTS.generalCondition),
  extraspinalBoneFoci: integer(0),
  vertebralBodyMetastases: integer(1),
  majorOrganMetastases: choiceOf(TOKUHASHI_POINTS.majorOrganMetastases),
  primarySite: choiceOf(TOKUHASHI_POINTS.primarySite),
  palsy: choiceOf(TOKUHASHI_POINTS.palsy),
});

export type TokuhashiInput = z.output<typeof tokuhashiInputSchema>;

export interface TokuhashiResult extends ScoreResultBase<'tokuhashi', TokuhashiCategory> {
  total: number;
}

const TOKUHASHI_INTERPRETATION: Readonly<Record<TokuhashiCategory, string>> = {
  lt_6_months:
    'predicted survival under 6 months (0–8); Tokuhashi 2005 suggests conservative or palliative treatment, for the board to consider.',
  ge_6_months:
    'predicted survival of 6 months or more (9–11); Tokuhashi 2005 suggests palliative surgery (excisional for a single lesion without major-organ metastases), for the board to consider.',
  ge_12_months:
    'predicted survival of 1 year or more (12–15); Tokuhashi 2005 suggests excisional surgery, for the board to consider.',
};

export function calculateTokuhashi(input: unknown): TokuhashiResult {
  const p = parseScoreInput('tokuhashi', tokuhashiInputSchema, input);
  const components: ScoreComponent[] = [
    {
      name: 'generalCondition',
      value: p.generalCondition,
      points: TOKUHASHI_POINTS.generalCondition[p.generalCondition],
    },
    {
      name: 'extraspinalBoneFoci',
      value: p.extraspinalBoneFoci,
      points: pointsForCount(p.extraspinalBoneFoci, TOKUHASHI_COUNT_POINTS.extraspinalBoneFoci),
    },
    {
      name: 'vertebralBodyMetastases',
      value: p.vertebralBodyMetastases,
      points: pointsForCount(p.vertebralBodyMetastases, TOKUHASHI_COUNT_POINTS.vertebralBodyMetastases),
    },
    {
      name: 'majorOrganMetastases',
      value: p.majorOrganMetastases,
      points: TOKUHASHI_POINTS.majorOrganMetastases[p.majorOrganMetastases],
    },
    { name: 'primarySite', value: p.primarySite, points: TOKUHASHI_POINTS.primarySite[p.primarySite] },
    { name: 'palsy', value: p.palsy, points: TOKUHASHI_POINTS.palsy[p.palsy] },
  ];
  const total = components.reduce((sum, c) => sum + (c.points ?? 0), 0);
  const category = bandFor(total, TOKUHASHI_BANDS).category;
  return {
    tool: 'tokuhashi',
    total,
    category,
    components,
    interpretation: `Revised Tokuhashi ${total}: ${TOKUHASHI_INTERPRETATION[category]}`,
    source: TOKUHASHI_SOURCE,
  };
}
