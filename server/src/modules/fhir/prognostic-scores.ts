import {
  calculateScore,
  isVisceralSite,
  tokuhashiConditionForKps,
  type NeurologicStatus,
  type OtherMetastaticSites,
  type PrimaryCancer,
  type SkeletalSite,
  type TokuhashiInput,
  type TokuhashiResult,
  type TomitaInput,
  type TomitaResult,
} from '@tumor-board/shared';

/*
 * Tokuhashi (2005) and Tomita (2001) are whole-patient scores that the case record does not store:
 * the board computes them with the calculators. For the export they are derived from the record only
 * where every input is certain from what was recorded; otherwise the score is left out, never
 * guessed (as in lesion-scores.ts, a partial or optimistic total would understate risk):
 *  - Lesion counts: the recorded lesions may not be every metastasis, so a count is used only where it
 *    already earns the worst points (≥3 foci; "multiple" bone metastases with ≥2 recorded lesions).
 *    A single recorded lesion does not prove solitary disease.
 *  - Organ / visceral metastases: "none" when staging says bone-only or names no visceral site
 *    (lymph nodes, soft tissue and skin are not visceral, vocab.ts); otherwise whether they are
 *    removable / treatable is a judgement the record does not hold.
 *  - Primary: only the primaries the papers name (Tomita's growth examples: breast, thyroid, prostate
 *    slow; kidney moderate; lung rapid. Tokuhashi's table names the same five). Melanoma, myeloma
 *    and "other" need a local decision (tokuhashi.ts, tomita.ts).
 *  - Tokuhashi general condition from the latest Karnofsky (never from ECOG, assessment.ts); palsy
 *    "none" (Frankel E) only for a neurologically intact patient — other statuses do not map to a
 *    Frankel grade.
 */

export type Derived<R, I> =
  { status: 'complete'; result: R; input: I } | { status: 'not_derivable'; missing: string[] };

export interface RecordFacts {
  primaryCancer: PrimaryCancer | null;
  otherMetastaticSites: OtherMetastaticSites | null;
  lesionSites: readonly SkeletalSite[];
  /** The latest recorded Karnofsky and neurology (each from the most recent assessment that has it). */
  karnofsky: number | null;
  neurology: NeurologicStatus | null;
}

const TOMITA_GROWTH: Readonly<Partial<Record<PrimaryCancer, TomitaInput['primaryGrowth']>>> = {
  breast: 'slow',
  thyroid: 'slow',
  prostate: 'slow',
  kidney: 'moderate',
  lung: 'rapid',
};

const TOKUHASHI_PRIMARY: Readonly<Partial<Record<PrimaryCancer, TokuhashiInput['primarySite']>>> = {
  breast: 'breast',
  thyroid: 'thyroid',
  prostate: 'prostate',
  kidney: 'kidney',
  lung: 'lung',
};

/** No visceral (major-organ) metastasis on record: bone-only, or only non-visceral sites. */
function noVisceralMetastases(sites: OtherMetastaticSites | null): boolean | undefined {
  if (!sites) return undefined;
  if (sites.boneOnly || !sites.sites.some(isVisceralSite)) return true;
  return undefined;
}

export function tomitaFromRecord(facts: RecordFacts): Derived<TomitaResult, TomitaInput> {
  const missing: string[] = [];
  const primaryGrowth = facts.primaryCancer ? TOMITA_GROWTH[facts.primaryCancer] : undefined;
  if (!primaryGrowth) missing.push('primaryGrowth');
  const visceralNone = noVisceralMetastases(facts.otherMetastaticSites);
  if (!visceralNone) missing.push('visceralMetastases');
  if (facts.lesionSites.length < 2) missing.push('boneMetastases');
  if (missing.length || !primaryGrowth) return { status: 'not_derivable', missing };
  const input: TomitaInput = { primaryGrowth, visceralMetastases: 'none', boneMetastases: 'multiple' };
  return { status: 'complete', result: calculateScore('tomita', input), input };
}

export function tokuhashiFromRecord(facts: RecordFacts): Derived<TokuhashiResult, TokuhashiInput> {
  const missing: string[] = [];
  const generalCondition = facts.karnofsky === null ? undefined : tokuhashiConditionForKps(facts.karnofsky);
  if (!generalCondition) missing.push('generalCondition');
  // Distinct vertebral levels; sacral lesions recorded without a level count for neither item.
  const levels = new Set(facts.lesionSites.flatMap((s) => (s.region === 'spine' ? [s.level] : [])));
  const extraspinal = facts.lesionSites.filter((s) => s.region !== 'spine' && s.region !== 'sacrum').length;
  if (levels.size < 3) missing.push('vertebralBodyMetastases');
  if (extraspinal < 3) missing.push('extraspinalBoneFoci');
  if (!noVisceralMetastases(facts.otherMetastaticSites)) missing.push('majorOrganMetastases');
  const primarySite = facts.primaryCancer ? TOKUHASHI_PRIMARY[facts.primaryCancer] : undefined;
  if (!primarySite) missing.push('primarySite');
  if (facts.neurology !== 'intact') missing.push('palsy');
  if (missing.length || !generalCondition || !primarySite) return { status: 'not_derivable', missing };
  const input: TokuhashiInput = {
    generalCondition,
    extraspinalBoneFoci: extraspinal,
    vertebralBodyMetastases: levels.size,
    majorOrganMetastases: 'none',
    primarySite,
    palsy: 'E',
  };
  return { status: 'complete', result: calculateScore('tokuhashi', input), input };
}
