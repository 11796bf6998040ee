import type { z } from 'zod';
import { bandFor } from './bands.js';
import type { ScoreBand, ScoreComponent, ScoreResultBase } from './types.js';
import {
  ALWAYS_ON_OBJECTS,
  REQUIRED,
  choice,
  choiceOf,
  inputObject,
  isPlainObject,
  parseScoreInput,
} from './validation.js';

/*
 * SINS — Spinal Instability Neoplastic Score.
 * Source: Fisher CG, DiPaola CP, Ryken TC, et al. Spine 2010;35(22):E1221–E1229 (Spine Oncology Study
 * Group); reliability: Fourney DR, et al. J Clin Oncol 2011;29(22):3072–3077. Verification level [V2]:
 * tables agree across several secondary copies; the primary full text was not seen.
 * Doubts the reference lists:
 *  - One copy prints pain 3/2/1; Fisher and the others give 3/1/0, used here.
 *  - A peer implementation mapped only C3–C6 as mobile and let L2–L4 fall through; the level map
 *    below is written out level by level so L2–L4 are visibly "mobile".
 *  - "Exactly 50 % collapse" is not defined by the paper: there is no such option here, so the
 *    reader has to choose under_50 or over_50.
 *  - The 7–12 band is labelled "indeterminate" or "potentially unstable" depending on the source;
 *    we store the code `potentially_unstable`.
 * SINS is scored per vertebral level; never add points from several levels.
 */

export const SINS_SOURCE =
  'Fisher CG, DiPaola CP, Ryken TC, et al. A novel classification system for spinal instability in neoplastic disease: an evidence-based approach and expert consensus from the Spine Oncology Study Group. Spine 2010;35(22):E1221–E1229. doi:10.1097/BRS.0b013e3181e16ae2';

export const SINS_LOCATIONS = ['junctional', 'mobile', 'semi_rigid', 'rigid'] as const;
export type SinsLocation = (typeof SINS_LOCATIONS)[number];

/** Fisher 2010 table, points per option. */
export const SINS_POINTS = {
  location: { junctional: 3, mobile: 2, semi_rigid: 1, rigid: 0 },
  // Mechanical = relief with recumbency and/or pain with movement or loading of the spine.
  pain: { mechanical: 3, non_mechanical: 1, pain_free: 0 },
  lesion: { lytic: 2, mixed: 1, blastic: 0 },
  alignment: { subluxation_translation: 4, de_novo_deformity: 2, normal: 0 },
  // none_with_over_50_involved = no collapse but more than 50 % of the body involved.
  collapse: { over_50: 3, under_50: 2, none_with_over_50_involved: 1, none: 0 },
  // Facet, pedicle or costovertebral joint fracture or replacement with tumour.
  posterolateral: { bilateral: 3, unilateral: 1, none: 0 },
} as const satisfies Record<string, Readonly<Record<string, number>>>;

// prettier-ignore
export const SPINAL_LEVELS = [
  'C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7',
  'T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12',
  'L1', 'L2', 'L3', 'L4', 'L5',
  'S1', 'S2', 'S3', 'S4', 'S5',
] as const;
export type SpinalLevel = (typeof SPINAL_LEVELS)[number];

/**
 * Fisher 2010 location groups, one line per level on purpose: junctional occiput–C2, C7–T2, T11–L1,
 * L5–S1; mobile C3–C6 and L2–L4; semi-rigid T3–T10; rigid S2–S5. T12 lies inside T11–L1.
 */
// prettier-ignore
export const SINS_LOCATION_BY_LEVEL: Readonly<Record<SpinalLevel, SinsLocation>> = {
  C1: 'junctional', C2: 'junctional',
  C3: 'mobile', C4: 'mobile', C5: 'mobile', C6: 'mobile',
  C7: 'junctional', T1: 'junctional', T2: 'junctional',
  T3: 'semi_rigid', T4: 'semi_rigid', T5: 'semi_rigid', T6: 'semi_rigid', T7: 'semi_rigid',
  T8: 'semi_rigid', T9: 'semi_rigid', T10: 'semi_rigid',
  T11: 'junctional', T12: 'junctional', L1: 'junctional',
  L2: 'mobile', L3: 'mobile', L4: 'mobile',
  L5: 'junctional', S1: 'junctional',
  S2: 'rigid', S3: 'rigid', S4: 'rigid', S5: 'rigid',
};

export function isSpinalLevel(value: unknown): value is SpinalLevel {
  return typeof value === 'string' && (SPINAL_LEVELS as readonly string[]).includes(value);
}

/** The SINS location group of a vertebral level. */
export function sinsLocationForLevel(level: SpinalLevel): SinsLocation {
  return SINS_LOCATION_BY_LEVEL[level];
}

export type SinsCategory = 'stable' | 'potentially_unstable' | 'unstable';

export const SINS_BANDS: readonly ScoreBand<SinsCategory>[] = [
  { category: 'stable', min: 0, max: 6 },
  { category: 'potentially_unstable', min: 7, max: 12 },
  { category: 'unstable', min: 13, max: 18 },
];

export function sinsCategoryForTotal(total: number): SinsCategory {
  return bandFor(total, SINS_BANDS).category;
}

/**
 * Either `location` or `level` must be given (JSON null counts as not given, as forms send it for an
 * empty select); if both are, they must agree, because a mismatch
 * means one of them was entered for another vertebra.
 */
export const sinsInputSchema = inputObject({
  location: choiceOf(SINS_POINTS.location).nullish(),
  level: choice(SPINAL_LEVELS).nullish(),
  pain: choiceOf(SINS_POINTS.pain),
  lesion: choiceOf(SINS_POINTS.lesion),
  alignment: choiceOf(SINS_POINTS.alignment),
  collapse: choiceOf(SINS_POINTS.collapse),
  posterolateral: choiceOf(SINS_POINTS.posterolateral),
}).superRefine((value, ctx) => {
  // Runs even when other fields failed, so the raw object may hold anything.
  const raw: unknown = value;
  if (!isPlainObject(raw)) return;
  const { location, level } = raw;
  const absent = (v: unknown) => v === undefined || v === null;
  if (absent(location) && absent(level)) {
    ctx.addIssue({ code: 'custom', path: ['location'], message: `${REQUIRED} (or give level to derive it)` });
    return;
  }
  const locationValid = typeof location === 'string' && location in SINS_POINTS.location;
  if (locationValid && isSpinalLevel(level) && sinsLocationForLevel(level) !== location) {
    const derived = sinsLocationForLevel(level);
    ctx.addIssue({
      code: 'custom',
      path: ['location'],
      message: `"${location}" disagrees with level ${level}, which is ${derived}`,
    });
    ctx.addIssue({
      code: 'custom',
      path: ['level'],
      message: `${level} is ${derived}, which disagrees with location "${location}"`,
    });
  }
}, ALWAYS_ON_OBJECTS);

export type SinsInput = z.output<typeof sinsInputSchema>;

export interface SinsResult extends ScoreResultBase<'sins', SinsCategory> {
  total: number;
  /** The level scored, when one was given. */
  level: SpinalLevel | null;
  /** The location group derived from `level` (null when only `location` was given). */
  derivedLocation: SinsLocation | null;
}

const SINS_INTERPRETATION: Readonly<Record<SinsCategory, string>> = {
  stable: 'stable range (0–6); by itself the score does not suggest a surgical consultation for instability.',
  potentially_unstable:
    'potentially unstable range (7–12); Fisher 2010 suggests a surgical consultation for 7–18 — a referral threshold for the board to consider, not an operative indication.',
  unstable:
    'unstable range (13–18); Fisher 2010 suggests a surgical consultation for 7–18 — a referral threshold for the board to consider, not an operative indication.',
};

export function calculateSins(input: unknown): SinsResult {
  const parsed = parseScoreInput('sins', sinsInputSchema, input);
  const derivedLocation = parsed.level == null ? null : sinsLocationForLevel(parsed.level);
  // The refinement guarantees one of the two is present and that they agree.
  const location = parsed.location ?? derivedLocation;
  if (location === null) throw new Error('unreachable: SINS location missing after validation');

  const components: ScoreComponent[] = [
    { name: 'location', value: location, points: SINS_POINTS.location[location] },
    { name: 'pain', value: parsed.pain, points: SINS_POINTS.pain[parsed.pain] },
    { name: 'lesion', value: parsed.lesion, points: SINS_POINTS.lesion[parsed.lesion] },
    { name: 'alignment', value: parsed.alignment, points: SINS_POINTS.alignment[parsed.alignment] },
    { name: 'collapse', value: parsed.collapse, points: SINS_POINTS.collapse[parsed.collapse] },
    { name: 'posterolateral', value: parsed.posterolateral, points: SINS_POINTS.posterolateral[parsed.posterolateral] },
  ];
  const total = components.reduce((sum, c) => sum + (c.points ?? 0), 0);
  const category = sinsCategoryForTotal(total);
  return {
    tool: 'sins',
    total,
    category,
    components,
    interpretation: `SINS ${total}: ${SINS_INTERPRETATION[category]}`,
    source: SINS_SOURCE,
    level: parsed.level ?? null,
    derivedLocation,
  };
}
