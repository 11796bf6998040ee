import {
  calculateScore,
  radiosensitivityForPrimary,
  type BilskyResult,
  type MirelsResult,
  type NomsInput,
  type NomsResult,
  type Radiosensitivity,
  type SinsResult,
} from '../scores/index.js';
import type { LesionMirelsInput, LesionSinsInput } from './lesion.js';
import { isLongBone, isSpinal, mirelsSiteFor, type SkeletalSite } from './skeletal-site.js';
import type { LesionType, NeurologicStatus, PrimaryCancer } from './vocab.js';

/*
 * The scores of one lesion, computed from its stored fields with the tested calculators in ../scores.
 * A score is either complete (with the calculator's full result, citation included), incomplete
 * (naming the missing components, so the form can point at them), or not applicable to this site.
 * Nothing is guessed: a missing item is never scored as 0, because a partial total understates risk.
 */

export type ScoreOutcome<R> =
  | { status: 'complete'; result: R }
  | { status: 'incomplete'; missing: string[] }
  | { status: 'not_applicable'; reason: string };

export interface LesionScores {
  sins: ScoreOutcome<SinsResult>;
  mirels: ScoreOutcome<MirelsResult>;
  bilsky: ScoreOutcome<BilskyResult>;
  noms: ScoreOutcome<NomsResult>;
}

/** The lesion fields the scores read (a stored lesion or a create request both fit). */
export interface LesionScoreFields {
  site: SkeletalSite;
  type?: LesionType | null;
  fracturePresent?: boolean | null;
  sinsInput?: LesionSinsInput | null;
  mirelsInput?: LesionMirelsInput | null;
  bilskyGrade?: NomsInput['escc'] | null;
}

/**
 * What NOMS needs beyond the lesion: the case's primary (for the radiosensitivity default), the
 * patient's latest neurology and ECOG, and the clinician's judgement of systemic status. ECOG is
 * never derived from Karnofsky (see assessment.ts); without ECOG, NOMS stays incomplete.
 */
export interface LesionScoreContext {
  primaryCancer?: PrimaryCancer | null;
  /** Overrides the primary's default, e.g. small-cell lung cancer or a named "other" histology. */
  radiosensitivity?: Radiosensitivity | null;
  neurology?: NeurologicStatus | null;
  ecog?: number | null;
  systemic?: NomsInput['systemic'] | null;
}

const NOT_SPINAL = 'applies to a vertebral level (C1–S5) only';

type Missing = string[];

/** Picks the named inputs, listing in `missing` (in the given order) those not given. */
function collect<K extends string, V>(
  entries: readonly (readonly [K, V | null | undefined])[],
  missing: Missing,
): Partial<Record<K, V>> {
  const out: Partial<Record<K, V>> = {};
  for (const [name, value] of entries) {
    if (value === undefined || value === null) missing.push(name);
    else out[name] = value;
  }
  return out;
}

/**
 * SINS for one vertebral level (Fisher 2010). Location derives from the level (T12 → junctional);
 * the "lesion" component is the lesion's type.
 */
function sinsFor(lesion: LesionScoreFields): ScoreOutcome<SinsResult> {
  if (!isSpinal(lesion.site)) {
    return {
      status: 'not_applicable',
      reason:
        lesion.site.region === 'sacrum'
          ? 'SINS is scored per level: record the sacral level (S1–S5) as a spinal site to score it'
          : `SINS ${NOT_SPINAL}`,
    };
  }
  const missing: Missing = [];
  const s = lesion.sinsInput ?? {};
  const given = collect<string, string>(
    [
      ['pain', s.pain],
      ['lesion', lesion.type],
      ['alignment', s.alignment],
      ['collapse', s.collapse],
      ['posterolateral', s.posterolateral],
    ],
    missing,
  );
  if (missing.length > 0) return { status: 'incomplete', missing };
  // The calculator validates again, so a stored value the schema would refuse still fails loudly.
  return { status: 'complete', result: calculateScore('sins', { level: lesion.site.level, ...given }) };
}

/**
 * Mirels for one long-bone lesion (Mirels 1989). Site from `mirelsSiteFor`, the "lesion" component
 * from the lesion's type, the humerus caveat from the bone. Mirels estimates the risk of a fracture
 * to come, so it does not apply once the bone has broken.
 */
function mirelsFor(lesion: LesionScoreFields): ScoreOutcome<MirelsResult> {
  const site = mirelsSiteFor(lesion.site);
  if (!isLongBone(lesion.site) || site === undefined) {
    return {
      status: 'not_applicable',
      reason: 'Mirels applies to long bones (femur, humerus, tibia, fibula, radius, ulna) only',
    };
  }
  if (lesion.fracturePresent === true) {
    return {
      status: 'not_applicable',
      reason: 'a pathological fracture is already present; Mirels predicts an impending one',
    };
  }
  const missing: Missing = [];
  const m = lesion.mirelsInput ?? {};
  const given = collect<string, string>(
    [
      ['pain', m.pain],
      ['lesion', lesion.type],
      ['size', m.size],
    ],
    missing,
  );
  if (missing.length > 0) return { status: 'incomplete', missing };
  const humerus = lesion.site.region === 'humerus';
  return { status: 'complete', result: calculateScore('mirels', { site, ...given, humerus }) };
}

/** Bilsky ESCC grade (Bilsky 2010), when one was read for this level. */
function bilskyFor(lesion: LesionScoreFields): ScoreOutcome<BilskyResult> {
  if (!isSpinal(lesion.site)) return { status: 'not_applicable', reason: `Bilsky ESCC grading ${NOT_SPINAL}` };
  if (lesion.bilskyGrade === undefined || lesion.bilskyGrade === null)
    return { status: 'incomplete', missing: ['grade'] };
  return { status: 'complete', result: calculateScore('bilsky', { grade: lesion.bilskyGrade }) };
}

/** NOMS (Laufer 2013) for one level, from this lesion's ESCC and SINS and the patient-level context. */
function nomsFor(
  lesion: LesionScoreFields,
  sins: ScoreOutcome<SinsResult>,
  context: LesionScoreContext,
): ScoreOutcome<NomsResult> {
  if (!isSpinal(lesion.site)) return { status: 'not_applicable', reason: `NOMS ${NOT_SPINAL}` };
  const radiosensitivity =
    context.radiosensitivity ??
    (context.primaryCancer == null ? undefined : radiosensitivityForPrimary(context.primaryCancer));
  const missing: Missing = [];
  const given = collect<string, string | number>(
    [
      ['escc', lesion.bilskyGrade],
      ['neurology', context.neurology],
      ['radiosensitivity', radiosensitivity],
      ['sins', sins.status === 'complete' ? sins.result.total : undefined],
      ['ecog', context.ecog],
      ['systemic', context.systemic],
    ],
    missing,
  );
  if (missing.length > 0) return { status: 'incomplete', missing };
  return { status: 'complete', result: calculateScore('noms', given) };
}

/**
 * Every score of one lesion. Pure: the same lesion and context always give the same answer. Throws
 * `ScoreInputError` only if the stored fields hold values the schemas would have refused.
 */
export function computeLesionScores(lesion: LesionScoreFields, context: LesionScoreContext = {}): LesionScores {
  const sins = sinsFor(lesion);
  return {
    sins,
    mirels: mirelsFor(lesion),
    bilsky: bilskyFor(lesion),
    noms: nomsFor(lesion, sins, context),
  };
}
