import { ZOMETA_LABEL_SOURCE } from './sources.js';

/*
 * Zoledronic acid dose by baseline creatinine clearance (Cockcroft-Gault), reference §10.
 * Source: Zometa US prescribing information (FDA label via openFDA) — [V2]: the label and an
 * independent renal-dosing implementation agree, but the label table text itself was not retrieved.
 * Standard dose and schedule: 4 mg IV over ≥ 15 min every 3–4 weeks (ASCO 2011 update [V]); the
 * every-12-week de-escalation of the ASCO-CCO 2017 focused update is [M] content and not encoded.
 *
 * The label prints whole-number bands: > 60 → 4.0 mg; 50–60 → 3.5 mg; 40–49 → 3.3 mg; 30–39 → 3.0 mg;
 * < 30 → not recommended. CrCl is a calculated value and may carry decimals, so the gaps between the
 * printed bands (49–50, 39–40) are closed here as follows, and the edges are tested one by one:
 *   x > 60        → 4.0 mg   (literally "> 60": 60 → 3.5 mg, 60.1 → 4.0 mg)
 *   50 ≤ x ≤ 60   → 3.5 mg
 *   40 ≤ x < 50   → 3.3 mg   (49.9 → 3.3 mg: a value below 50 takes the lower dose)
 *   30 ≤ x < 40   → 3.0 mg   (39.9 → 3.0 mg)
 *   x < 30        → not recommended (29.9 → not recommended)
 * So a fractional value between two printed bands always takes the lower dose, except above 60,
 * where the label's own "> 60" decides.
 * Doubt: the reference does not say which body weight (actual, ideal, adjusted) enters the
 * Cockcroft-Gault formula for this table; the app takes the CrCl the clinician records.
 */

export interface CrClBound {
  readonly mlMin: number;
  readonly inclusive: boolean;
}

export interface ZoledronicAcidRenalBand {
  /** The band as the label prints it. */
  readonly label: string;
  /** null = no lower limit. */
  readonly lower: CrClBound | null;
  /** null = no upper limit. */
  readonly upper: CrClBound | null;
  /** null = not recommended. */
  readonly doseMg: number | null;
}

export const ZOLEDRONIC_ACID_RENAL_BANDS: readonly ZoledronicAcidRenalBand[] = Object.freeze([
  { label: '> 60 mL/min', lower: { mlMin: 60, inclusive: false }, upper: null, doseMg: 4.0 },
  { label: '50–60 mL/min', lower: { mlMin: 50, inclusive: true }, upper: { mlMin: 60, inclusive: true }, doseMg: 3.5 },
  { label: '40–49 mL/min', lower: { mlMin: 40, inclusive: true }, upper: { mlMin: 50, inclusive: false }, doseMg: 3.3 },
  { label: '30–39 mL/min', lower: { mlMin: 30, inclusive: true }, upper: { mlMin: 40, inclusive: false }, doseMg: 3.0 },
  { label: '< 30 mL/min', lower: null, upper: { mlMin: 30, inclusive: false }, doseMg: null },
]);

/** The full dose, used when renal function needs no reduction. */
export const ZOLEDRONIC_ACID_FULL_DOSE_MG = 4.0;

export const ZOLEDRONIC_ACID_DOSING_SOURCE = ZOMETA_LABEL_SOURCE;

function above(value: number, bound: CrClBound | null): boolean {
  if (bound === null) return true;
  return bound.inclusive ? value >= bound.mlMin : value > bound.mlMin;
}

function below(value: number, bound: CrClBound | null): boolean {
  if (bound === null) return true;
  return bound.inclusive ? value <= bound.mlMin : value < bound.mlMin;
}

/**
 * The renal band a creatinine clearance falls in. Throws RangeError for a negative or non-finite
 * value: that is a programming error, since the item schema never lets one through.
 */
export function zoledronicAcidRenalBand(creatinineClearanceMlMin: number): ZoledronicAcidRenalBand {
  if (!Number.isFinite(creatinineClearanceMlMin) || creatinineClearanceMlMin < 0) {
    throw new RangeError(`creatinine clearance must be a finite number ≥ 0, got ${creatinineClearanceMlMin}`);
  }
  const band = ZOLEDRONIC_ACID_RENAL_BANDS.find(
    (b) => above(creatinineClearanceMlMin, b.lower) && below(creatinineClearanceMlMin, b.upper),
  );
  if (band === undefined) throw new Error(`unreachable: no zoledronic acid band for ${creatinineClearanceMlMin}`);
  return band;
}

/**
 * The zoledronic acid dose (mg) for a baseline creatinine clearance, or null when it cannot be given:
 * CrCl not recorded (null/undefined) or < 30 mL/min (not recommended). Use the safety checks to tell
 * the two apart for the user.
 */
export function zoledronicAcidDoseMg(creatinineClearanceMlMin: number | null | undefined): number | null {
  if (creatinineClearanceMlMin === null || creatinineClearanceMlMin === undefined) return null;
  return zoledronicAcidRenalBand(creatinineClearanceMlMin).doseMg;
}

/** "3.5 mg": one decimal, as the label prints the doses. */
export function formatZoledronicAcidDose(doseMg: number): string {
  return `${doseMg.toFixed(1)} mg`;
}
